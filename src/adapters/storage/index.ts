// The storage adapter's public face: the UI imports from here only.
import { openStore, type BoxpilotStore, type OpenStoreOptions } from './store';
import type { Result } from './errors';

export { BoxpilotStore, openStore, type OpenStoreOptions } from './store';
export type { Result, StorageError, StorageErrorCode } from './errors';
export { notFound, storageError, STORAGE_ERROR_MESSAGES } from './errors';
export type * from './types';
export { DEFAULT_SETTINGS, restoreSetting, type Settings, type Language, type Theme, type PartnerKind } from './settings-shape';
export { restoreList, restoreDevice, restoreSettings, type RestoredDevice } from './restore';
export { IdentifierIndex, type DuplicateQuery } from './identifiers';
export type { PageRequest, BulkUpdate, AddOptions, AddResult } from './devices';
export type { RestoreRequest, EmptyTrashRequest } from './trash';
export { TRASH_DAYS } from './trash';
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BACKUP_MIME,
  MAX_EXAMPLES,
  type BackupFile,
  type BackupDuplicate,
  type BackupProgress,
  type BackupSkipReason,
  type ImportReport,
  type ProposedSetting,
  type RestoreOptions,
  type WriteBackupOptions,
  type WrittenBackup,
} from './backup';
export { SCHEMA_VERSION } from './migrations';
export type { BoxChange, BoxDeviceWrite, BoxWriteError, BoxWriteResult } from './box';
export type { CachedCustomer } from './registration-jobs';

let shared: Promise<Result<BoxpilotStore>> | undefined;

/**
 * The app's one store, opened on first use. A failed open is not remembered, so the app can
 * offer "try again" (after closing another tab, freeing space …).
 */
export function getStore(options?: OpenStoreOptions): Promise<Result<BoxpilotStore>> {
  if (!shared) {
    shared = openStore(options).then((result) => {
      if (!result.ok) shared = undefined;
      return result;
    });
  }
  return shared;
}
