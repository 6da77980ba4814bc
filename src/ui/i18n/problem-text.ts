import type { Problem } from '../../core';
import { formatMessage } from './format';
import { i18n } from './i18n.svelte';
import { lookup } from './catalog';
import type { MessageKey } from './packs';
import { localizeParams } from './problem-params';
import { isMessageCode, problemTemplate } from './problems';

/**
 * A core problem in the current language. Codes that are no validation rule (a registration
 * outcome such as `registration.already-registered`) are words of the feature that shows them,
 * registered under the same key; any other code shows the core's own English text.
 * Apart from i18n itself because its texts (every rule in three languages) are only needed by
 * the screens that show problems, not by the first screen.
 */
export function problemText(problem: Problem): string {
  const locale = i18n.locale;
  if (!isMessageCode(problem.code)) {
    const feature = lookup(locale, problem.code as MessageKey);
    return feature === undefined ? problem.message : formatMessage(feature, localizeParams(locale, problem.params));
  }
  return formatMessage(problemTemplate(locale, problem.code), localizeParams(locale, problem.params));
}
