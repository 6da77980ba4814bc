import type { WorkerError } from '../../workers/core-bridge';
import type { Locale } from './define';
import { packTexts } from './catalog';
import { i18n } from './i18n.svelte';

// The core worker's failures in the active language (texts/worker-errors/). Each says what
// happened and what to do; the runtime's own English detail goes to the console only. Imported
// by the screens that use the worker, which wait for the pack before they show (i18n.ready).
i18n.use('worker-errors');

/** A worker failure in a language; the runtime's detail is logged, never shown. */
export function workerErrorText(locale: Locale, error: WorkerError): string {
  if (error.detail) console.warn(`Boxpilot worker: ${error.code}: ${error.detail}`);
  const texts = packTexts(locale, 'worker-errors');
  if (!texts) {
    // Cannot happen once the screen waited for its texts; said loudly like a missing key (i18n.t).
    console.error('Boxpilot: no text loaded for worker errors');
    return error.code;
  }
  return texts[error.code] ?? texts.failed;
}
