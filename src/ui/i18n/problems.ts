import { MESSAGES, type MessageCode } from '../../core';
import type { Locale } from './define';
import { packTexts } from './catalog';
import { i18n } from './i18n.svelte';

// The core's problems in the active language (texts/problems/: each rule's template keyed by the
// same stable codes as src/core/messages.ts, the English source, and the words of their params).
// Modules that show problems import this one; the screen that loads them waits for the pack.
i18n.use('problems');

export const isMessageCode = (code: string): code is MessageCode => Object.prototype.hasOwnProperty.call(MESSAGES, code);

/** The template of a problem in a language, with its `{param}` placeholders unfilled. */
export function problemTemplate(locale: Locale, code: MessageCode): string {
  const words = packTexts(locale, 'problems');
  // Cannot happen once the screen waited for its texts; said loudly like a missing key (i18n.t).
  if (!words) console.error(`Boxpilot: no problem texts loaded for "${locale}"`);
  return words?.templates[code] ?? MESSAGES[code];
}
