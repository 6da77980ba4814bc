// Every earlier schema version, built by its own migration steps and filled with data in the
// shape that version wrote, must upgrade to the current one with nothing lost.
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { connect } from './connection';
import { SCHEMA_VERSION, migrations } from './migrations';
import { hashKey } from './hash-key';
import { DAY, T0, fakeClock, hashFor, openTestStore, pkidFor, serialFor, value } from './test-data';

type Seed = (db: IDBPDatabase<unknown>) => Promise<void>;

/** What a technician's database looked like at each version. Add one when adding a version. */
const seeds: Record<number, Seed> = {
  1: async (db) => {
    const tx = db.transaction(['lists', 'devices', 'settings'], 'readwrite');
    const lists = tx.objectStore('lists');
    const devices = tx.objectStore('devices');
    await lists.put({ id: 'l-contoso', name: 'Contoso-Q4', customerName: 'Contoso AB', dialect: 'partner-center', createdAt: T0 - 10 * DAY, updatedAt: T0 - 9 * DAY });
    await lists.put({ id: 'l-fabrikam', name: 'Fabrikam', customerName: 'Fabrikam A/S', customerTenantId: 'b7c1…', dialect: 'intune', createdAt: T0 - 5 * DAY, updatedAt: T0 - 5 * DAY });
    for (let i = 0; i < 20; i++) {
      await devices.put({
        id: `d-${String(i).padStart(3, '0')}`,
        listId: 'l-contoso',
        device: { serialNumber: serialFor(i), pkid: pkidFor(i), manufacturer: 'Dell Inc.', model: 'Latitude 5440' },
        source: i % 2 ? 'scan' : 'typed',
        sourceDetail: i % 2 ? 'Code 128' : undefined,
        addedAt: T0 - 10 * DAY + i * 1000,
        updatedAt: T0 - 10 * DAY + i * 1000,
        problems: i < 3 ? [{ code: 'pkid.ean', severity: 'error', message: 'This looks like an EAN, not a PKID.' }] : i < 5 ? [{ code: 'serial.short', severity: 'warning', message: 'Short serial.' }] : [],
      });
    }
    // From an OEM file, with a hash; one was registered already.
    await devices.put({
      id: 'd-hash-1', listId: 'l-fabrikam', device: { serialNumber: 'CND1234XYZ', hardwareHash: hashFor(1) }, source: 'file',
      sourceDetail: 'oem.csv line 2', addedAt: T0 - 5 * DAY, updatedAt: T0 - 4 * DAY, problems: [],
      registration: { status: 'finished', batchId: 'Fabrikam', trackingId: 'trk-1', updatedAt: T0 - 4 * DAY },
    });
    // Damaged by an old bug: a number for the PKID, noise in the serial, problems missing.
    await devices.put({ id: 'd-damaged', listId: 'l-fabrikam', device: { serialNumber: ' 5CG2041ABC\u200b', pkid: 3258460000123 }, source: 'typed', addedAt: T0 - 5 * DAY + 1 });
    // Unreadable: no list. Must survive the upgrade untouched rather than vanish.
    await devices.put({ id: 'd-orphan', device: { serialNumber: 'ORPHAN1' } });
    await tx.objectStore('settings').put({ key: 'settings', value: { language: 'sv', maxRows: 250, theme: 'neon' } });
    await tx.done;
  },
  // On top of version 1's data (upgraded by step 2): what version 2 code wrote. A device trashed
  // from Contoso with its identifier row, a device row + identifier row written by an add, and
  // the last trash purge.
  2: async (db) => {
    const tx = db.transaction(['devices', 'identifiers', 'meta', 'lists'], 'readwrite');
    const devices = tx.objectStore('devices');
    const identifiers = tx.objectStore('identifiers');
    await devices.put({
      id: 'd-trashed', listId: 'l-contoso', device: { serialNumber: 'TRASHED1', hardwareHash: hashFor(9) }, source: 'file', addedAt: T0 - 3 * DAY,
      updatedAt: T0 - 2 * DAY, deletedAt: T0 - 2 * DAY, problems: [], trashed: 1, flags: 0, hashKey: hashKey(hashFor(9)),
    });
    await identifiers.put({ id: 'd-trashed', listId: 'l-contoso', trashed: 1, serialNumber: 'TRASHED1', hashKey: hashKey(hashFor(9)) });
    await devices.put({
      id: 'd-v2', listId: 'l-fabrikam', device: { serialNumber: 'V2SERIAL1', pkid: '3258460000999' }, source: 'scan', addedAt: T0 - 3 * DAY,
      updatedAt: T0 - 3 * DAY, problems: [], trashed: 0, flags: 0,
    });
    await identifiers.put({ id: 'd-v2', listId: 'l-fabrikam', trashed: 0, serialNumber: 'V2SERIAL1', pkid: '3258460000999' });
    await tx.objectStore('meta').put({ key: 'lastTrashPurge', value: T0 - DAY });
    const lists = tx.objectStore('lists');
    await lists.put({ ...(await lists.get('l-fabrikam')), updatedAt: T0 - 3 * DAY });
    await tx.done;
  },
};

/** A database that lived through versions 1…version: each one's data, upgraded by the real steps. */
async function buildAt(version: number) {
  const factory = new IDBFactory();
  const name = `migrate-from-${version}`;
  for (let v = 1; v <= version; v++) {
    const db = await connect({ factory, name, version: v });
    const seed = seeds[v];
    if (!seed) throw new Error(`No seed data for schema version ${v}: add one to migrations.spec.ts`);
    await seed(db as unknown as IDBPDatabase<unknown>);
    db.close();
  }
  return { factory, name };
}

describe('migrations', () => {
  it('has one step per version', () => {
    expect(SCHEMA_VERSION).toBe(migrations.length);
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
  });

  for (let version = 1; version < SCHEMA_VERSION; version++) {
    it(`upgrades a database from version ${version} to ${SCHEMA_VERSION} with all its data`, async () => {
      const { factory, name } = await buildAt(version);
      const { store } = await openTestStore({ factory, name, clock: fakeClock(T0) });
      try {
        const lists = value(await store.listLists());
        const v2 = version >= 2 ? 1 : 0; // the device version 2 added to Fabrikam
        expect(lists.map((l) => [l.id, l.counts])).toEqual([
          ['l-fabrikam', { devices: 2 + v2, errors: 0, warnings: 1 }],
          ['l-contoso', { devices: 20, errors: 3, warnings: 2 }],
        ]);
        expect(lists[0]).toMatchObject({ customerName: 'Fabrikam A/S', dialect: 'intune' });

        const contoso = value(await store.getDevices('l-contoso'));
        expect(contoso.map((d) => d.id)).toEqual(Array.from({ length: 20 }, (_, i) => `d-${String(i).padStart(3, '0')}`));
        expect(contoso[1]).toMatchObject({ source: 'scan', sourceDetail: 'Code 128', device: { serialNumber: serialFor(1), pkid: pkidFor(1) } });
        const page = value(await store.getDevicesPage('l-contoso', { offset: 15, limit: 10 }));
        expect(page.devices.map((d) => d.id)).toEqual(['d-015', 'd-016', 'd-017', 'd-018', 'd-019']);

        const fabrikam = value(await store.getDevices('l-fabrikam'));
        expect(fabrikam[0]?.registration).toEqual({ status: 'finished', batchId: 'Fabrikam', trackingId: 'trk-1', updatedAt: T0 - 4 * DAY });
        // The numeric PKID could have lost digits: dropped by the core, and flagged on the device.
        expect(fabrikam[1]).toMatchObject({ id: 'd-damaged', device: { serialNumber: '5CG2041ABC' } });
        expect(fabrikam[1]?.problems.map((p) => [p.code, p.severity, p.field])).toEqual([['normalize.not-a-string', 'warning', 'pkid']]);

        // The new indexes were filled for the old rows.
        expect(value(await store.findDuplicates('hardwareHash', hashFor(1)))).toEqual([{ deviceId: 'd-hash-1', listId: 'l-fabrikam', listName: 'Fabrikam' }]);
        expect(value(await store.findDuplicates('serialNumber', '5CG2041ABC'))).toHaveLength(1);
        const ids = value(await store.loadIdentifierIndex());
        expect(ids.find('pkid', pkidFor(7))[0]?.deviceId).toBe('d-007');
        expect(ids.findElsewhere('hardwareHash', hashFor(1))).toBe('Fabrikam');
        expect(ids.findElsewhere('serialNumber', '5CG2041ABC')).toBe('Fabrikam');
        expect([...ids.rebuiltLists].sort()).toEqual(['l-contoso', 'l-fabrikam']);
        // Built once, then reused; excluding a list leaves it out.
        const again = value(await store.loadIdentifierIndex('l-fabrikam'));
        expect(again.rebuiltLists).toEqual([]);
        expect(again.findElsewhere('serialNumber', serialFor(3))).toBe('Contoso-Q4');
        expect(again.findElsewhere('hardwareHash', hashFor(1))).toBeUndefined();
        if (version >= 2) {
          expect(ids.findElsewhere('pkid', '3258460000999')).toBe('Fabrikam');
          expect(value(await store.findDuplicates('serialNumber', 'V2SERIAL1'))).toEqual([{ deviceId: 'd-v2', listId: 'l-fabrikam', listName: 'Fabrikam' }]);
          // The trashed device counts nowhere, and comes back with a restore.
          expect(ids.findElsewhere('serialNumber', 'TRASHED1')).toBeUndefined();
          expect(value(await store.findDuplicates('hardwareHash', hashFor(9)))).toEqual([]);
          value(await store.restoreFromTrash({ devices: ['d-trashed'] }));
          expect(value(await store.loadIdentifierIndex('l-fabrikam')).findElsewhere('hardwareHash', hashFor(9))).toBe('Contoso-Q4');
          value(await store.trashDevices(['d-trashed']));
        }

        // Settings split into rows: valid values kept, the invalid theme back to its default.
        expect(value(await store.getSettings())).toMatchObject({ language: 'sv', maxRows: 250, theme: 'system' });

        // The unreadable row is still there (kept for a human to look at), invisible to the app.
        const backup = value(await store.exportBackup());
        expect(backup.devices).toHaveLength(22 + 2 * v2);
        const newList = value(await store.createList({ name: 'new', customerName: 'x' }));
        expect(value(await store.addDevices(newList.id, [{ device: { serialNumber: 'NEW1' }, source: 'typed' }]))).toHaveLength(1);
      } finally {
        store.close();
      }
      // And the orphan row survived, raw; the identifier rows are gone, every list has a revision.
      const raw = await connect({ factory, name });
      expect(await raw.get('devices', 'd-orphan')).toEqual({ id: 'd-orphan', device: { serialNumber: 'ORPHAN1' } });
      expect([...raw.objectStoreNames]).not.toContain('identifiers');
      for (const list of await raw.getAll('lists')) expect(list.revision).toEqual(expect.any(Number));
      raw.close();
    });
  }

  it('opens a fresh database at the current version', async () => {
    const { store, factory, name } = await openTestStore();
    store.close();
    const raw = await connect({ factory, name });
    expect(raw.version).toBe(SCHEMA_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['devices', 'identifierCache', 'lists', 'meta', 'settings']);
    expect([...raw.transaction('devices').store.indexNames].sort()).toEqual(['byDeleted', 'byHash', 'byList', 'byListFlags', 'byPkid', 'bySerial']);
    raw.close();
  });
});
