// A small JPEG of a device's label, kept (only when the technician turned it on) as evidence for
// a later dispute such as error 808 "registered to another organisation". Meta store key
// `evidence:<deviceId>`; one photo per device (a newer one replaces it); deleted whenever the
// device itself is deleted for good (deleteDevice in device-rows.ts), never sent anywhere.
import { evidenceKey } from './evidence-key';
import { fail, type Result } from './errors';
import { notFound } from './errors';
import { AbortWith, read, write, type StoreContext } from './context';
import { restoreDevice } from './restore';

/** A 640-px JPEG at quality 0.6 is 30–80 KB; anything far larger is not what the camera made. */
export const MAX_EVIDENCE_BYTES = 512 * 1024;


/** Stores the photo only for a device that exists and is not in the trash (same transaction). */
export async function putEvidence(ctx: StoreContext, deviceId: string, photo: Blob): Promise<Result<{ deviceId: string; bytes: number }>> {
  if (photo.type !== 'image/jpeg' || photo.size === 0 || photo.size > MAX_EVIDENCE_BYTES)
    return fail('unknown', 'The label photo was not a small JPEG image, so it was not kept. Scan the label again.');
  return write(
    ctx,
    ['devices', 'meta'],
    async (tx) => {
      const device = restoreDevice(await tx.objectStore('devices').get(deviceId), ctx.now())?.value;
      if (!device || device.deletedAt !== undefined) throw new AbortWith(notFound('The device'));
      await tx.objectStore('meta').put({ key: evidenceKey(deviceId), value: photo });
      return { deviceId, bytes: photo.size, listId: device.listId };
    },
    (saved) => [{ type: 'devices-changed', listId: saved.listId, changed: [deviceId] }],
  ).then((r) => (r.ok ? { ok: true, value: { deviceId: r.value.deviceId, bytes: r.value.bytes } } : r));
}

/** The device's photo, or undefined when it has none. */
export function getEvidence(ctx: StoreContext, deviceId: string): Promise<Result<Blob | undefined>> {
  return read(ctx, ['meta'], async (tx) => {
    const stored = (await tx.objectStore('meta').get(evidenceKey(deviceId)))?.value;
    return stored instanceof Blob ? stored : undefined;
  });
}

/** Which of these devices have a photo (one key read each, no Blob loaded). */
export function devicesWithEvidence(ctx: StoreContext, deviceIds: readonly string[]): Promise<Result<Set<string>>> {
  return read(ctx, ['meta'], async (tx) => {
    const meta = tx.objectStore('meta');
    const found = await Promise.all(deviceIds.map(async (id) => ((await meta.getKey(evidenceKey(id))) !== undefined ? id : undefined)));
    return new Set(found.filter((id): id is string => id !== undefined));
  });
}
