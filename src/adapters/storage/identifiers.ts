// Finding a serial, PKID or hardware hash across every list, so a duplicate is caught even when
// it sits in last week's list. Devices in the trash, or in a trashed list, do not count.
import type { IdentifierField, IdentifierMatch } from './types';
import type { Result } from './errors';
import { read, type ReadTx, type StoreContext } from './context';
import { listRange } from './schema';
import { hashKey } from './hash-key';
import { restoreList } from './restore';
import type { DeviceList } from './types';

const INDEX = { serialNumber: 'bySerial', pkid: 'byPkid', hardwareHash: 'byHash' } as const;

/** The key an identifier has in its index: the value itself, or the digest for a hash. */
export function indexKey(field: IdentifierField, value: string): string {
  return field === 'hardwareHash' ? hashKey(value) : value;
}

export interface DuplicateQuery {
  excludeListId?: string;
  excludeDeviceId?: string;
}

export type AnyReadTx = ReadTx<['lists', 'devices']>;

export async function liveLists(tx: AnyReadTx, now: number): Promise<Map<string, DeviceList>> {
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
 * (`findElsewhere(field, value)`), built in one read from the indexes' keys alone: no device
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

  /** The first match, in the shape a `findElsewhere` callback returns. */
  findElsewhere = (field: IdentifierField, value: string): IdentifierMatch | undefined => this.find(field, value)[0];

  get size(): number {
    let n = 0;
    for (const map of Object.values(this.#entries)) n += map.size;
    return n;
  }
}

export function loadIdentifierIndex(ctx: StoreContext, excludeListId?: string): Promise<Result<IdentifierIndex>> {
  return read(ctx, ['lists', 'devices'], async (tx) => buildIdentifierIndex(tx, await liveLists(tx, ctx.now()), excludeListId));
}

/**
 * The index over the live devices of `lists`, read inside the caller's transaction (backup
 * import builds it in its readwrite transaction, so nothing can slip in between).
 */
export async function buildIdentifierIndex(
  tx: AnyReadTx,
  lists: ReadonlyMap<string, DeviceList>,
  excludeListId?: string,
): Promise<IdentifierIndex> {
  const devices = tx.objectStore('devices');
  // Which device is in which list: one getAllKeys per list over byList's live range.
  const owner = new Map<string, IdentifierMatch>();
  await Promise.all(
    [...lists.values()]
      .filter((list) => list.id !== excludeListId && list.deletedAt === undefined)
      .map(async (list) => {
        for (const id of await devices.index('byList').getAllKeys(listRange(list.id))) {
          owner.set(id, { deviceId: id, listId: list.id, listName: list.name });
        }
      }),
  );
  const entries = { serialNumber: new Map(), pkid: new Map(), hardwareHash: new Map() } as Record<
    IdentifierField,
    Map<string, IdentifierMatch[]>
  >;
  // Key cursors read the index keys and primary keys only, never the records.
  for (const field of Object.keys(INDEX) as IdentifierField[]) {
    const map = entries[field];
    for (let cursor = await devices.index(INDEX[field]).openKeyCursor(); cursor; cursor = await cursor.continue()) {
      const match = owner.get(cursor.primaryKey);
      if (!match) continue;
      const found = map.get(cursor.key);
      if (found) found.push(match);
      else map.set(cursor.key, [match]);
    }
  }
  return new IdentifierIndex(entries);
}
