import { afterEach, describe, expect, it } from 'vitest';
import { DAY, newDevices, openTestStore, value, type TestStore, useTestStores } from './test-data';

const setup = useTestStores();

describe('trash', () => {
  it('hides a trashed list and its devices, and restores both', async () => {
    const { store } = await setup();
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    const keep = value(await store.createList({ name: 'B', customerName: 'Beta' }));
    const devices = value(await store.addDevices(list.id, newDevices(3)));
    value(await store.trashList(list.id));
    expect(value(await store.listLists()).map((l) => l.id)).toEqual([keep.id]);
    expect(value(await store.findDuplicates('serialNumber', devices[0]!.device.serialNumber!))).toEqual([]);
    const trash = value(await store.listTrash());
    expect(trash.lists.map((l) => [l.id, l.counts.devices])).toEqual([[list.id, 3]]);
    expect(trash.devices).toEqual([]);

    expect(value(await store.restoreFromTrash({ lists: [list.id] }))).toEqual({ lists: 1, devices: 0 });
    expect(value(await store.listLists()).map((l) => l.id).sort()).toEqual([list.id, keep.id].sort());
    expect(value(await store.getDevices(list.id))).toHaveLength(3);
  });

  it('trashes single devices and restores one, bringing its trashed list back too', async () => {
    const { store } = await setup();
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    const [a, b] = value(await store.addDevices(list.id, newDevices(2)));
    expect(value(await store.trashDevices([a!.id, a!.id, 'unknown'])).map((d) => d.id)).toEqual([a!.id]);
    expect(value(await store.getDevices(list.id)).map((d) => d.id)).toEqual([b!.id]);
    expect(value(await store.listTrash()).devices.map((d) => d.id)).toEqual([a!.id]);
    value(await store.trashList(list.id));
    expect(value(await store.restoreFromTrash({ devices: [a!.id] }))).toEqual({ lists: 1, devices: 1 });
    expect(value(await store.getDevices(list.id)).map((d) => d.id)).toEqual([a!.id, b!.id]);
  });

  it('empties the trash by age or entirely, lists taking their devices', async () => {
    const { store, clock } = await setup();
    const old = value(await store.createList({ name: 'Old', customerName: 'X' }));
    const recent = value(await store.createList({ name: 'Recent', customerName: 'Y' }));
    value(await store.addDevices(old.id, newDevices(4)));
    const [r1] = value(await store.addDevices(recent.id, newDevices(2, 100)));
    value(await store.trashList(old.id));
    clock.advance(20 * DAY);
    value(await store.trashDevices([r1!.id]));
    clock.advance(11 * DAY);
    expect(value(await store.emptyTrash({ olderThanDays: 30 }))).toEqual({ lists: 1, devices: 4 });
    expect(value(await store.listTrash()).devices.map((d) => d.id)).toEqual([r1!.id]);
    expect(value(await store.emptyTrash('all'))).toEqual({ lists: 0, devices: 1 });
    expect(value(await store.getDevices(recent.id))).toHaveLength(1);
    const gone = await store.restoreFromTrash({ lists: [old.id] });
    expect(!gone.ok && gone.error.code).toBe('not-found');
  });

  it('purges trash older than 30 days after opening, not before the first read, and at most once a day', async () => {
    const purges: (() => Promise<unknown>)[] = [];
    const schedulePurge = (purge: () => Promise<unknown>) => void purges.push(purge);
    const first = await setup({ schedulePurge });
    const list = value(await first.store.createList({ name: 'A', customerName: 'Alpha' }));
    value(await first.store.addDevices(list.id, newDevices(2)));
    value(await first.store.trashList(list.id));
    first.store.close();
    first.clock.advance(31 * DAY);

    const again = await setup({ factory: first.factory, name: first.name, clock: first.clock, schedulePurge });
    // Open: the purge is scheduled, not run; reads see the trash as it is.
    expect(purges).toHaveLength(2);
    expect(value(await again.store.listTrash()).lists).toHaveLength(1);
    await purges[1]!();
    expect(value(await again.store.listTrash()).lists).toEqual([]);
    expect(value(await again.store.exportBackup()).devices).toEqual([]);

    // Trashed again, and old enough: a purge within the same day does nothing …
    const other = value(await again.store.createList({ name: 'B', customerName: 'Beta' }));
    value(await again.store.trashList(other.id));
    again.clock.advance(31 * DAY);
    value(await again.store.emptyTrash({ olderThanDays: 30 })); // by hand: counts as today's purge
    const next = value(await again.store.createList({ name: 'C', customerName: 'Gamma' }));
    value(await again.store.trashList(next.id));
    again.clock.advance(23 * 60 * 60 * 1000);
    expect(value(await again.store.purgeTrashIfDue())).toBe('not-due');
    // … a day later it runs (C is too recent to go: only 30-day-old trash is purged).
    again.clock.advance(2 * 60 * 60 * 1000);
    expect(value(await again.store.purgeTrashIfDue())).toEqual({ lists: 0, devices: 0 });
    expect(value(await again.store.listTrash()).lists.map((l) => l.id)).toEqual([next.id]);
  });

  it('a clock set back does not postpone the purge for ever', async () => {
    const t = await setup({ schedulePurge: () => undefined });
    value(await t.store.emptyTrash('all'));
    t.clock.advance(-5 * DAY);
    expect(value(await t.store.purgeTrashIfDue())).toEqual({ lists: 0, devices: 0 });
  });
});
