// Deleting is undoable: lists and devices get `deletedAt` and disappear from every view and
// duplicate check; restoreFromTrash clears it. Only emptyTrash deletes, by hand or (on open)
// for what has been in the trash longer than TRASH_DAYS (at most once a day, after the app has
// painted: see purgeTrashIfDue and openStore).
import type { ChangeMessage, DeviceList, StoredDevice, TrashContents } from './types';
import type { Result } from './errors';
import { notFound } from './errors';
import { AbortWith, deleteRaw, putRaw, read, write, type StoreContext, type WriteTx } from './context';
import { ok } from './errors';
import { listRange } from './schema';
import { deleteDevice, putDevice } from './device-rows';
import { putList, raiseRevision } from './list-rows';
import { restoreDevice, restoreList } from './restore';
import { countsFor } from './lists';

export const TRASH_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;
/** The automatic purge runs at most this often (emptying by hand is not limited). */
export const PURGE_EVERY_MS = DAY;

export function trashList(ctx: StoreContext, id: string): Promise<Result<DeviceList>> {
  return write(
    ctx,
    ['lists'],
    async (tx) => {
      const now = ctx.now();
      const raw = await tx.objectStore('lists').get(id);
      const list = restoreList(raw, now);
      if (!list || list.deletedAt !== undefined) throw new AbortWith(notFound('The list'));
      const trashed = { ...list, deletedAt: now };
      // Its devices are unchanged (a trashed list is skipped as a whole): same revision.
      putList(tx.objectStore('lists'), trashed, raw);
      return trashed;
    },
    (list) => [{ type: 'lists-changed' }, { type: 'devices-changed', listId: list.id }],
  );
}

/**
 * Moves devices to the trash; ids that are unknown or already trashed are skipped. Their lists'
 * revisions go up (their updatedAt does not: nothing was added or edited).
 */
export function trashDevices(ctx: StoreContext, ids: readonly string[]): Promise<Result<StoredDevice[]>> {
  return write(
    ctx,
    ['lists', 'devices'],
    async (tx) => {
      const now = ctx.now();
      const store = tx.objectStore('devices');
      const rows = await Promise.all([...new Set(ids)].map((id) => store.get(id)));
      const trashed: StoredDevice[] = [];
      for (const row of rows) {
        const device = restoreDevice(row, now)?.value;
        if (!device || device.deletedAt !== undefined) continue;
        const next = { ...device, deletedAt: now };
        putDevice(tx, next);
        trashed.push(next);
      }
      for (const listId of new Set(trashed.map((d) => d.listId))) await raiseRevision(tx.objectStore('lists'), listId, now);
      return trashed;
    },
    (trashed) => changedLists(trashed),
  );
}

function changedLists(devices: readonly StoredDevice[]): ChangeMessage[] {
  const listIds = new Set(devices.map((d) => d.listId));
  return [{ type: 'lists-changed' }, ...[...listIds].map((listId): ChangeMessage => ({ type: 'devices-changed', listId }))];
}

export interface RestoreRequest {
  lists?: readonly string[];
  devices?: readonly string[];
}

/**
 * Takes lists and devices out of the trash. A device whose list is in the trash brings its list
 * back too, or it would stay invisible; one whose list was purged cannot come back (not-found).
 */
export function restoreFromTrash(ctx: StoreContext, request: RestoreRequest): Promise<Result<{ lists: number; devices: number }>> {
  const touched = new Set<string>();
  return write(
    ctx,
    ['lists', 'devices'],
    async (tx) => {
      const now = ctx.now();
      const lists = tx.objectStore('lists');
      const devices = tx.objectStore('devices');
      const restoredLists = new Set<string>();
      const revised = new Set<string>();
      const untrashList = async (id: string, required: boolean) => {
        const raw = await lists.get(id);
        const list = restoreList(raw, now);
        if (!list) {
          if (required) throw new AbortWith(notFound('The list'));
          return;
        }
        if (list.deletedAt === undefined) return;
        const { deletedAt: _gone, ...back } = list;
        putList(lists, { ...back, updatedAt: now }, raw);
        restoredLists.add(id);
        touched.add(id);
      };
      for (const id of request.lists ?? []) await untrashList(id, true);
      let deviceCount = 0;
      for (const id of request.devices ?? []) {
        const device = restoreDevice(await devices.get(id), now)?.value;
        if (!device) throw new AbortWith(notFound('The device'));
        if (device.deletedAt === undefined) continue;
        await untrashList(device.listId, true);
        const { deletedAt: _gone, ...back } = device;
        putDevice(tx, { ...back, updatedAt: now });
        touched.add(device.listId);
        revised.add(device.listId);
        deviceCount++;
      }
      // After the lists: a list restored above was written with its old revision.
      for (const listId of revised) await raiseRevision(lists, listId, now);
      return { lists: restoredLists.size, devices: deviceCount };
    },
    () => [{ type: 'lists-changed' }, ...[...touched].map((listId): ChangeMessage => ({ type: 'devices-changed', listId }))],
  );
}

export function listTrash(ctx: StoreContext): Promise<Result<TrashContents>> {
  return read(ctx, ['lists', 'devices'], async (tx) => {
    const now = ctx.now();
    const lists = (await tx.objectStore('lists').index('byDeleted').getAll())
      .map((raw) => restoreList(raw, now))
      .filter((l): l is DeviceList => l !== null)
      .sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
    const summaries = await Promise.all(lists.map(async (list) => ({ ...list, counts: await countsFor(tx, list.id) })));
    const trashedListIds = new Set(lists.map((l) => l.id));
    const devices: StoredDevice[] = [];
    for (const raw of await tx.objectStore('devices').index('byDeleted').getAll()) {
      const device = restoreDevice(raw, now)?.value;
      if (device && !trashedListIds.has(device.listId)) devices.push(device);
    }
    devices.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
    return { lists: summaries, devices };
  });
}

export type EmptyTrashRequest = { olderThanDays: number } | 'all';

/** Deletes for good; a trashed list takes all its devices with it. */
export function emptyTrash(ctx: StoreContext, request: EmptyTrashRequest): Promise<Result<{ lists: number; devices: number }>> {
  const touched = new Set<string>();
  return write(
    ctx,
    ['lists', 'devices', 'identifierCache', 'meta'],
    async (tx) => {
      const now = ctx.now();
      const range = request === 'all' ? undefined : IDBKeyRange.upperBound(now - request.olderThanDays * DAY);
      const lists = tx.objectStore('lists');
      const devices = tx.objectStore('devices');
      const listIds = await lists.index('byDeleted').getAllKeys(range);
      let deviceCount = 0;
      for (const listId of listIds) {
        deviceCount += await deleteListDevices(tx, listId);
        deleteRaw(lists, listId);
        deleteRaw(tx.objectStore('identifierCache'), listId);
        touched.add(listId);
      }
      // Devices trashed one by one: not in any identifier cache (those hold live devices only),
      // so their lists' revisions stay as they are.
      for (let cursor = await devices.index('byDeleted').openKeyCursor(range); cursor; cursor = await cursor.continue()) {
        deleteDevice(tx, cursor.primaryKey);
        deviceCount++;
      }
      putRaw(tx.objectStore('meta'), { key: 'lastTrashPurge', value: now });
      return { lists: listIds.length, devices: deviceCount };
    },
    (n) => (n.lists + n.devices === 0 ? [] : [{ type: 'lists-changed' }, ...[...touched].map((listId): ChangeMessage => ({ type: 'devices-changed', listId }))]),
  );
}

/** Every device of the list, trashed or not. */
async function deleteListDevices(tx: WriteTx<['lists', 'devices', 'identifierCache', 'meta']>, listId: string): Promise<number> {
  const store = tx.objectStore('devices');
  let n = 0;
  for (const trashed of [0, 1] as const) {
    for (const key of await store.index('byList').getAllKeys(listRange(listId, trashed))) {
      deleteDevice(tx, key);
      n++;
    }
  }
  return n;
}

/**
 * The automatic purge: what has been in the trash longer than TRASH_DAYS, at most once per
 * PURGE_EVERY_MS. The purge is a read-write transaction with strict durability that deletes
 * every expired row; the check is one small read. With an empty trash it took 0.4 ms on a
 * 50,000-device database (bench/list), but a trash of thousands of devices takes far longer, and
 * it must never stand between the technician and the first rows.
 */
export async function purgeTrashIfDue(ctx: StoreContext): Promise<Result<{ lists: number; devices: number } | 'not-due'>> {
  const last = await read(ctx, ['meta'], async (tx) => (await tx.objectStore('meta').get('lastTrashPurge'))?.value);
  if (!last.ok) return last;
  const now = ctx.now();
  // A time in the future (the clock was wrong then) does not postpone the purge for ever.
  if (typeof last.value === 'number' && last.value <= now && now - last.value < PURGE_EVERY_MS) return ok('not-due');
  return emptyTrash(ctx, { olderThanDays: TRASH_DAYS });
}
