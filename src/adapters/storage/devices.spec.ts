import { afterEach, describe, expect, it } from 'vitest';
import { deviceFor, hashFor, newDevices, openTestStore, value, warning, type TestStore, useTestStores } from './test-data';

const setup = useTestStores();

describe('devices', () => {
  it('adds devices and resolves with the stored records only after the commit', async () => {
    const { store, factory, name, clock } = await setup();
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    clock.advance(60_000);
    const stored = value(
      await store.addDevices(list.id, [
        { device: deviceFor(1), source: 'scan', sourceDetail: 'Code 128', problems: [warning()] },
        { device: deviceFor(2, {}, true), source: 'file', sourceDetail: 'dell.csv line 3' },
      ]),
    );
    expect(stored).toHaveLength(2);
    expect(stored[0]).toMatchObject({ listId: list.id, source: 'scan', sourceDetail: 'Code 128', addedAt: clock(), updatedAt: clock() });
    expect(stored[1]?.problems).toEqual([]);
    // Another connection (another tab) sees them the moment the promise has resolved.
    const other = await setup({ factory, name });
    expect(value(await other.store.getDevices(list.id))).toEqual(stored);
    // The list moved to the top of the Lists screen.
    expect(value(await store.getList(list.id)).updatedAt).toBe(clock());
  });

  it('stores devices in the canonical shape: cleaned values, no stray keys, no index keys on read', async () => {
    const { store } = await setup();
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    const messy = { serialNumber: ' 1AB2C3D\u200b ', pkid: 3258460000123, junk: 'x' } as never;
    const [d] = value(await store.addDevices(list.id, [{ device: messy, source: 'typed', extra: 1 } as never]));
    // A number may have lost digits (Excel): the core drops it, and the device says so.
    expect(d?.device).toEqual({ serialNumber: '1AB2C3D' });
    expect(d?.problems.map((p) => [p.code, p.field])).toEqual([['normalize.not-a-string', 'pkid']]);
    const read = value(await store.getDevice(d!.id));
    expect(Object.keys(read).sort()).toEqual(['addedAt', 'device', 'id', 'listId', 'problems', 'source', 'updatedAt']);
  });

  it('updates fields, problems and registration status', async () => {
    const { store, clock } = await setup();
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    const [d] = value(await store.addDevices(list.id, newDevices(1, 0, { problems: [warning()] })));
    clock.advance(1000);
    const changed = value(
      await store.updateDevice(d!.id, {
        device: { ...d!.device, hardwareHash: hashFor(1) },
        problems: [],
        registration: { status: 'processing', trackingId: 't-1', updatedAt: clock() },
      }),
    );
    expect(changed).toMatchObject({ problems: [], registration: { status: 'processing', trackingId: 't-1' }, updatedAt: clock(), addedAt: d!.addedAt });
    expect(value(await store.findDuplicates('hardwareHash', hashFor(1)))).toHaveLength(1);
    const cleared = value(await store.updateDevice(d!.id, { registration: null }));
    expect(cleared.registration).toBeUndefined();
    const missing = await store.updateDevice('nope', { problems: [] });
    expect(!missing.ok && missing.error.code).toBe('not-found');
  });

  it('keeps the added order and pages through a list by key and by offset', async () => {
    const { store, clock } = await setup();
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    const other = value(await store.createList({ name: 'B', customerName: 'Beta' }));
    const all = [];
    for (let batch = 0; batch < 5; batch++) {
      all.push(...value(await store.addDevices(list.id, newDevices(50, batch * 50))));
      value(await store.addDevices(other.id, newDevices(3, 1000 + batch * 3)));
      clock.advance(batch % 2 ? 0 : 10); // same-millisecond batches must keep their order too
    }
    value(await store.trashDevices([all[7]!.id]));
    const live = all.filter((_, i) => i !== 7);
    expect(value(await store.countDevices(list.id))).toBe(249);
    expect(value(await store.getDevices(list.id)).map((d) => d.id)).toEqual(live.map((d) => d.id));

    const walked: string[] = [];
    let page = value(await store.getDevicesPage(list.id, { limit: 60 }));
    walked.push(...page.devices.map((d) => d.id));
    while (page.nextKey) {
      page = value(await store.getDevicesPage(list.id, { limit: 60, afterKey: page.nextKey }));
      walked.push(...page.devices.map((d) => d.id));
    }
    expect(walked).toEqual(live.map((d) => d.id));

    const middle = value(await store.getDevicesPage(list.id, { offset: 200, limit: 10 }));
    expect(middle.devices.map((d) => d.id)).toEqual(live.slice(200, 210).map((d) => d.id));
    const tail = value(await store.getDevicesPage(list.id, { offset: 245, limit: 10 }));
    expect(tail.devices).toHaveLength(4);
    expect(tail.nextKey).toBeUndefined();
    expect(value(await store.getDevicesPage(list.id, { offset: 5000, limit: 10 })).devices).toEqual([]);
  });

  it('writes a big batch in bounded chunks, in order, reporting progress after each commit', async () => {
    const { store, factory, name } = await setup();
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    const items = newDevices(12, 0, { withHash: true });
    const seen: number[] = [];
    const other = await setup({ factory, name });
    const stored = value(
      await store.addDevices(list.id, items, {
        // ~2 hashed devices per chunk by size (a hash is 4,096 characters)
        chunkChars: 9_000,
        onProgress: (saved, total) => {
          expect(total).toBe(12);
          seen.push(saved);
        },
      }),
    );
    expect(seen).toEqual([2, 4, 6, 8, 10, 12]);
    expect(stored.map((d) => d.device.serialNumber)).toEqual(items.map((i) => i.device.serialNumber));
    expect(value(await other.store.getDevices(list.id))).toEqual(stored);
  });

  it('keeps a batch within one chunk in one transaction (a failure stores none of it)', async () => {
    const { store } = await setup();
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    value(await store.trashList(list.id));
    const result = await store.addDevices(list.id, newDevices(3));
    expect(!result.ok && result.saved).toEqual([]);
  });

  it('refuses to add to a list in the trash', async () => {
    const { store } = await setup();
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    value(await store.trashList(list.id));
    const result = await store.addDevices(list.id, newDevices(1));
    expect(!result.ok && result.error.code).toBe('not-found');
  });

  it('updates many devices in one transaction, skipping ones deleted meanwhile', async () => {
    const { store, clock } = await setup();
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    const [a, b, c] = value(await store.addDevices(list.id, newDevices(3)));
    value(await store.trashDevices([b!.id]));
    clock.advance(500);
    const registration = { status: 'finished_with_errors', batchId: 'A', errorCode: '808', updatedAt: clock() };
    const result = value(
      await store.updateDevices([
        { id: a!.id, patch: { registration } },
        { id: b!.id, patch: { registration } },
        { id: c!.id, patch: { registration: { status: 'finished', updatedAt: clock() } } },
      ]),
    );
    expect(result.missing).toEqual([b!.id]);
    expect(result.updated.map((d) => [d.id, d.registration?.status])).toEqual([[a!.id, 'finished_with_errors'], [c!.id, 'finished']]);
    expect(value(await store.getDevice(a!.id)).registration).toEqual(registration);
  });
});
