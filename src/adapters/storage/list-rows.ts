// How list records are written so that `revision` (schema.ts ListRow) is never lost or moved
// back: every list write in the adapter goes through these.
import { putRaw } from './context';
import { revisionOf, toListRow } from './schema';
import { restoreList } from './restore';
import type { DeviceList } from './types';

type ListStore = { get(key: string): Promise<unknown> };

/** Writes `list` keeping the revision of the stored record `raw` (raised by `raise`). */
export function putList(store: ListStore, list: DeviceList, raw: unknown, raise = 0): void {
  putRaw(store, toListRow(list, revisionOf(raw) + raise));
}

/**
 * Raises the revision of a stored list (its devices changed), optionally with a new updatedAt.
 * Answers the list, or undefined when there is no such record.
 */
export async function raiseRevision(store: ListStore, listId: string, now: number, updatedAt?: number): Promise<DeviceList | undefined> {
  const raw = await store.get(listId);
  const list = restoreList(raw, now);
  if (!list) return undefined;
  const next = updatedAt === undefined ? list : { ...list, updatedAt };
  putList(store, next, raw, 1);
  return next;
}
