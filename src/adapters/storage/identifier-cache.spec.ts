// The per-list identifier caches behind loadIdentifierIndex: device writes never touch them, they
// raise the list's revision; a cache is rebuilt exactly when its list changed, and reused
// otherwise. `rebuiltLists` on the index says which lists were rebuilt for it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connect } from './connection';
import { hashFor, newDevices, openTestStore, pkidFor, serialFor, value, type TestStore, useTestStores } from './test-data';
import type { BoxpilotStore } from './store';
import { REBUILD_BATCH } from './identifiers';

const setup = useTestStores();
afterEach(() => {
  vi.restoreAllMocks();
});

/** The list being edited ("today") and two other lists, each with devices; caches warm. */
async function threeLists(store: BoxpilotStore) {
  const today = value(await store.createList({ name: 'Today', customerName: 'Contoso' }));
  const other = value(await store.createList({ name: 'Week 44', customerName: 'Contoso' }));
  const quiet = value(await store.createList({ name: 'Week 43', customerName: 'Contoso' }));
  value(await store.addDevices(today.id, newDevices(3, 0)));
  const otherDevices = value(await store.addDevices(other.id, newDevices(4, 100, { withHash: true })));
  value(await store.addDevices(quiet.id, newDevices(2, 200)));
  const first = value(await store.loadIdentifierIndex(today.id));
  expect([...first.rebuiltLists].sort()).toEqual([other.id, quiet.id].sort());
  return { today, other, quiet, otherDevices };
}

const indexOf = async (store: BoxpilotStore, excluded: string) => value(await store.loadIdentifierIndex(excluded));

describe('identifier caches', () => {
  it('are reused while nothing changed, including after writes to the excluded list', async () => {
    const { store } = await setup();
    const { today, other, otherDevices } = await threeLists(store);
    expect((await indexOf(store, today.id)).rebuiltLists).toEqual([]);
    value(await store.addDevices(today.id, newDevices(5, 300)));
    value(await store.renameList(other.id, 'Week 44 (Contoso)'));
    // A registration status is not an identifier: no rebuild for an upload's results.
    value(await store.updateDevice(otherDevices[0]!.id, { registration: { status: 'finished', updatedAt: 1 } }));
    value(await store.updateDevices([{ id: otherDevices[1]!.id, patch: { registration: { status: 'pending', updatedAt: 1 } } }]));
    const index = await indexOf(store, today.id);
    expect(index.rebuiltLists).toEqual([]);
    // The list name comes from the list record, not the cache: the rename shows.
    expect(index.findElsewhere('serialNumber', serialFor(100))).toBe('Week 44 (Contoso)');
    expect(index.findElsewhere('serialNumber', serialFor(300))).toBeUndefined();
  });

  it('rebuild only the list that changed, after each kind of change', async () => {
    const { store } = await setup();
    const { today, other, otherDevices } = await threeLists(store);
    const expectRebuilt = async (what: string, check: (index: Awaited<ReturnType<typeof indexOf>>) => void) => {
      const index = await indexOf(store, today.id);
      expect(index.rebuiltLists, what).toEqual([other.id]);
      check(index);
      expect((await indexOf(store, today.id)).rebuiltLists, `${what}, second call`).toEqual([]);
    };

    const [added] = value(await store.addDevices(other.id, newDevices(1, 400)));
    await expectRebuilt('add', (i) => expect(i.findElsewhere('pkid', pkidFor(400))).toBe('Week 44'));

    value(await store.updateDevice(added!.id, { device: { ...added!.device, serialNumber: 'EDITED01' } }));
    await expectRebuilt('edit of a serial', (i) => {
      expect(i.findElsewhere('serialNumber', 'EDITED01')).toBe('Week 44');
      expect(i.findElsewhere('serialNumber', serialFor(400))).toBeUndefined();
    });

    value(await store.updateDevices([{ id: otherDevices[0]!.id, patch: { device: { ...otherDevices[0]!.device, pkid: '3258460000777' } } }]));
    await expectRebuilt('bulk edit of a PKID', (i) => expect(i.findElsewhere('pkid', '3258460000777')).toBe('Week 44'));

    value(await store.trashDevices([otherDevices[1]!.id]));
    await expectRebuilt('trash', (i) => expect(i.findElsewhere('hardwareHash', hashFor(101))).toBeUndefined());

    value(await store.restoreFromTrash({ devices: [otherDevices[1]!.id] }));
    await expectRebuilt('restore', (i) => expect(i.findElsewhere('hardwareHash', hashFor(101))).toBe('Week 44'));

    // Deleting for good: a device in the trash is in no cache, so emptying the trash changes none.
    value(await store.trashDevices([otherDevices[2]!.id]));
    await expectRebuilt('trash before delete', (i) => expect(i.findElsewhere('serialNumber', serialFor(102))).toBeUndefined());
    expect(value(await store.emptyTrash('all')).devices).toBe(1);
    const afterDelete = await indexOf(store, today.id);
    expect(afterDelete.rebuiltLists).toEqual([]);
    expect(afterDelete.findElsewhere('serialNumber', serialFor(102))).toBeUndefined();
    expect(afterDelete.findElsewhere('serialNumber', serialFor(103))).toBe('Week 44');

    const backup = value(await store.exportBackup());
    const extra = { ...backup.devices.find((d) => d.listId === other.id)!, id: 'imported-1', device: { serialNumber: 'IMPORTED1' } };
    const report = value(await store.importBackup({ ...backup, devices: [extra] }));
    expect(report.devicesAdded).toBe(1);
    await expectRebuilt('backup import', (i) => expect(i.findElsewhere('serialNumber', 'IMPORTED1')).toBe('Week 44'));
  });

  it('follow lists in and out of the trash, duplicates, and purges', async () => {
    const t = await setup();
    const { store } = t;
    const { today, other } = await threeLists(store);
    value(await store.trashList(other.id));
    expect((await indexOf(store, today.id)).findElsewhere('serialNumber', serialFor(100))).toBeUndefined();
    value(await store.restoreFromTrash({ lists: [other.id] }));
    const back = await indexOf(store, today.id);
    expect(back.rebuiltLists).toEqual([]); // its devices did not change while it was away
    expect(back.findElsewhere('serialNumber', serialFor(100))).toBe('Week 44');

    const copy = value(await store.duplicateList(other.id, 'Copy'));
    const withCopy = await indexOf(store, today.id);
    expect(withCopy.rebuiltLists).toEqual([copy.id]);
    expect(withCopy.find('serialNumber', serialFor(100)).map((m) => m.listName).sort()).toEqual(['Copy', 'Week 44']);

    value(await store.trashList(copy.id));
    value(await store.emptyTrash('all'));
    const raw = await connect({ factory: t.factory, name: t.name });
    expect((await raw.getAllKeys('identifierCache')).sort()).toEqual([other.id, (await raw.getAllKeys('lists')).find((id) => id !== other.id && id !== today.id)].sort());
    raw.close();
  });

  it('keep a list’s revision through renames, trash and restore: it only goes up', async () => {
    const t = await setup();
    const { store } = t;
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    const revision = async () => {
      const raw = await connect({ factory: t.factory, name: t.name });
      const r = (await raw.get('lists', list.id))?.revision;
      raw.close();
      return r;
    };
    expect(await revision()).toBe(0);
    const [d] = value(await store.addDevices(list.id, newDevices(2)));
    expect(await revision()).toBe(1);
    value(await store.renameList(list.id, 'B'));
    value(await store.updateList(list.id, { customerName: 'Beta' }));
    value(await store.trashList(list.id));
    value(await store.restoreFromTrash({ lists: [list.id] }));
    expect(await revision()).toBe(1);
    value(await store.trashDevices([d!.id]));
    value(await store.restoreFromTrash({ devices: [d!.id] }));
    expect(await revision()).toBe(3);
    // The public shape is unchanged: no revision leaks out.
    expect(value(await store.getList(list.id))).not.toHaveProperty('revision');
    expect(value(await store.listLists())[0]).not.toHaveProperty('revision');
  });

  it('rebuild a list of more rows than one batch reads, every row once', async () => {
    const { store } = await setup();
    const today = value(await store.createList({ name: 'Today', customerName: 'Contoso' }));
    const big = value(await store.createList({ name: 'Big', customerName: 'Contoso' }));
    const count = 2 * REBUILD_BATCH + 1;
    value(await store.addDevices(big.id, newDevices(count, 0), { chunkDevices: 700 }));
    const index = await indexOf(store, today.id);
    expect(index.rebuiltLists).toEqual([big.id]);
    expect(index.size).toBe(2 * count); // serial and PKID per device, no hashes
    for (const n of [0, REBUILD_BATCH - 1, REBUILD_BATCH, 2 * REBUILD_BATCH, count - 1]) {
      expect(index.find('pkid', pkidFor(n)).map((m) => m.listName), `device ${n}`).toEqual(['Big']);
    }
  });

  it('see what another tab wrote', async () => {
    const a = await setup();
    const { today, other } = await threeLists(a.store);
    const b = await setup({ factory: a.factory, name: a.name, clock: a.clock });
    value(await b.store.addDevices(other.id, newDevices(1, 500)));
    const index = await indexOf(a.store, today.id);
    expect(index.rebuiltLists).toEqual([other.id]);
    expect(index.findElsewhere('serialNumber', serialFor(500))).toBe('Week 44');
  });
});

describe('identifier caches and a full disk', () => {
  function failPutsWhere(dbName: string, hit: (store: string, row: unknown) => boolean) {
    const original = IDBObjectStore.prototype.put;
    return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.transaction.db.name === dbName && hit(this.name, args[0])) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
  }

  it('a failed add leaves the revision and the cache as they were; a chunked one counts its saved chunks', async () => {
    const t = await setup();
    const { store, name } = t;
    const { today, other } = await threeLists(store);
    const items = newDevices(12, 600);
    const victim = items[7]!.device.serialNumber;
    const spy = failPutsWhere(name, (_, row) => (row as { device?: { serialNumber?: string } })?.device?.serialNumber === victim);
    const single = await store.addDevices(other.id, items.slice(5, 10));
    expect(!single.ok && single.error.code).toBe('quota-exceeded');
    const unchanged = await indexOf(store, today.id);
    expect(unchanged.rebuiltLists).toEqual([]);
    expect(unchanged.findElsewhere('serialNumber', serialFor(605))).toBeUndefined();

    // Chunks of 5: the first is committed, the second fails at its third device.
    const chunked = await store.addDevices(other.id, items, { chunkDevices: 5 });
    spy.mockRestore();
    expect(chunked.ok).toBe(false);
    if (chunked.ok) return;
    expect(chunked.saved).toHaveLength(5);
    const after = await indexOf(store, today.id);
    expect(after.rebuiltLists).toEqual([other.id]);
    for (let i = 0; i < 12; i++) expect(after.findElsewhere('serialNumber', serialFor(600 + i)) !== undefined, `device ${i}`).toBe(i < 5);
  });

  it('a cache that cannot be stored costs a rebuild next time, never a wrong answer', async () => {
    const t = await setup();
    const { store, name } = t;
    const { today, other } = await threeLists(store);
    value(await store.addDevices(other.id, newDevices(1, 700)));
    const spy = failPutsWhere(name, (storeName) => storeName === 'identifierCache');
    const index = await indexOf(store, today.id);
    spy.mockRestore();
    expect(index.rebuiltLists).toEqual([other.id]);
    expect(index.findElsewhere('serialNumber', serialFor(700))).toBe('Week 44');
    const next = await indexOf(store, today.id);
    expect(next.rebuiltLists).toEqual([other.id]);
    expect(next.findElsewhere('serialNumber', serialFor(700))).toBe('Week 44');
    expect((await indexOf(store, today.id)).rebuiltLists).toEqual([]);
  });
});
