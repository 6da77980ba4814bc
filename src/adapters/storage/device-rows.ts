// The one way a device is written or deleted: its row in `devices` and its row in `identifiers`
// change together, in the caller's transaction (which must include both stores). Requests are
// raw (no promise each): a failure aborts the transaction and surfaces through tx.done.
import { unwrap } from 'idb';
import { toDeviceRow, toIdentifierRow } from './schema';
import type { StoredDevice } from './types';

function raw(tx: object): IDBTransaction {
  return unwrap(tx as never) as unknown as IDBTransaction;
}

export function putDevice(tx: object, stored: StoredDevice): void {
  const t = raw(tx);
  const row = toDeviceRow(stored);
  t.objectStore('devices').put(row);
  t.objectStore('identifiers').put(toIdentifierRow(row));
}

export function deleteDevice(tx: object, id: string): void {
  const t = raw(tx);
  t.objectStore('devices').delete(id);
  t.objectStore('identifiers').delete(id);
}
