import { describe, expect, it } from 'vitest';
import { newDevices, useTestStores, value } from '../adapters/storage/test-data';
import { createApp, type AppEvents, type AppEvent } from './index';

const setup = useTestStores();

/** Every event the app announces, in order. */
function heard(events: AppEvents): AppEvent[] {
  const got: AppEvent[] = [];
  for (const type of ['devices-saved', 'problems-saved', 'devices-removed', 'box-changed', 'lists-changed', 'list-changed-elsewhere', 'registration-changed', 'evidence-saved', 'settings-saved'] as const) {
    events.on(type, (e) => got.push(e));
  }
  return got;
}

async function filled() {
  const t = await setup();
  const app = createApp(t.store);
  const list = value(await t.store.createList({ name: 'Contoso-Q4', customerName: 'Contoso AB' }));
  const devices = value(await t.store.addDevices(list.id, newDevices(3)));
  return { ...t, app, list, devices, events: heard(app.events) };
}

describe('MaintenanceService: backup', () => {
  it('writes a backup without announcing anything (a read), and restores it into another browser with one lists-changed', async () => {
    const source = await filled();
    const written = value(await source.app.maintenance.writeBackup());
    expect(source.events).toEqual([]);

    const target = await setup();
    const app = createApp(target.store);
    const events = heard(app.events);
    const report = value(await app.maintenance.restoreBackup(written.blob));
    expect(report).toMatchObject({ listsAdded: 1, devicesAdded: 3 });
    expect(events).toEqual([{ type: 'lists-changed' }]);
    expect(value(await target.store.listLists()).map((l) => [l.name, l.counts.devices])).toEqual([['Contoso-Q4', 3]]);
  });

  it('announces nothing when the backup stored nothing (restored twice: all duplicates)', async () => {
    const { app, events } = await filled();
    const written = value(await app.maintenance.writeBackup());
    expect(value(await app.maintenance.restoreBackup(written.blob))).toMatchObject({ listsAdded: 0, devicesAdded: 0, duplicateCount: 3 });
    expect(events).toEqual([]);
  });

  it('a file that is not a backup stores nothing, announces nothing and answers the error value', async () => {
    const { app, events } = await filled();
    expect(await app.maintenance.restoreBackup('not json at all')).toMatchObject({ ok: false, error: { code: 'invalid-backup' } });
    expect(events).toEqual([]);
  });

  it('a restore that stops part-way still announces lists-changed: the parts stored before stay', async () => {
    const source = await filled();
    const written = value(await source.app.maintenance.writeBackup());
    const target = await setup();
    const app = createApp(target.store);
    const events = heard(app.events);
    // The database goes away after the first part (one record per part) is stored.
    const result = await app.maintenance.restoreBackup(written.blob, { batchSize: 1, onProgress: () => target.store.close() });
    expect(result.ok).toBe(false);
    expect(events).toEqual([{ type: 'lists-changed' }]);
    const reopened = await setup({ factory: target.factory, name: target.name });
    expect(value(await reopened.store.listLists()).map((l) => l.name)).toEqual(['Contoso-Q4']);
  });
});

describe('MaintenanceService: trash', () => {
  it('lists the trash (a read, no event)', async () => {
    const { store, app, devices, events } = await filled();
    value(await store.trashDevices([devices[0]!.id]));
    const trash = value(await app.maintenance.listTrash());
    expect(trash.devices.map((d) => d.id)).toEqual([devices[0]!.id]);
    expect(trash.lists).toEqual([]);
    expect(events).toEqual([]);
  });

  it('restores a device into its list and names that list, so an open one re-reads', async () => {
    const { store, app, list, devices, events } = await filled();
    value(await store.trashDevices([devices[1]!.id]));
    expect(value(await app.maintenance.restoreFromTrash({ devices: [devices[1]!.id] }))).toEqual({ lists: 0, devices: 1 });
    expect(events).toEqual([{ type: 'lists-changed' }, { type: 'list-changed-elsewhere', listId: list.id }]);
    expect(value(await store.getDevices(list.id)).map((d) => d.id)).toEqual(devices.map((d) => d.id));
  });

  it('restores a trashed list and announces it', async () => {
    const { store, app, list, events } = await filled();
    value(await store.trashList(list.id));
    expect(value(await app.maintenance.restoreFromTrash({ lists: [list.id] }))).toEqual({ lists: 1, devices: 0 });
    expect(events).toEqual([{ type: 'lists-changed' }, { type: 'list-changed-elsewhere', listId: list.id }]);
    expect(value(await store.listLists()).map((l) => l.counts.devices)).toEqual([3]);
  });

  it('a failed restore (the device is gone) announces nothing and answers the error value', async () => {
    const { app, events } = await filled();
    expect(await app.maintenance.restoreFromTrash({ devices: ['d-gone'] })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(events).toEqual([]);
  });

  it('empties the trash for good with one lists-changed', async () => {
    const { store, app, list, devices, events } = await filled();
    value(await store.trashDevices([devices[2]!.id]));
    expect(value(await app.maintenance.emptyTrash())).toEqual({ lists: 0, devices: 1 });
    expect(events).toEqual([{ type: 'lists-changed' }]);
    expect(value(await app.maintenance.listTrash())).toEqual({ lists: [], devices: [] });
    expect(value(await store.getDevices(list.id))).toHaveLength(2);
  });

  it('emptying an empty trash changes nothing and announces nothing', async () => {
    const { app, events } = await filled();
    expect(value(await app.maintenance.emptyTrash('all'))).toEqual({ lists: 0, devices: 0 });
    expect(events).toEqual([]);
  });

  it('a failed empty (storage closed) announces nothing and answers the error value', async () => {
    const { store, app, devices, events } = await filled();
    value(await store.trashDevices([devices[0]!.id]));
    store.close();
    const result = await app.maintenance.emptyTrash('all');
    expect(result.ok).toBe(false);
    expect(events).toEqual([]);
  });
});
