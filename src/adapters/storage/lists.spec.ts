import { afterEach, describe, expect, it } from 'vitest';
import { error, newDevices, openTestStore, value, warning, type TestStore, useTestStores } from './test-data';

const setup = useTestStores();

describe('lists', () => {
  it('creates a list with defaults and reads it back', async () => {
    const { store, clock } = await setup();
    const list = value(await store.createList({ name: 'Contoso-2026-11', customerName: 'Contoso AB' }));
    expect(list).toMatchObject({ name: 'Contoso-2026-11', customerName: 'Contoso AB', dialect: 'partner-center', createdAt: clock(), updatedAt: clock() });
    expect(list.customerTenantId).toBeUndefined();
    expect(value(await store.getList(list.id))).toEqual(list);
  });

  it('takes the default dialect from the settings', async () => {
    const { store } = await setup();
    value(await store.updateSettings({ defaultDialect: 'intune' }));
    expect(value(await store.createList({ name: 'a', customerName: 'b' })).dialect).toBe('intune');
  });

  it('lists the lists, newest change first, with device, error and warning counts', async () => {
    const { store, clock } = await setup();
    const a = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    clock.advance(1000);
    const b = value(await store.createList({ name: 'B', customerName: 'Beta', customerTenantId: ' 0f1e2d3c-0000-4000-8000-000000000001 ' }));
    clock.advance(1000);
    value(
      await store.addDevices(a.id, [
        ...newDevices(3, 0),
        ...newDevices(2, 10, { problems: [warning()] }),
        ...newDevices(1, 20, { problems: [error(), warning()] }),
        ...newDevices(4, 30, { problems: [error(), { code: 'x', severity: 'info', message: 'x' }] }),
      ]),
    );
    const lists = value(await store.listLists());
    expect(lists.map((l) => l.name)).toEqual(['A', 'B']);
    expect(lists[0]?.counts).toEqual({ devices: 10, errors: 5, warnings: 3 });
    expect(lists[1]?.counts).toEqual({ devices: 0, errors: 0, warnings: 0 });
    expect(lists[1]?.customerTenantId).toBe('0f1e2d3c-0000-4000-8000-000000000001');
    expect(b.id).not.toBe(a.id);
  });

  it('counts follow edits and the trash', async () => {
    const { store } = await setup();
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    const [d1, d2] = value(await store.addDevices(list.id, newDevices(2, 0, { problems: [error()] })));
    value(await store.updateDevice(d1!.id, { problems: [] }));
    value(await store.trashDevices([d2!.id]));
    expect(value(await store.listLists())[0]?.counts).toEqual({ devices: 1, errors: 0, warnings: 0 });
  });

  it('renames and updates a list, ignoring fields it may not change', async () => {
    const { store, clock } = await setup();
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    clock.advance(5000);
    const renamed = value(await store.renameList(list.id, 'Alpha-batch-2'));
    expect(renamed).toMatchObject({ name: 'Alpha-batch-2', createdAt: list.createdAt, updatedAt: clock() });
    const patch = { dialect: 'corporate-identifiers', createdAt: 1, id: 'other' } as never;
    const updated = value(await store.updateList(list.id, patch));
    expect(updated).toMatchObject({ id: list.id, dialect: 'corporate-identifiers', createdAt: list.createdAt });
  });

  it('answers not-found for a missing list', async () => {
    const { store } = await setup();
    const result = await store.renameList('nope', 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not-found');
    const add = await store.addDevices('nope', newDevices(1));
    expect(!add.ok && add.error.code).toBe('not-found');
  });

  it('duplicates a list with its live devices, new ids and no registration status', async () => {
    const { store } = await setup();
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    const added = value(
      await store.addDevices(list.id, newDevices(3, 0, { registration: { status: 'finished', batchId: 'A', updatedAt: 1 } })),
    );
    value(await store.trashDevices([added[2]!.id]));
    const copy = value(await store.duplicateList(list.id));
    expect(copy.name).toBe('A (copy)');
    const copied = value(await store.getDevices(copy.id));
    expect(copied.map((d) => d.device)).toEqual(added.slice(0, 2).map((d) => d.device));
    expect(copied.every((d) => d.registration === undefined && !added.some((a) => a.id === d.id))).toBe(true);
    expect(value(await store.getDevices(list.id))).toHaveLength(2);
  });
});
