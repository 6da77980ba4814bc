// The one way a device is written or deleted, in the caller's transaction: one request on the
// devices store, nothing else per device (the list's revision, raised once per transaction by
// the caller, is what keeps the identifier caches honest). Requests are raw (no promise each):
// a failure aborts the transaction and surfaces through tx.done.
import { unwrap } from 'idb';
import { toDeviceRow } from './schema';
import type { StoredDevice } from './types';
import { deleteEvidence } from './evidence-key';

function raw(tx: object): IDBTransaction {
  return unwrap(tx as never) as unknown as IDBTransaction;
}

export function putDevice(tx: object, stored: StoredDevice): void {
  raw(tx).objectStore('devices').put(toDeviceRow(stored));
}

/** Deleting for good takes the device's label photo with it: the transaction must include meta. */
export function deleteDevice(tx: object, id: string): void {
  raw(tx).objectStore('devices').delete(id);
  deleteEvidence(tx, id);
}
