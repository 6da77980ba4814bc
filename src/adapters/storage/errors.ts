// Storage failures are values, never exceptions: a full disk or another tab's upgrade is a normal
// event for a technician, and the UI must keep the unsaved device on screen and say what to do.

export type StorageErrorCode =
  | 'quota-exceeded'
  | 'blocked-by-other-tab'
  | 'version-changed'
  | 'not-found'
  | 'unavailable'
  | 'invalid-backup'
  | 'unknown';

export interface StorageError {
  code: StorageErrorCode;
  /** English, complete on its own: what is wrong and what to do. The UI translates by `code`. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: StorageError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(code: StorageErrorCode, message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});

/** The fixed English text of each error that has one (the others carry a specific message). */
export const STORAGE_ERROR_MESSAGES: Readonly<Record<Exclude<StorageErrorCode, 'not-found' | 'invalid-backup' | 'unknown'>, string>> = {
  'quota-exceeded':
    'The device storage is full, so nothing was saved. What you entered is still on screen: free some disk space (or empty the Boxpilot trash) and try again. Everything saved before is intact.',
  'blocked-by-other-tab':
    'Another Boxpilot tab is holding the database open. Close or reload the other Boxpilot tabs, then try again.',
  'version-changed':
    'Boxpilot was updated in another tab. Reload this page to continue; everything already saved is kept.',
  unavailable:
    'This browser does not let Boxpilot store data (private browsing, or storage switched off). Nothing can be saved here: use a normal window, or export files as you go.',
};

export const storageError = (code: keyof typeof STORAGE_ERROR_MESSAGES): StorageError => ({ code, message: STORAGE_ERROR_MESSAGES[code] });

function errorName(e: unknown): string | undefined {
  if (e && typeof e === 'object' && 'name' in e && typeof e.name === 'string') return e.name;
  return undefined;
}

/**
 * Maps whatever IndexedDB threw or rejected with to a StorageError. Quota shows up either as a
 * thrown DOMException from put() or as the transaction's error when the commit fails; some
 * browsers report it as an AbortError whose message mentions the quota.
 */
export function toStorageError(e: unknown): StorageError {
  const name = errorName(e);
  const text = e instanceof Error ? e.message : String(e);
  if (name === 'QuotaExceededError' || /quota/i.test(text)) return storageError('quota-exceeded');
  if (name === 'InvalidStateError' && /clos/i.test(text)) return storageError('version-changed');
  if (name === 'VersionError')
    return {
      code: 'version-changed',
      message:
        'The data here was saved by a newer version of Boxpilot. Reload the page to get the newer version; nothing was changed.',
    };
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError')
    return storageError('unavailable');
  return { code: 'unknown', message: `Saving failed unexpectedly (${name ?? 'error'}: ${text}). Nothing was changed; try again, and export a backup if it keeps happening.` };
}

export function notFound(what: string): StorageError {
  return { code: 'not-found', message: `${what} no longer exists. It may have been deleted in another tab: reload the list.` };
}
