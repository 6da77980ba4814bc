// Devices in a list: add (resolving only once committed), change, and read, whole or by page.
import type { ChangeMessage, DevicePage, DevicePageKey, DevicePatch, NewDevice, StoredDevice } from './types';
import type { Result, StorageError } from './errors';
import { notFound } from './errors';
import { AbortWith, read, write, type StoreContext, type WriteTx } from './context';
import { listRange } from './schema';
import { putDevice } from './device-rows';
import { putList } from './list-rows';
import { restoreDevice, restoreList } from './restore';
import { newId } from './ids';

function restoreAll(rows: readonly unknown[], now: number): StoredDevice[] {
  const out: StoredDevice[] = [];
  for (const row of rows) {
    const restored = restoreDevice(row, now);
    if (restored) out.push(restored.value);
  }
  return out;
}

/**
 * The list a write goes to must exist and be out of the trash; its updatedAt moves with it, and
 * its revision goes up (the identifier cache of its devices is stale from this commit on).
 */
async function touchList(tx: WriteTx<['lists', 'devices']>, listId: string, now: number, raise = true): Promise<void> {
  const lists = tx.objectStore('lists');
  const raw = await lists.get(listId);
  const list = restoreList(raw, now);
  if (!list || list.deletedAt !== undefined) throw new AbortWith(notFound('The device list'));
  putList(lists, { ...list, updatedAt: now }, raw, raise ? 1 : 0);
}

/** Whether a change from `a` to `b` changes what the identifier cache holds for the device. */
function sameIdentifiers(a: StoredDevice, b: StoredDevice): boolean {
  return a.device.serialNumber === b.device.serialNumber && a.device.pkid === b.device.pkid && a.device.hardwareHash === b.device.hardwareHash;
}

/**
 * The most one transaction of addDevices writes, in characters of device values (a 4 KB hash
 * counts 4,096). Restoring and putting a record runs on the page's thread (the put clones it), so
 * one transaction of 10,000 hashed devices blocked the page for 0.8–1.5 s; a chunk of 500 KB
 * (~115 hashed devices) takes some 20 ms, which leaves room on a busy 2-core tablet. Each commit
 * costs a little (strict durability): 10,000 small devices in 10 chunks took ~10 % longer.
 */
export const ADD_CHUNK_CHARS = 500_000;
/** …and at most this many devices, however small they are. */
export const ADD_CHUNK_DEVICES = 1_000;
/** Per device on top of its values: ids, times, source, problems. */
const RECORD_OVERHEAD_CHARS = 200;

export interface AddOptions {
  /** After each committed chunk: how many of `items` are saved so far, and that chunk's records. */
  onProgress?: (saved: number, total: number, chunk: StoredDevice[]) => void;
  /** Chunk bounds (tests use small ones). */
  chunkChars?: number;
  chunkDevices?: number;
}

/**
 * What addDevices answers. On failure, `saved` holds the devices of the chunks committed before
 * it (in order, a prefix of `items`): they ARE stored and may be shown as saved; the rest of
 * `items` is not stored at all.
 */
export type AddResult = { ok: true; value: StoredDevice[] } | { ok: false; error: StorageError; saved: StoredDevice[] };

function sizeOf(item: NewDevice): number {
  let n = RECORD_OVERHEAD_CHARS;
  for (const v of Object.values(item.device ?? {})) if (typeof v === 'string') n += v.length;
  return n;
}

/** Consecutive slices of `items`, each within the bounds (a single oversize item is its own). */
export function chunkItems<T extends NewDevice>(items: readonly T[], maxChars: number, maxDevices: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let chars = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && (chars + size > maxChars || current.length >= maxDevices)) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
    current.push(item);
    chars += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function addChunk(ctx: StoreContext, listId: string, items: readonly NewDevice[], tell: boolean): Promise<Result<StoredDevice[]>> {
  return write(
    ctx,
    ['lists', 'devices'],
    async (tx) => {
      const now = ctx.now();
      await touchList(tx, listId, now);
      const stored: StoredDevice[] = [];
      for (const item of items) {
        const restored = restoreDevice({ ...item, id: newId('d', now), listId, addedAt: now, updatedAt: now }, now);
        if (!restored) continue; // cannot happen: id and listId are set just above
        putDevice(tx, restored.value);
        stored.push(restored.value);
      }
      return stored;
    },
    () => (tell ? changeOf(listId) : []),
  );
}

const changeOf = (listId: string): ChangeMessage[] => [{ type: 'devices-changed', listId }, { type: 'lists-changed' }];
/** Other tabs re-read the whole list on a change: during a chunked add they hear at most this often. */
const TELL_EVERY_MS = 1_000;

/**
 * Stores the devices and resolves with the stored records only after they have committed.
 * A batch that fits one chunk (every scan, most files) is one transaction: all or nothing. A
 * bigger batch is written in chunks, each committed before the next starts, so the page is never
 * blocked for long; if one fails (a full disk), the chunks before it stay stored and are
 * reported in `saved`, and nothing of that chunk or later ones is stored.
 */
export async function addDevices(ctx: StoreContext, listId: string, items: readonly NewDevice[], options: AddOptions = {}): Promise<AddResult> {
  const chunks = chunkItems(items, options.chunkChars ?? ADD_CHUNK_CHARS, options.chunkDevices ?? ADD_CHUNK_DEVICES);
  const saved: StoredDevice[] = [];
  let told = Date.now();
  let untold = false;
  for (const [i, chunk] of chunks.entries()) {
    const tell = i === chunks.length - 1 || Date.now() - told >= TELL_EVERY_MS;
    const result = await addChunk(ctx, listId, chunk, tell);
    if (!result.ok) {
      if (untold) ctx.bus.post(changeOf(listId));
      return { ok: false, error: result.error, saved };
    }
    if (tell) told = Date.now();
    untold = !tell;
    for (const d of result.value) saved.push(d);
    options.onProgress?.(saved.length, items.length, result.value);
  }
  return { ok: true, value: saved };
}

/**
 * Applies a patch to a stored record; undefined when the device is gone or in the trash.
 * `identifiersChanged` says whether its list's revision must go up (a registration status or a
 * model does not change what the duplicate check sees).
 */
async function patchOne(
  tx: WriteTx<['lists', 'devices']>,
  id: string,
  patch: DevicePatch,
  now: number,
): Promise<{ device: StoredDevice; identifiersChanged: boolean } | undefined> {
  const current = restoreDevice(await tx.objectStore('devices').get(id), now)?.value;
  if (!current || current.deletedAt !== undefined) return undefined;
  const next: Record<string, unknown> = { ...current, updatedAt: now };
  if (patch.device !== undefined) next.device = patch.device;
  if (patch.problems !== undefined) next.problems = patch.problems;
  if (patch.found === null) delete next.found;
  else if (patch.found !== undefined) next.found = patch.found;
  if (patch.sourceDetail !== undefined) next.sourceDetail = patch.sourceDetail;
  if (patch.registration === null) delete next.registration;
  else if (patch.registration !== undefined) next.registration = patch.registration;
  const restored = restoreDevice(next, now);
  if (!restored) return undefined;
  putDevice(tx, restored.value);
  return { device: restored.value, identifiersChanged: !sameIdentifiers(current, restored.value) };
}

export function updateDevice(ctx: StoreContext, id: string, patch: DevicePatch): Promise<Result<StoredDevice>> {
  let listId = '';
  return write(
    ctx,
    ['lists', 'devices'],
    async (tx) => {
      const now = ctx.now();
      const updated = await patchOne(tx, id, patch, now);
      if (!updated) throw new AbortWith(notFound('The device'));
      listId = updated.device.listId;
      await touchList(tx, listId, now, updated.identifiersChanged);
      return updated.device;
    },
    (device) => [{ type: 'devices-changed', listId, changed: [device.id] }, { type: 'lists-changed' }],
  );
}

export interface BulkUpdate {
  updated: StoredDevice[];
  /** Ids that are gone or in the trash (deleted in another tab meanwhile): skipped. */
  missing: string[];
}

/**
 * Many patches in one transaction, e.g. the per-device results of a Partner Center upload.
 * A device deleted meanwhile is skipped and named in `missing`, not a reason to lose the rest.
 */
export function updateDevices(ctx: StoreContext, updates: readonly { id: string; patch: DevicePatch }[]): Promise<Result<BulkUpdate>> {
  return write(
    ctx,
    ['lists', 'devices'],
    async (tx) => {
      const now = ctx.now();
      const result: BulkUpdate = { updated: [], missing: [] };
      const raise = new Map<string, boolean>();
      for (const { id, patch } of updates) {
        const updated = await patchOne(tx, id, patch, now);
        if (!updated) {
          result.missing.push(id);
          continue;
        }
        result.updated.push(updated.device);
        raise.set(updated.device.listId, (raise.get(updated.device.listId) ?? false) || updated.identifiersChanged);
      }
      for (const [listId, identifiersChanged] of raise) await touchList(tx, listId, now, identifiersChanged);
      return result;
    },
    (result) => [
      ...[...new Set(result.updated.map((d) => d.listId))].map((listId): ChangeMessage => ({ type: 'devices-changed', listId })),
      { type: 'lists-changed' },
    ],
  );
}

export function getDevice(ctx: StoreContext, id: string): Promise<Result<StoredDevice>> {
  return read(ctx, ['devices'], async (tx) => {
    const device = restoreDevice(await tx.objectStore('devices').get(id), ctx.now())?.value;
    if (!device) throw new AbortWith(notFound('The device'));
    return device;
  });
}

/** Every device of the list not in the trash, in the order added. */
export function getDevices(ctx: StoreContext, listId: string): Promise<Result<StoredDevice[]>> {
  return read(ctx, ['devices'], async (tx) =>
    restoreAll(await tx.objectStore('devices').index('byList').getAll(listRange(listId)), ctx.now()),
  );
}

export function countDevices(ctx: StoreContext, listId: string): Promise<Result<number>> {
  return read(ctx, ['devices'], (tx) => tx.objectStore('devices').index('byList').count(listRange(listId)));
}

export type PageRequest = { limit: number; offset?: number; afterKey?: DevicePageKey };

/**
 * One page of a list in added order. `afterKey` (the previous page's nextKey) is the fast way to
 * walk a 50,000-row list: it starts right after that row. `offset` jumps anywhere (a virtual
 * table scrolled to the middle) at the cost of skipping rows in the index.
 */
export function getDevicesPage(ctx: StoreContext, listId: string, page: PageRequest): Promise<Result<DevicePage>> {
  const limit = Math.max(1, Math.floor(page.limit));
  return read(ctx, ['devices'], async (tx) => {
    const index = tx.objectStore('devices').index('byList');
    let rows: unknown[];
    if (page.afterKey) {
      const [addedAt, id] = page.afterKey;
      const range = IDBKeyRange.bound([listId, 0, addedAt, id], [listId, 0, Infinity], true, false);
      rows = await index.getAll(range, limit);
    } else {
      // Not cursor.advance(offset): it walks the rows one by one (fake-indexeddb took minutes
      // for 40,000). The keys up to the offset come in one request, then one row gives the
      // index key to start the page from.
      const offset = Math.max(0, Math.floor(page.offset ?? 0));
      let from: IDBKeyRange = listRange(listId);
      if (offset > 0) {
        const ids = await index.getAllKeys(listRange(listId), offset + 1);
        const startId = ids[offset];
        const start = startId === undefined ? undefined : await tx.objectStore('devices').get(startId);
        if (!start) return { devices: [] };
        from = IDBKeyRange.bound([listId, 0, start.addedAt, start.id], [listId, 0, Infinity]);
      }
      rows = await index.getAll(from, limit);
    }
    const devices = restoreAll(rows, ctx.now());
    const last = devices[devices.length - 1];
    const result: DevicePage = { devices };
    if (last && rows.length === limit) result.nextKey = [last.addedAt, last.id];
    return result;
  });
}
