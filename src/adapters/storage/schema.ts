// The IndexedDB layout. Changing it means adding a step to migrations.ts and raising
// SCHEMA_VERSION (which is derived from the number of steps, so the two cannot disagree).
import type { DBSchema } from 'idb';
import type { DeviceList, StoredDevice } from './types';
import { hashKey } from './hash-key';

export const DEFAULT_DB_NAME = 'boxpilot';

/**
 * A device as stored: the StoredDevice plus keys derived from it for the indexes. They are
 * recomputed on every write (toDeviceRow) and dropped on every read (restoreDevice keeps known
 * fields only), so they never leak into the app.
 */
export interface DeviceRow extends StoredDevice {
  /** 1 while in the trash. IndexedDB cannot index booleans, and byList must skip trashed rows. */
  trashed: 0 | 1;
  /** Bit 2: has an error; bit 1: has a warning. Lets listLists count with index counts. */
  flags: number;
  /** Digest of device.hardwareHash (hash-key.ts). */
  hashKey?: string;
}

/**
 * A list as stored: the DeviceList plus `revision`, raised by every write that changes which
 * live devices the list holds or their identifiers (add, edit, trash, restore, import). It is
 * what tells whether the list's identifier cache is still right: a counter, not updatedAt, since
 * two writes can fall in the same millisecond. restoreList drops it on read; every list write
 * keeps it (toListRow), because a counter that went back to an earlier value could meet an old
 * cache of that revision again.
 */
export interface ListRow extends DeviceList {
  revision: number;
}

/** The revision a stored list record carries (0 for none). */
export function revisionOf(raw: unknown): number {
  const r = raw && typeof raw === 'object' ? (raw as { revision?: unknown }).revision : undefined;
  return typeof r === 'number' && Number.isInteger(r) && r >= 0 ? r : 0;
}

export function toListRow(list: DeviceList, revision: number): ListRow {
  return { ...list, revision };
}

/** One live device in a list's identifier cache: id, serial, PKID, hash digest ('' = none). */
export type IdentifierEntry = [deviceId: string, serialNumber: string, pkid: string, hashKey: string];

/**
 * The identifiers of one list's live devices, as of the list's `revision`: what the bulk
 * duplicate check (loadIdentifierIndex) reads instead of every device row with its 4 KB hash.
 * Written only by that check, never by a device write: one with a different revision than its
 * list is stale and rebuilt from the device rows. Compact arrays keep 10,000 devices near 400 KB.
 */
export interface IdentifierCacheRow {
  listId: string;
  revision: number;
  entries: IdentifierEntry[];
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface BoxpilotDB extends DBSchema {
  lists: { key: string; value: ListRow; indexes: { byDeleted: number } };
  devices: {
    key: string;
    value: DeviceRow;
    indexes: {
      /** [listId, trashed, addedAt, id]: the list's devices in the order they were added. */
      byList: [string, number, number, string];
      /** [listId, trashed, flags]: counts of devices with errors / warnings. */
      byListFlags: [string, number, number];
      bySerial: string;
      byPkid: string;
      byHash: string;
      byDeleted: number;
    };
  };
  identifierCache: { key: string; value: IdentifierCacheRow };
  settings: { key: string; value: SettingRow };
  meta: { key: string; value: MetaRow };
}

export const FLAG_ERROR = 2;
export const FLAG_WARNING = 1;

export function problemFlags(device: Pick<StoredDevice, 'problems'>): number {
  let flags = 0;
  for (const p of device.problems) {
    if (p.severity === 'error') flags |= FLAG_ERROR;
    else if (p.severity === 'warning') flags |= FLAG_WARNING;
  }
  return flags;
}

export function toDeviceRow(stored: StoredDevice): DeviceRow {
  const row: DeviceRow = { ...stored, trashed: stored.deletedAt === undefined ? 0 : 1, flags: problemFlags(stored) };
  if (stored.device.hardwareHash) row.hashKey = hashKey(stored.device.hardwareHash);
  return row;
}

export function toIdentifierEntry(row: Pick<DeviceRow, 'id' | 'device' | 'hashKey'>): IdentifierEntry {
  return [row.id, row.device.serialNumber ?? '', row.device.pkid ?? '', row.hashKey ?? ''];
}

/** Key range of a list's live (or trashed) devices in byList. */
export function listRange(listId: string, trashed: 0 | 1 = 0): IDBKeyRange {
  return IDBKeyRange.bound([listId, trashed], [listId, trashed, Infinity]);
}
