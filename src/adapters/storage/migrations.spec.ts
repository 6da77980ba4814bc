// Every earlier schema version, built by its own migration steps and filled with data in the
// shape that version wrote, must upgrade to the current one with nothing lost.
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { connect } from './connection';
import { SCHEMA_VERSION, migrations } from './migrations';
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
};

async function buildAt(version: number) {
  const factory = new IDBFactory();
  const name = `migrate-from-${version}`;
  const db = await connect({ factory, name, version });
  const seed = seeds[version];
  if (!seed) throw new Error(`No seed data for schema version ${version}: add one to migrations.spec.ts`);
  await seed(db as unknown as IDBPDatabase<unknown>);
  db.close();
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
        expect(lists.map((l) => [l.id, l.counts])).toEqual([
          ['l-fabrikam', { devices: 2, errors: 0, warnings: 1 }],
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

        // Settings split into rows: valid values kept, the invalid theme back to its default.
        expect(value(await store.getSettings())).toMatchObject({ language: 'sv', maxRows: 250, theme: 'system' });

        // The unreadable row is still there (kept for a human to look at), invisible to the app.
        const backup = value(await store.exportBackup());
        expect(backup.devices).toHaveLength(22);
        const newList = value(await store.createList({ name: 'new', customerName: 'x' }));
        expect(value(await store.addDevices(newList.id, [{ device: { serialNumber: 'NEW1' }, source: 'typed' }]))).toHaveLength(1);
      } finally {
        store.close();
      }
      // And the orphan row survived, raw.
      const raw = await connect({ factory, name });
      expect(await raw.get('devices', 'd-orphan')).toEqual({ id: 'd-orphan', device: { serialNumber: 'ORPHAN1' } });
      raw.close();
    });
  }

  it('opens a fresh database at the current version', async () => {
    const { store, factory, name } = await openTestStore();
    store.close();
    const raw = await connect({ factory, name });
    expect(raw.version).toBe(SCHEMA_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['devices', 'identifiers', 'lists', 'meta', 'settings']);
    expect([...raw.transaction('devices').store.indexNames].sort()).toEqual(['byDeleted', 'byHash', 'byList', 'byListFlags', 'byPkid', 'bySerial']);
    raw.close();
  });
});
