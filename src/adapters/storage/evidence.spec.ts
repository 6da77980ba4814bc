import { describe, expect, it } from 'vitest';
import { newDevices, value, useTestStores } from './test-data';

const setup = useTestStores();
const jpeg = (bytes = 64) => new Blob([Uint8Array.of(0xff, 0xd8, 0xff, 0xe0), new Uint8Array(bytes)], { type: 'image/jpeg' });

async function fixture() {
  const { store, clock, factory, name } = await setup();
  const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
  const [a, b] = value(await store.addDevices(list.id, newDevices(2)));
  return { store, clock, list, a: a!, b: b!, factory, name };
}

async function bytes(blob: Blob | undefined): Promise<number[]> {
  return [...new Uint8Array(await blob!.arrayBuffer())].slice(0, 2);
}

describe('evidence: a label photo kept with a device', () => {
  it('stores a JPEG for a device, reads it back, and a newer one replaces it', async () => {
    const { store, a, b } = await fixture();
    expect(value(await store.getEvidence(a.id))).toBeUndefined();
    expect(value(await store.putEvidence(a.id, jpeg(10)))).toEqual({ deviceId: a.id, bytes: 14 });
    const back = value(await store.getEvidence(a.id));
    expect(back).toBeInstanceOf(Blob);
    expect(back!.type).toBe('image/jpeg');
    expect(await bytes(back)).toEqual([0xff, 0xd8]);
    value(await store.putEvidence(a.id, jpeg(100)));
    expect(value(await store.getEvidence(a.id))!.size).toBe(104);
    expect([...value(await store.devicesWithEvidence([a.id, b.id, 'unknown']))]).toEqual([a.id]);
  });

  it('refuses what is not a small JPEG, and a device that is unknown or in the trash', async () => {
    const { store, a, b } = await fixture();
    expect((await store.putEvidence(a.id, new Blob(['x'], { type: 'image/png' }))).ok).toBe(false);
    expect((await store.putEvidence(a.id, jpeg(600 * 1024))).ok).toBe(false);
    expect(await store.putEvidence('d-unknown', jpeg())).toMatchObject({ ok: false, error: { code: 'not-found' } });
    value(await store.trashDevices([b.id]));
    expect(await store.putEvidence(b.id, jpeg())).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(value(await store.devicesWithEvidence([a.id, b.id])).size).toBe(0);
  });

  it('stays while the device is in the trash (restorable), goes when the trash is emptied', async () => {
    const { store, a, b } = await fixture();
    value(await store.putEvidence(a.id, jpeg()));
    value(await store.putEvidence(b.id, jpeg()));
    value(await store.trashDevices([a.id]));
    expect(value(await store.getEvidence(a.id))).toBeInstanceOf(Blob);
    value(await store.emptyTrash('all'));
    expect(value(await store.getEvidence(a.id))).toBeUndefined();
    expect(value(await store.getEvidence(b.id))).toBeInstanceOf(Blob);
  });

  it('goes with a trashed list when the trash is purged by age', async () => {
    const { store, clock, list, a } = await fixture();
    value(await store.putEvidence(a.id, jpeg()));
    value(await store.trashList(list.id));
    clock.advance(31 * 24 * 60 * 60 * 1000);
    expect(value(await store.purgeTrashIfDue())).toEqual({ lists: 1, devices: 2 });
    expect(value(await store.getEvidence(a.id))).toBeUndefined();
  });

});
