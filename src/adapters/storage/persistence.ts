// Persistent storage (navigator.storage): without it the browser may evict the database under
// storage pressure. The app asks at the first saved device, when the user has shown intent (an
// earlier prompt-free request is often refused). Every call is guarded: the API is missing in
// some browsers, in insecure contexts and in node.
import type { StorageStatus } from './types';

export type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

export function defaultStorageManager(): StorageManagerLike | undefined {
  const nav = (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator;
  return nav?.storage && typeof nav.storage.persist === 'function' ? nav.storage : undefined;
}

/** true when storage is (now) persistent, false when refused, 'unknown' without the API. */
export async function requestPersistence(manager: StorageManagerLike | undefined): Promise<boolean | 'unknown'> {
  if (!manager) return 'unknown';
  try {
    if (await manager.persisted()) return true;
    return await manager.persist();
  } catch {
    return 'unknown';
  }
}

export async function storageStatus(manager: StorageManagerLike | undefined): Promise<StorageStatus> {
  if (!manager) return { persisted: 'unknown' };
  const status: StorageStatus = { persisted: 'unknown' };
  try {
    status.persisted = await manager.persisted();
  } catch {
    // keep 'unknown'
  }
  try {
    const estimate = await manager.estimate();
    if (typeof estimate.usage === 'number') status.usage = estimate.usage;
    if (typeof estimate.quota === 'number') status.quota = estimate.quota;
  } catch {
    // no numbers: the UI shows what it has
  }
  return status;
}
