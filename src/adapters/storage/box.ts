// The open box of each list, kept in the meta store under `box:<listId>` and written in the SAME
// transaction as the device it fills, so after a crash the box and its device always agree.
// Not on the list record: copying a list must not copy its open box (the copy's devices get new
// ids), and the many writes that touch a list record never need to carry it.
//
// The duplicate check runs inside the write: two tabs typing the same serial at the same moment
// are serialised by IndexedDB, and the second one finds the first's device and gets the question.
import { restoreBoxState, type BoxState, type Device, type Problem } from '../../core';
import type { ChangeMessage, DeviceSource, IdentifierField, IdentifierMatch, StoredDevice } from './types';
import { notFound, type Result, type StorageError } from './errors';
import { AbortWith, read, write, type WriteTx } from './context';
import type { StoreContext } from './context';
import { deleteDevice, putDevice } from './device-rows';
import { putList } from './list-rows';
import { restoreDevice, restoreList } from './restore';
import { indexKey } from './identifiers';
import type { DeviceList } from './types';

const keyOf = (listId: string): string => `box:${listId}`;

/** The device a box change writes: a new one (with the id the app chose) or an existing one. */
export interface BoxDeviceWrite {
  id: string;
  device: Device;
  problems: Problem[];
  /** For a new device. */
  source?: DeviceSource;
  sourceDetail?: string;
}

export interface BoxChange {
  /** The version the change was planned on; another tab's change in between aborts it ('box-changed'). */
  expectVersion: number;
  /** The box state after the change (its version is raised by the store). */
  state: BoxState;
  /** Devices created or changed (at most a few: the box's, a closed box's). */
  devices?: BoxDeviceWrite[];
  /** Devices removed by the change ("Undo last code" on a code that was a device's only one). */
  remove?: string[];
  /**
   * Identifier values that must not exist on any other live device (this list or another)
   * unless forced: checked inside the transaction. `except` is the device being filled.
   */
  unique?: { field: IdentifierField; value: string; except?: string }[];
}

export type BoxWriteError = StorageError | { code: 'duplicate'; message: string; matches: (IdentifierMatch & { field: IdentifierField; value: string })[] } | { code: 'box-changed'; message: string };

export type BoxWriteResult = { ok: true; state: BoxState; devices: StoredDevice[]; removed: string[] } | { ok: false; error: BoxWriteError };

const INDEX = { serialNumber: 'bySerial', pkid: 'byPkid', hardwareHash: 'byHash' } as const;

type Tx = WriteTx<['lists', 'devices', 'meta']>;

async function duplicates(tx: Tx, unique: NonNullable<BoxChange['unique']>, now: number): Promise<(IdentifierMatch & { field: IdentifierField; value: string })[]> {
  const found: (IdentifierMatch & { field: IdentifierField; value: string })[] = [];
  const names = new Map<string, DeviceList | null>();
  for (const { field, value, except } of unique) {
    if (!value) continue;
    const rows = await tx.objectStore('devices').index(INDEX[field]).getAll(indexKey(field, value));
    for (const row of rows) {
      if (row.id === except || row.deletedAt !== undefined || row.device?.[field] !== value) continue;
      if (!names.has(row.listId)) names.set(row.listId, restoreList(await tx.objectStore('lists').get(row.listId), now));
      const list = names.get(row.listId);
      if (!list || list.deletedAt !== undefined) continue;
      found.push({ field, value, deviceId: row.id, listId: row.listId, listName: list.name });
    }
  }
  return found;
}

class Raced extends Error {}
class Duplicate extends Error {
  constructor(readonly matches: (IdentifierMatch & { field: IdentifierField; value: string })[]) {
    super('duplicate');
  }
}

/** The list's open box, or undefined when none was stored yet. */
export function getBoxState(ctx: StoreContext, listId: string): Promise<Result<BoxState | undefined>> {
  return read(ctx, ['meta'], async (tx) => restoreBoxState((await tx.objectStore('meta').get(keyOf(listId)))?.value, ctx.now()));
}

/**
 * Carries out one change of a list's box: checks the version and the duplicates, writes the
 * devices and the box state, raises the list's revision, and resolves only once committed
 * (strict durability: a code shown as added survives a killed browser).
 */
export async function commitBox(ctx: StoreContext, listId: string, change: BoxChange): Promise<BoxWriteResult> {
  let raced = false;
  let dupes: Duplicate['matches'] | undefined;
  const result = await write(
    ctx,
    ['lists', 'devices', 'meta'],
    async (tx) => {
      const now = ctx.now();
      const lists = tx.objectStore('lists');
      const rawList = await lists.get(listId);
      const list = restoreList(rawList, now);
      if (!list || list.deletedAt !== undefined) throw new AbortWith(notFound('The device list'));
      const meta = tx.objectStore('meta');
      const current = restoreBoxState((await meta.get(keyOf(listId)))?.value, now);
      if ((current?.version ?? 0) !== change.expectVersion) {
        raced = true;
        throw new Raced();
      }
      if (change.unique?.length) {
        const found = await duplicates(tx, change.unique, now);
        if (found.length > 0) {
          dupes = found;
          throw new Duplicate(found);
        }
      }
      const written: StoredDevice[] = [];
      const store = tx.objectStore('devices');
      for (const d of change.devices ?? []) {
        const existing = restoreDevice(await store.get(d.id), now)?.value;
        if (existing && (existing.deletedAt !== undefined || existing.listId !== listId)) throw new AbortWith(notFound('The device'));
        const next = existing
          ? { ...existing, device: d.device, problems: d.problems, updatedAt: now }
          : { id: d.id, listId, device: d.device, problems: d.problems, source: d.source ?? 'typed', ...(d.sourceDetail ? { sourceDetail: d.sourceDetail } : {}), addedAt: now, updatedAt: now };
        const restored = restoreDevice(next, now);
        if (!restored) continue;
        putDevice(tx, restored.value);
        written.push(restored.value);
      }
      // Undo of a device's only code: deleted for good, its label photo with it.
      for (const id of change.remove ?? []) deleteDevice(tx, id);
      const state: BoxState = { ...change.state, version: change.expectVersion + 1 };
      await meta.put({ key: keyOf(listId), value: state });
      putList(lists, { ...list, updatedAt: now }, rawList, 1);
      return { state, devices: written, removed: change.remove ?? [] };
    },
    (value): ChangeMessage[] => [{ type: 'devices-changed', listId, changed: value.devices.map((d) => d.id), removed: value.removed }, { type: 'lists-changed' }],
  );
  if (result.ok) return { ok: true, ...result.value };
  if (raced) return { ok: false, error: { code: 'box-changed', message: 'The box was changed in another tab at the same moment.' } };
  if (dupes) return { ok: false, error: { code: 'duplicate', message: 'Already stored.', matches: dupes } };
  return { ok: false, error: result.error };
}
