import { describe, expect, it } from 'vitest';
import { newDevices, useTestStores, value } from '../adapters/storage/test-data';
import { createApp, type AppEvent } from './index';

const setup = useTestStores();
const jpeg = () => new Blob([Uint8Array.of(0xff, 0xd8, 0xff, 0xd9)], { type: 'image/jpeg' });

describe('EvidenceService', () => {
  it('keeps a photo for the device the scan went to and announces it', async () => {
    const { store } = await setup();
    const app = createApp(store);
    const events: AppEvent[] = [];
    app.events.on('evidence-saved', (e) => events.push(e));
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    const [d] = value(await store.addDevices(list.id, newDevices(1)));
    expect(value(await app.evidence.keep(list.id, d!.id, jpeg()))).toEqual({ deviceId: d!.id, bytes: 4 });
    expect(events).toEqual([{ type: 'evidence-saved', listId: list.id, deviceId: d!.id }]);
    expect((await app.evidence.get(d!.id)).ok).toBe(true);
    expect([...value(await app.evidence.which([d!.id]))]).toEqual([d!.id]);
  });

  it('announces nothing when the photo was not kept (the device is gone)', async () => {
    const { store } = await setup();
    const app = createApp(store);
    const events: AppEvent[] = [];
    app.events.on('evidence-saved', (e) => events.push(e));
    const list = value(await store.createList({ name: 'A', customerName: 'Alpha' }));
    expect(await app.evidence.keep(list.id, 'd-gone', jpeg())).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(events).toEqual([]);
  });

  it('goes when "Undo last code" deletes the device its only code made', async () => {
    const { store } = await setup();
    const app = createApp(store);
    const list = value(await store.createList({ name: 'B', customerName: 'Beta' }));
    const fb = await app.box.scanCode(list.id, { text: '3258464371455' }, { source: 'scan' });
    if (fb.kind !== 'taken') throw new Error(`expected taken, got ${fb.kind}`);
    value(await app.evidence.keep(list.id, fb.deviceId, jpeg()));
    expect(value(await app.evidence.get(fb.deviceId))).toBeInstanceOf(Blob);
    expect(await app.box.undo(list.id)).toMatchObject({ ok: true });
    expect(value(await store.getDevices(list.id))).toEqual([]);
    expect(value(await app.evidence.get(fb.deviceId))).toBeUndefined();
  });
});
