import { afterEach, describe, expect, it } from 'vitest';
import { deviceFor, hashFor, newDevices, openTestStore, pkidFor, serialFor, value, type TestStore, useTestStores } from './test-data';
import { hashKey } from './hash-key';
import { validateDevices } from '../../core';

const setup = useTestStores();

describe('identifiers across lists', () => {
  it('finds a serial, PKID or hash in last week’s list, with exclusions', async () => {
    const { store } = await setup();
    const lastWeek = value(await store.createList({ name: 'Week 44', customerName: 'Contoso' }));
    const today = value(await store.createList({ name: 'Week 45', customerName: 'Contoso' }));
    const [old] = value(await store.addDevices(lastWeek.id, newDevices(1, 5, { withHash: true })));
    const [dup] = value(await store.addDevices(today.id, [{ device: deviceFor(5, {}, true), source: 'scan' }]));

    const bySerial = value(await store.findDuplicates('serialNumber', serialFor(5), { excludeDeviceId: dup!.id }));
    expect(bySerial).toEqual([{ deviceId: old!.id, listId: lastWeek.id, listName: 'Week 44' }]);
    expect(value(await store.findDuplicates('pkid', pkidFor(5)))).toHaveLength(2);
    expect(value(await store.findDuplicates('hardwareHash', hashFor(5), { excludeListId: today.id }))).toHaveLength(1);
    expect(value(await store.findDuplicates('serialNumber', serialFor(5).toLowerCase()))).toEqual([]);
    expect(value(await store.findDuplicates('pkid', ''))).toEqual([]);

    value(await store.trashDevices([old!.id]));
    expect(value(await store.findDuplicates('serialNumber', serialFor(5), { excludeDeviceId: dup!.id }))).toEqual([]);
  });

  it('never calls a different hash with the same digest a duplicate', async () => {
    const { store } = await setup();
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    value(await store.addDevices(list.id, newDevices(1, 1, { withHash: true })));
    // Same length, same digest is all but impossible to construct; a different hash must miss.
    expect(value(await store.findDuplicates('hardwareHash', hashFor(2)))).toEqual([]);
    expect(hashKey(hashFor(1))).toMatch(/^[0-9a-z]+:[0-9a-z]+$/);
    expect(hashKey(hashFor(1)).length).toBeLessThan(20);
    expect(hashKey(hashFor(1))).not.toBe(hashKey(hashFor(2)));
  });

  it('loads a synchronous lookup for validateDevices, optionally without one list', async () => {
    const { store } = await setup();
    const a = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    const b = value(await store.createList({ name: 'B', customerName: 'Beta' }));
    const trashedList = value(await store.createList({ name: 'T', customerName: 'Gone' }));
    const [a0] = value(await store.addDevices(a.id, newDevices(3, 0, { withHash: true })));
    const [b0] = value(await store.addDevices(b.id, [{ device: deviceFor(0), source: 'typed' }]));
    value(await store.addDevices(trashedList.id, newDevices(1, 50)));
    value(await store.trashList(trashedList.id));

    const index = value(await store.loadIdentifierIndex());
    expect(index.find('serialNumber', serialFor(0)).map((m) => m.deviceId).sort()).toEqual([a0!.id, b0!.id].sort());
    expect(index.findElsewhere('hardwareHash', hashFor(1))).toBe('A');
    expect(index.findElsewhere('manufacturer', 'Dell Inc.')).toBeUndefined();
    expect(index.findElsewhere('serialNumber', serialFor(50))).toBeUndefined();
    expect(index.find('serialNumber', serialFor(0), a0!.id).map((m) => m.deviceId)).toEqual([b0!.id]);

    const withoutA = value(await store.loadIdentifierIndex(a.id));
    expect(withoutA.find('serialNumber', serialFor(0))).toEqual([{ deviceId: b0!.id, listId: b.id, listName: 'B' }]);
    expect(withoutA.findElsewhere('pkid', pkidFor(1))).toBeUndefined();
  });

  it('plugs into the core’s validateDevices as findElsewhere', async () => {
    const { store } = await setup();
    const lastWeek = value(await store.createList({ name: 'Week 44', customerName: 'Contoso' }));
    const today = value(await store.createList({ name: 'Week 45', customerName: 'Contoso' }));
    value(await store.addDevices(lastWeek.id, newDevices(1, 7)));
    const mine = value(await store.addDevices(today.id, newDevices(2, 7)));
    const index = value(await store.loadIdentifierIndex(today.id));
    const problems = validateDevices(mine.map((d) => d.device), 'partner-center', { findElsewhere: index.findElsewhere, listName: today.name });
    const elsewhere = problems.filter((p) => p.code === 'duplicate.elsewhere');
    expect(elsewhere.map((p) => [p.index, p.field, p.params?.list])).toEqual([
      [0, 'serialNumber', 'Week 44'],
      [0, 'pkid', 'Week 44'],
    ]);
  });
});
