// Where a device's label photo is kept, and its removal with the device. Apart from evidence.ts
// so deleting a device (device-rows.ts, on the first screen's path) does not load the photo code.
import { unwrap } from 'idb';

const PREFIX = 'evidence:';

export function evidenceKey(deviceId: string): string {
  return `${PREFIX}${deviceId}`;
}

/** Deletes the device's photo in the caller's transaction (which must include the meta store). */
export function deleteEvidence(tx: object, deviceId: string): void {
  (unwrap(tx as never) as unknown as IDBTransaction).objectStore('meta').delete(evidenceKey(deviceId));
}
