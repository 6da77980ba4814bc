// Finding a serial, PKID or hardware hash across every list, so a duplicate is caught even when
// it sits in last week's list. Devices in the trash, or in a trashed list, do not count.
//
// Two ways: findDuplicates asks the devices store's indexes (a few point lookups), and
// loadIdentifierIndex builds a synchronous lookup over every other list for the core's
// validateDevices. That one reads per-list identifier caches (schema.ts IdentifierCacheRow), not
// the device rows with their 4 KB hashes; device writes never touch a cache, they raise the list's
// revision, and a cache whose revision differs from its list's is rebuilt here from that list's
// rows. So writes pay nothing, and the list being edited (usually the excluded one) costs no
// rebuild either.
import type { IdentifierField, IdentifierMatch } from './types';
import type { Result } from './errors';
import { putRaw, read, type ReadTx, type StoreContext } from './context';
import { listRange, revisionOf, toIdentifierEntry, type IdentifierCacheRow, type IdentifierEntry } from './schema';
import { hashKey } from './hash-key';
import { restoreList } from './restore';
import type { DeviceList } from './types';
import type { DeviceField } from '../../core';

function isIdentifierField(field: DeviceField): field is IdentifierField {
  return field === 'serialNumber' || field === 'pkid' || field === 'hardwareHash';
}

const INDEX = { serialNumber: 'bySerial', pkid: 'byPkid', hardwareHash: 'byHash' } as const;

/** The key an identifier has in its index: the value itself, or the digest for a hash. */
export function indexKey(field: IdentifierField, value: string): string {
  return field === 'hardwareHash' ? hashKey(value) : value;
}

export interface DuplicateQuery {
  excludeListId?: string;
  excludeDeviceId?: string;
}

type AnyReadTx = ReadTx<['lists', 'devices']>;

async function liveLists(tx: AnyReadTx, now: number): Promise<Map<string, DeviceList>> {
  const lists = new Map<string, DeviceList>();
  for (const raw of await tx.objectStore('lists').getAll()) {
    const list = restoreList(raw, now);
    if (list && list.deletedAt === undefined) lists.set(list.id, list);
  }
  return lists;
}

export function findDuplicates(
  ctx: StoreContext,
  field: IdentifierField,
  value: string,
  query: DuplicateQuery = {},
): Promise<Result<IdentifierMatch[]>> {
  return read(ctx, ['lists', 'devices'], async (tx) => {
    if (!value) return [];
    const lists = await liveLists(tx, ctx.now());
    const rows = await tx.objectStore('devices').index(INDEX[field]).getAll(indexKey(field, value));
    const matches: IdentifierMatch[] = [];
    for (const row of rows) {
      const list = lists.get(row.listId);
      // The full value is compared: the hash index holds only a digest.
      if (!list || row.deletedAt !== undefined || row.device?.[field] !== value) continue;
      if (row.listId === query.excludeListId || row.id === query.excludeDeviceId) continue;
      matches.push({ deviceId: row.id, listId: row.listId, listName: list.name });
    }
    return matches;
  });
}

/**
 * A synchronous lookup over the identifiers of every live device in the live lists (minus an
 * excluded list), for the core's validateDevices (`findElsewhere(field, value)`). Hashes are
 * looked up by digest, so a match is "same digest", which is a different hash about once in
 * 10^15 pairs: acceptable for a duplicate warning.
 */
export class IdentifierIndex {
  readonly #entries: Record<IdentifierField, Map<string, IdentifierMatch[]>>;
  /** The lists whose identifier cache had to be rebuilt from device rows for this index. */
  readonly rebuiltLists: readonly string[];

  constructor(entries: Record<IdentifierField, Map<string, IdentifierMatch[]>>, rebuiltLists: readonly string[] = []) {
    this.#entries = entries;
    this.rebuiltLists = rebuiltLists;
  }

  /** Every stored device carrying this value, minus `excludeDeviceId`. */
  find(field: IdentifierField, value: string, excludeDeviceId?: string): IdentifierMatch[] {
    if (!value) return [];
    const all = this.#entries[field].get(indexKey(field, value)) ?? [];
    return excludeDeviceId === undefined ? all : all.filter((m) => m.deviceId !== excludeDeviceId);
  }

  /**
   * The core's `validateDevices(…, { findElsewhere })` callback as is: the NAME of a list holding
   * the value, or undefined (also for fields that are not identifiers). Bound, so it can be passed.
   */
  findElsewhere = (field: DeviceField, value: string): string | undefined =>
    isIdentifierField(field) ? this.find(field, value)[0]?.listName : undefined;

  get size(): number {
    let n = 0;
    for (const map of Object.values(this.#entries)) n += map.size;
    return n;
  }
}

/** A live list with the revision its record carries. */
interface RevisedList {
  list: DeviceList;
  revision: number;
}

/** What building the index reads; a read-write transaction over these stores does as well. */
export type CacheTx = ReadTx<['lists', 'devices', 'identifierCache']>;

/** The live lists (revision included), minus `excludeListId`. */
async function revisedLists(tx: Pick<CacheTx, 'objectStore'>, now: number, excludeListId?: string): Promise<Map<string, RevisedList>> {
  const lists = new Map<string, RevisedList>();
  for (const raw of await tx.objectStore('lists').getAll()) {
    const list = restoreList(raw, now);
    if (list && list.deletedAt === undefined && list.id !== excludeListId) lists.set(list.id, { list, revision: revisionOf(raw) });
  }
  return lists;
}

/** Rows read per request while rebuilding: 1,000 hashed rows are ~4 MB to copy onto the page's thread. */
export const REBUILD_BATCH = 1_000;

/**
 * The cache of one list built from its live device rows, read in the caller's transaction (so
 * `revision`, read in the same one, matches the rows), in batches so that no single result
 * (10,000 rows with 4 KB hashes are 40 MB) blocks the page for long. Raw rows: the byList index
 * holds only rows written by toDeviceRow, whose hashKey is the digest of their hash.
 */
async function buildCache(tx: Pick<CacheTx, 'objectStore'>, listId: string, revision: number): Promise<IdentifierCacheRow> {
  const entries: IdentifierEntry[] = [];
  const index = tx.objectStore('devices').index('byList');
  let range = listRange(listId);
  for (;;) {
    const rows = await index.getAll(range, REBUILD_BATCH);
    for (const row of rows) if (row && typeof row.id === 'string' && row.device) entries.push(toIdentifierEntry(row));
    const last = rows[rows.length - 1];
    if (!last || rows.length < REBUILD_BATCH) break;
    range = IDBKeyRange.bound([listId, 0, last.addedAt, last.id], [listId, 0, Infinity], true, false);
  }
  return { listId, revision, entries };
}

/**
 * The caches of the given lists: stored ones whose revision matches, the others built from the
 * device rows in `tx` (which must include lists, devices and identifierCache) and answered in
 * `fresh` for the caller to store.
 */
async function cachesFor(tx: Pick<CacheTx, 'objectStore'>, lists: ReadonlyMap<string, RevisedList>): Promise<{ caches: IdentifierCacheRow[]; fresh: IdentifierCacheRow[] }> {
  const stored = await tx.objectStore('identifierCache').getAll();
  const valid = new Map<string, IdentifierCacheRow>();
  for (const cache of stored) {
    if (cache && Array.isArray(cache.entries) && lists.get(cache.listId)?.revision === cache.revision) valid.set(cache.listId, cache);
  }
  const caches: IdentifierCacheRow[] = [];
  const fresh: IdentifierCacheRow[] = [];
  for (const [listId, { revision }] of lists) {
    let cache = valid.get(listId);
    if (!cache) {
      cache = await buildCache(tx, listId, revision);
      fresh.push(cache);
    }
    caches.push(cache);
  }
  return { caches, fresh };
}

/**
 * Stores rebuilt caches in a short transaction of their own (relaxed durability: a lost cache is
 * only rebuilt again). A cache is written only if its list still has that revision and no newer
 * cache is there (another tab may have rebuilt it meanwhile). Failures (a full disk) are ignored:
 * the index answered is right either way, the next call rebuilds.
 */
async function storeCaches(ctx: StoreContext, fresh: readonly IdentifierCacheRow[]): Promise<void> {
  if (fresh.length === 0) return;
  const connection = ctx.connection();
  if (!connection.ok) return;
  try {
    const tx = connection.value.transaction(['lists', 'identifierCache'], 'readwrite', { durability: 'relaxed' });
    const lists = tx.objectStore('lists');
    const caches = tx.objectStore('identifierCache');
    await Promise.all(
      fresh.map(async (cache) => {
        const [raw, current] = await Promise.all([lists.get(cache.listId), caches.get(cache.listId)]);
        if (!raw || revisionOf(raw) !== cache.revision || current?.revision === cache.revision) return;
        await caches.put(cache);
      }),
    );
    await tx.done;
  } catch {
    // Not saved: rebuilt on the next call.
  }
}

export async function loadIdentifierIndex(ctx: StoreContext, excludeListId?: string): Promise<Result<IdentifierIndex>> {
  const loaded = await read(ctx, ['lists', 'devices', 'identifierCache'], async (tx) => {
    const lists = await revisedLists(tx, ctx.now(), excludeListId);
    const { caches, fresh } = await cachesFor(tx, lists);
    return { index: identifierIndex(caches, lists, fresh), fresh };
  });
  if (!loaded.ok) return loaded;
  await storeCaches(ctx, loaded.value.fresh);
  return { ok: true, value: loaded.value.index };
}

/**
 * For backup import, inside its own read-write transaction: the index over every live list's
 * devices as stored before the import, using and refreshing the caches in that transaction.
 */
export async function identifierIndexIn(tx: Pick<CacheTx, 'objectStore'>, now: number): Promise<IdentifierIndex> {
  const lists = await revisedLists(tx, now);
  const { caches, fresh } = await cachesFor(tx, lists);
  const store = tx.objectStore('identifierCache') as unknown as object;
  for (const cache of fresh) putRaw(store, cache);
  return identifierIndex(caches, lists, fresh);
}

function identifierIndex(caches: readonly IdentifierCacheRow[], lists: ReadonlyMap<string, RevisedList>, fresh: readonly IdentifierCacheRow[]): IdentifierIndex {
  const entries: Record<IdentifierField, Map<string, IdentifierMatch[]>> = {
    serialNumber: new Map(),
    pkid: new Map(),
    hardwareHash: new Map(),
  };
  const add = (field: IdentifierField, key: string, match: IdentifierMatch) => {
    if (!key) return;
    const found = entries[field].get(key);
    if (found) found.push(match);
    else entries[field].set(key, [match]);
  };
  for (const cache of caches) {
    const list = lists.get(cache.listId)?.list;
    if (!list) continue;
    for (const [deviceId, serial, pkid, hash] of cache.entries) {
      const match: IdentifierMatch = { deviceId, listId: list.id, listName: list.name };
      add('serialNumber', serial, match);
      add('pkid', pkid, match);
      add('hardwareHash', hash, match);
    }
  }
  return new IdentifierIndex(entries, fresh.map((c) => c.listId));
}
