import type { StorageErrorCode } from '../../adapters/storage';

// Swedish and Danish texts of the storage adapter's errors, keyed by code. English comes from
// the error's own `message` (src/adapters/storage/errors.ts), which is complete on its own.
export const STORAGE_ERROR_TEXTS: Record<'sv' | 'da', Partial<Record<StorageErrorCode, string>>> = {
  sv: {},
  da: {},
};
