// A full disk: the write fails with QuotaExceededError at some put; the whole transaction must
// roll back, what was stored before must be intact, and the caller gets a clear error value.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newDevices, openTestStore, value, type TestStore } from './test-data';

let open: TestStore[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const t of open) t.store.close();
  open = [];
});

/** Makes the Nth put (from now on) into this database throw like a full disk does. */
function failNthPut(dbName: string, n: number) {
  const original = IDBObjectStore.prototype.put;
  let count = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.transaction.db.name === dbName && ++count === n) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return original.apply(this, args);
  });
}

describe('quota exceeded', () => {
  it('rolls back the whole addDevices and leaves earlier data intact', async () => {
    const t = await openTestStore();
    open.push(t);
    const { store, clock, name } = t;
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    const before = value(await store.addDevices(list.id, newDevices(5, 0, { withHash: true })));
    const listBefore = value(await store.getList(list.id));
    clock.advance(1000);

    const spy = failNthPut(name, 4); // the list touch is put 1, so devices 1–2 were already written
    const result = await store.addDevices(list.id, newDevices(10, 100, { withHash: true }));
    spy.mockRestore();

    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('quota-exceeded');
      expect(result.error.message).toMatch(/still on screen/);
    }
    expect(value(await store.getDevices(list.id))).toEqual(before);
    expect(value(await store.getList(list.id))).toEqual(listBefore);
    expect(value(await store.listLists())[0]?.counts.devices).toBe(5);

    // Space freed: the same devices go in on retry.
    expect(value(await store.addDevices(list.id, newDevices(10, 100, { withHash: true })))).toHaveLength(10);
    expect(value(await store.countDevices(list.id))).toBe(15);
  });

  it('a big add is written in committed chunks: a full disk in chunk 3 keeps chunks 1–2 saved and reported, 3+ not', async () => {
    const t = await openTestStore();
    open.push(t);
    const { store, name } = t;
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    const items = newDevices(25, 0, { withHash: true });
    const progress: [number, number][] = [];
    // Chunks of 5 devices; device 12 (the third chunk's second) hits the full disk.
    const victim = items[11]!.device.serialNumber;
    const original = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const row = args[0] as { device?: { serialNumber?: string } } | undefined;
      if (this.transaction.db.name === name && row?.device?.serialNumber === victim) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.apply(this, args);
    });
    const result = await store.addDevices(list.id, items, { chunkDevices: 5, onProgress: (saved, total) => progress.push([saved, total]) });
    spy.mockRestore();

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('quota-exceeded');
    expect(result.saved.map((d) => d.device.serialNumber)).toEqual(items.slice(0, 10).map((i) => i.device.serialNumber));
    expect(progress).toEqual([[5, 25], [10, 25]]);
    // Exactly what was reported is stored: nothing of chunk 3 (devices 11–15 roll back together) or later.
    expect(value(await store.getDevices(list.id))).toEqual(result.saved);
    expect(value(await store.listLists())[0]?.counts.devices).toBe(10);
  });

  it('rolls back a backup import half way through', async () => {
    const source = await openTestStore();
    const target = await openTestStore();
    open.push(source, target);
    const list = value(await source.store.createList({ name: 'A', customerName: 'Alpha' }));
    value(await source.store.addDevices(list.id, newDevices(20)));
    const backup = value(await source.store.exportBackup());
    const mine = value(await target.store.createList({ name: 'Mine', customerName: 'Me' }));

    const spy = failNthPut(target.name, 10);
    const result = await target.store.importBackup(JSON.stringify(backup));
    spy.mockRestore();
    expect(!result.ok && result.error.code).toBe('quota-exceeded');
    expect(value(await target.store.listLists()).map((l) => l.id)).toEqual([mine.id]);
    expect(value(await target.store.getDevices(list.id))).toEqual([]);
  });
});
