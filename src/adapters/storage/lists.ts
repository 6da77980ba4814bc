// Device lists: create, change, duplicate, and the per-list counts the Lists screen shows.
//
// Counts come from index counts (byList, byListFlags), not from counters kept in the list
// record: an index count is always right by construction, whereas a counter has to be kept in
// step by every write path (add, edit, trash, restore, import, purge) and drifts for ever once
// one of them forgets. Measured in fake-indexeddb: README.md.
import type { DeviceList, ListCounts, ListPatch, ListSummary, NewList } from './types';
import type { Result } from './errors';
import { notFound } from './errors';
import { AbortWith, putRaw, read, write, type ReadTx, type StoreContext } from './context';
import { FLAG_ERROR, FLAG_WARNING, listRange, toListRow } from './schema';
import { putDevice } from './device-rows';
import { putList } from './list-rows';
import { restoreDevice, restoreList } from './restore';
import { newId } from './ids';

type CountTx = ReadTx<['lists', 'devices']>;

export async function countsFor(tx: CountTx, listId: string): Promise<ListCounts> {
  const devices = tx.objectStore('devices');
  const flags = devices.index('byListFlags');
  const at = (f: number) => flags.count(IDBKeyRange.only([listId, 0, f]));
  const [total, warnOnly, errOnly, both] = await Promise.all([
    devices.index('byList').count(listRange(listId)),
    at(FLAG_WARNING),
    at(FLAG_ERROR),
    at(FLAG_ERROR | FLAG_WARNING),
  ]);
  return { devices: total, errors: errOnly + both, warnings: warnOnly + both };
}

const COUNT_CHUNK = 250;

/** Every list not in the trash, most recently changed first, with its counts. */
export function listLists(ctx: StoreContext): Promise<Result<ListSummary[]>> {
  return read(ctx, ['lists', 'devices'], async (tx) => {
    const lists = (await tx.objectStore('lists').getAll())
      .map((raw) => restoreList(raw, ctx.now()))
      .filter((l): l is DeviceList => l !== null && l.deletedAt === undefined)
      .sort((a, b) => b.updatedAt - a.updatedAt);
    // Counted COUNT_CHUNK lists at a time: 20,000 lists asked at once made 80,000 requests in one
    // task (seconds without paint after restoring a big backup). The transaction stays open
    // between chunks because the next chunk is asked for as the last answer arrives.
    const out: ListSummary[] = [];
    for (let i = 0; i < lists.length; i += COUNT_CHUNK) {
      const part = lists.slice(i, i + COUNT_CHUNK);
      out.push(...(await Promise.all(part.map(async (list) => ({ ...list, counts: await countsFor(tx, list.id) })))));
    }
    return out;
  });
}

export function getList(ctx: StoreContext, id: string): Promise<Result<DeviceList>> {
  return read(ctx, ['lists'], async (tx) => {
    const list = restoreList(await tx.objectStore('lists').get(id), ctx.now());
    if (!list) throw new AbortWith(notFound('The list'));
    return list;
  });
}

export function createList(ctx: StoreContext, input: NewList, defaultDialect: DeviceList['dialect']): Promise<Result<DeviceList>> {
  const now = ctx.now();
  // Through restoreList, so a list is stored in exactly the shape it is read back in.
  const list = restoreList(
    { ...input, dialect: input.dialect ?? defaultDialect, id: newId('l', now), createdAt: now, updatedAt: now },
    now,
  ) as DeviceList;
  return write(
    ctx,
    ['lists'],
    async (tx) => {
      await tx.objectStore('lists').add(toListRow(list, 0));
      return list;
    },
    () => [{ type: 'lists-changed' }],
  );
}

export function updateList(ctx: StoreContext, id: string, patch: ListPatch): Promise<Result<DeviceList>> {
  return write(
    ctx,
    ['lists'],
    async (tx) => {
      const store = tx.objectStore('lists');
      const now = ctx.now();
      const raw = await store.get(id);
      const current = restoreList(raw, now);
      if (!current || current.deletedAt !== undefined) throw new AbortWith(notFound('The list'));
      const allowed: ListPatch = {};
      for (const key of ['name', 'customerName', 'customerTenantId', 'dialect'] as const) {
        if (key in patch) (allowed as Record<string, unknown>)[key] = patch[key];
      }
      const next = restoreList({ ...current, ...allowed, updatedAt: now }, now) as DeviceList;
      putList(store, next, raw);
      return next;
    },
    (list) => [{ type: 'lists-changed' }, { type: 'devices-changed', listId: list.id }],
  );
}

/**
 * A copy of the list and its devices (not those in the trash). The copy is a new batch: its
 * devices get new ids and no registration status, which belonged to the original upload.
 */
export function duplicateList(ctx: StoreContext, id: string, name?: string): Promise<Result<DeviceList>> {
  return write(
    ctx,
    ['lists', 'devices'],
    async (tx) => {
      const now = ctx.now();
      const source = restoreList(await tx.objectStore('lists').get(id), now);
      if (!source || source.deletedAt !== undefined) throw new AbortWith(notFound('The list'));
      const copy: DeviceList = { ...source, id: newId('l', now), name: name ?? `${source.name} (copy)`, createdAt: now, updatedAt: now };
      const devices = tx.objectStore('devices');
      const rows = await devices.index('byList').getAll(listRange(id));
      // A new id, so no identifier cache can exist for it yet: revision 0.
      putRaw(tx.objectStore('lists'), toListRow(copy, 0));
      for (const row of rows) {
        const restored = restoreDevice(row, now);
        if (!restored) continue;
        const { registration: _dropped, ...rest } = restored.value;
        putDevice(tx, { ...rest, id: newId('d', now), listId: copy.id, updatedAt: now });
      }
      return copy;
    },
    () => [{ type: 'lists-changed' }],
  );
}
