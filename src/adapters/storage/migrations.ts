// One function per schema version step: migrations[0] builds version 1 from nothing,
// migrations[1] turns version 1 into version 2, and so on. A step is written once and never
// changed afterwards, because databases out there were built by it; a new need is a new step.
// Every step is tested from a database really built at the earlier version (migrations.spec.ts).
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { toDeviceRow } from './schema';
import { restoreDevice } from './restore';

// During an upgrade the database may be at any earlier layout, so the steps use it untyped.
type AnyDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
export type Migration = (db: AnyDB, tx: UpgradeTx) => void | Promise<void>;

export const migrations: readonly Migration[] = [
  // Version 1: lists, devices (found by list, serial and PKID), and settings kept as one record.
  (db) => {
    db.createObjectStore('lists', { keyPath: 'id' });
    const devices = db.createObjectStore('devices', { keyPath: 'id' });
    devices.createIndex('byList', 'listId');
    devices.createIndex('bySerial', 'device.serialNumber');
    devices.createIndex('byPkid', 'device.pkid');
    db.createObjectStore('settings', { keyPath: 'key' });
  },

  // Version 2: trash, hash lookups and cheap per-list counts.
  // - byList becomes [listId, trashed, addedAt, id] so a list pages in added order without
  //   trashed rows; byListFlags counts errors/warnings; byHash holds a digest (hash-key.ts);
  //   byDeleted finds what to purge from the trash.
  // - Every device row gets the derived keys these indexes read.
  // - Settings move from one record to one row per key, so two tabs changing different
  //   settings no longer overwrite each other.
  // - An identifiers store (serial, PKID, hash digest per device) for the bulk duplicate check.
  // - A meta store for bookkeeping such as the last trash purge.
  async (db, tx) => {
    const devices = tx.objectStore('devices');
    devices.deleteIndex('byList');
    devices.createIndex('byList', ['listId', 'trashed', 'addedAt', 'id']);
    devices.createIndex('byListFlags', ['listId', 'trashed', 'flags']);
    devices.createIndex('byHash', 'hashKey');
    devices.createIndex('byDeleted', 'deletedAt');
    tx.objectStore('lists').createIndex('byDeleted', 'deletedAt');
    db.createObjectStore('meta', { keyPath: 'key' });
    // Removed again by version 3: it cost a second put per device on every write.
    db.createObjectStore('identifiers', { keyPath: 'id' });
    const identifiers = tx.objectStore('identifiers');

    const settings = tx.objectStore('settings');
    const old = (await settings.get('settings')) as { value?: unknown } | undefined;
    if (old) {
      await settings.delete('settings');
      const value = old.value;
      if (value && typeof value === 'object') {
        for (const [key, v] of Object.entries(value)) await settings.put({ key, value: v });
      }
    }

    // A row that cannot be restored (no id or list) is left as it was: invisible, never deleted.
    for (let cursor = await devices.openCursor(); cursor; cursor = await cursor.continue()) {
      const restored = restoreDevice(cursor.value);
      if (!restored) continue;
      const row = toDeviceRow(restored.value);
      await cursor.update(row);
      const ids: Record<string, unknown> = { id: row.id, listId: row.listId, trashed: row.trashed };
      if (row.device.serialNumber) ids.serialNumber = row.device.serialNumber;
      if (row.device.pkid) ids.pkid = row.device.pkid;
      if (row.hashKey) ids.hashKey = row.hashKey;
      await identifiers.put(ids);
    }
  },

  // Version 3: no identifier row per device. The second put per device cost ~450 ms per 10,000
  // devices in Chromium on every write path. Instead each list has a `revision`, raised by every
  // write that changes its devices, and the bulk duplicate check keeps a per-list identifier
  // cache (identifierCache, keyed by list id) that it rebuilds when the revisions differ. The
  // caches start empty: each is built on first use.
  async (db, tx) => {
    db.deleteObjectStore('identifiers');
    db.createObjectStore('identifierCache', { keyPath: 'listId' });
    const lists = tx.objectStore('lists');
    for (let cursor = await lists.openCursor(); cursor; cursor = await cursor.continue()) {
      const raw = cursor.value as unknown;
      if (raw && typeof raw === 'object' && !Array.isArray(raw)) await cursor.update({ ...(raw as object), revision: 0 });
    }
  },
];

export const SCHEMA_VERSION = migrations.length;

/**
 * Runs the steps from `oldVersion` up to `newVersion` inside the upgrade transaction. Steps run
 * synchronously while they can: a schema change (createObjectStore) must happen while the
 * upgrade transaction is active, which a later microtask may no longer be.
 */
export function runMigrations(db: AnyDB, tx: UpgradeTx, oldVersion: number, newVersion: number): Promise<void> {
  for (let v = oldVersion; v < newVersion; v++) {
    const step = migrations[v];
    if (!step) return Promise.reject(new Error(`No migration from schema version ${v}`));
    const pending = step(db, tx);
    if (pending) return pending.then(() => runMigrations(db, tx, v + 1, newVersion));
  }
  return Promise.resolve();
}
