// Finding a serial, PKID or hardware hash across every list, so a duplicate is caught even when
// it sits in last week's list. Devices in the trash, or in a trashed list, do not count.
import type { IdentifierField, IdentifierMatch } from './types';
import type { Result } from './errors';
import { read, type ReadTx, type StoreContext } from './context';
import type { IdentifierRow } from './schema';
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
 * A synchronous lookup over every stored identifier, for the core's validateDevices
 * (`findElsewhere(field, value)`), built from one getAll of the small identifier rows: no device
 * record (and no 4 KB hash) is read. Hashes are looked up by digest, so a match is "same digest",
 * which is a different hash about once in 10^15 pairs: acceptable for a duplicate warning.
 */
export class IdentifierIndex {
  readonly #entries: Record<IdentifierField, Map<string, IdentifierMatch[]>>;

  constructor(entries: Record<IdentifierField, Map<string, IdentifierMatch[]>>) {
    this.#entries = entries;
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

export function loadIdentifierIndex(ctx: StoreContext, excludeListId?: string): Promise<Result<IdentifierIndex>> {
  return read(ctx, ['lists', 'identifiers'], async (tx) => {
    const lists = new Map<string, DeviceList>();
    for (const raw of await tx.objectStore('lists').getAll()) {
      const list = restoreList(raw, ctx.now());
      if (list && list.deletedAt === undefined) lists.set(list.id, list);
    }
    return identifierIndex(await tx.objectStore('identifiers').getAll(), lists, excludeListId);
  });
}

/** The index over the live devices of the live `lists` (backup import builds it in its own transaction). */
export function identifierIndex(
  rows: readonly IdentifierRow[],
  lists: ReadonlyMap<string, DeviceList>,
  excludeListId?: string,
): IdentifierIndex {
  const entries: Record<IdentifierField, Map<string, IdentifierMatch[]>> = {
    serialNumber: new Map(),
    pkid: new Map(),
    hardwareHash: new Map(),
  };
  const add = (field: IdentifierField, key: string | undefined, match: IdentifierMatch) => {
    if (!key) return;
    const found = entries[field].get(key);
    if (found) found.push(match);
    else entries[field].set(key, [match]);
  };
  for (const row of rows) {
    const list = lists.get(row.listId);
    if (row.trashed || !list || list.deletedAt !== undefined || row.listId === excludeListId) continue;
    const match: IdentifierMatch = { deviceId: row.id, listId: row.listId, listName: list.name };
    add('serialNumber', row.serialNumber, match);
    add('pkid', row.pkid, match);
    add('hardwareHash', row.hashKey, match);
  }
  return new IdentifierIndex(entries);
}
