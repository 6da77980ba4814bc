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
 * The identifiers of one device, in a store of their own (same key as the device). Reading every
 * identifier for the duplicate check is then one getAll of small records: with key cursors over
 * three indexes it took 1.8 s for 51,000 devices in fake-indexeddb. Written and deleted together
 * with the device row (device-rows.ts), never on its own.
 */
export interface IdentifierRow {
  id: string;
  listId: string;
  trashed: 0 | 1;
  serialNumber?: string;
  pkid?: string;
  hashKey?: string;
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
  lists: { key: string; value: DeviceList; indexes: { byDeleted: number } };
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
  identifiers: { key: string; value: IdentifierRow };
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

export function toIdentifierRow(row: DeviceRow): IdentifierRow {
  const ids: IdentifierRow = { id: row.id, listId: row.listId, trashed: row.trashed };
  if (row.device.serialNumber) ids.serialNumber = row.device.serialNumber;
  if (row.device.pkid) ids.pkid = row.device.pkid;
  if (row.hashKey) ids.hashKey = row.hashKey;
  return ids;
}

/** Key range of a list's live (or trashed) devices in byList. */
export function listRange(listId: string, trashed: 0 | 1 = 0): IDBKeyRange {
  return IDBKeyRange.bound([listId, trashed], [listId, trashed, Infinity]);
}
