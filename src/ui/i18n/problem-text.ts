import type { Problem } from '../../core';
import { formatMessage } from './format';
import { i18n } from './i18n.svelte';
import { localizeParams } from './problem-params';
import { isMessageCode, problemTemplate } from './problems';

/**
 * A core problem in the current language; the core's own English text for an unknown code.
 * Apart from i18n itself because its texts (every rule in three languages) are only needed by
 * the screens that show problems, not by the first screen.
 */
export function problemText(problem: Problem): string {
  const locale = i18n.locale;
  if (!isMessageCode(problem.code)) return problem.message;
  return formatMessage(problemTemplate(locale, problem.code), localizeParams(locale, problem.params));
}
