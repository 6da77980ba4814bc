// What every concern module (lists.ts, devices.ts …) gets from the store, and the two ways they
// touch the database: `read` and `write`. `write` is where "saved means committed" lives: its
// promise settles only after the transaction's complete event (tx.done), with strict durability
// so a confirmed device survives the browser being killed, not just the tab.
import { unwrap, type IDBPTransaction, type StoreNames } from 'idb';
import type { BoxpilotDB } from './schema';
import type { Database } from './connection';
import type { ChangeBus } from './broadcast';
import type { ChangeMessage } from './types';
import { ok, toStorageError, type Result, type StorageError } from './errors';

export interface StoreContext {
  /** The open connection, or why there is none (closed for another tab's upgrade). */
  connection(): Result<Database>;
  now(): number;
  bus: ChangeBus;
}

type Names = StoreNames<BoxpilotDB>[];
export type ReadTx<S extends Names> = IDBPTransaction<BoxpilotDB, S, 'readonly'>;
export type WriteTx<S extends Names> = IDBPTransaction<BoxpilotDB, S, 'readwrite'>;

/** Thrown inside a write body to abort the transaction and return this error as the result. */
export class AbortWith extends Error {
  constructor(readonly storageError: StorageError) {
    super(storageError.message);
  }
}

function asError(e: unknown): StorageError {
  return e instanceof AbortWith ? e.storageError : toStorageError(e);
}

export async function read<S extends Names, T>(
  ctx: StoreContext,
  stores: S,
  body: (tx: ReadTx<S>) => Promise<T>,
): Promise<Result<T>> {
  const connection = ctx.connection();
  if (!connection.ok) return connection;
  try {
    const tx = connection.value.transaction(stores, 'readonly');
    const value = await body(tx);
    return ok(value);
  } catch (e) {
    return { ok: false, error: asError(e) };
  }
}

/**
 * Runs `body` in one readwrite transaction. Any throw (AbortWith, a QuotaExceededError from put,
 * a bug) aborts the whole transaction, so stored data is never half-changed. Bulk writes should
 * use `putRaw`/`deleteRaw`: no promise per request, and their failures surface through tx.done.
 */
export async function write<S extends Names, T>(
  ctx: StoreContext,
  stores: S,
  body: (tx: WriteTx<S>) => Promise<T>,
  changes: (value: T) => ChangeMessage[],
): Promise<Result<T>> {
  const connection = ctx.connection();
  if (!connection.ok) return connection;
  let tx: WriteTx<S> | undefined;
  try {
    tx = connection.value.transaction(stores, 'readwrite', { durability: 'strict' });
    const value = await body(tx);
    await tx.done;
    ctx.bus.post(changes(value));
    return ok(value);
  } catch (e) {
    if (tx) {
      try {
        tx.abort();
      } catch {
        // already aborted or finished
      }
      await tx.done.catch(() => undefined);
    }
    return { ok: false, error: asError(e) };
  }
}

type AnyStore = { put(value: unknown): unknown; delete(key: IDBValidKey): unknown };

/** A put without a promise: its failure aborts the transaction and rejects tx.done. */
export function putRaw(store: object, value: unknown): void {
  (unwrap(store as never) as unknown as AnyStore).put(value);
}

export function deleteRaw(store: object, key: IDBValidKey): void {
  (unwrap(store as never) as unknown as AnyStore).delete(key);
}
