import type { StorageError, StorageErrorCode } from '../../adapters/storage';
import type { Locale } from './define';
import { packTexts } from './catalog';

// Storage failures in the active language (texts/storage-errors/, one of the first screen's
// packs). Some codes carry a specific English message (which list was not found, which backup
// check failed), so in English the store's message is shown as is and the pack's text is only
// the fallback.

/** A storage error in a language: English keeps the store's specific message when it has one. */
export function storageErrorText(locale: Locale, error: StorageError): string {
  if (locale === 'en' && error.message) return error.message;
  const texts: Partial<Record<string, string>> | undefined = packTexts(locale, 'storage-errors');
  const text = texts && Object.prototype.hasOwnProperty.call(texts, error.code) ? texts[error.code as StorageErrorCode] : undefined;
  return text ?? error.message;
}
