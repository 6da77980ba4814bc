import { describe, expect, it } from 'vitest';
import { useTestStores, value } from '../adapters/storage/test-data';
import { createApp, type AppEvent } from './index';

const setup = useTestStores();

// PKIDs that are NOT valid EAN-13 numbers (no question) and one that is (asked about).
const PKID_A = '3258464371455';
const PKID_B = '3258464371456';
const PKID_C = '3258464371457';
const PKID_D = '3258464371459';
const PKID_EAN = '4006381333931'; // a valid GS1 check digit: "PKID or EAN?"

async function fixture() {
  const { store, factory, name } = await setup();
  const events: AppEvent[] = [];
  const app = createApp(store);
  for (const type of ['devices-saved', 'devices-removed', 'box-changed'] as const) app.events.on(type, (e) => events.push(e));
  const list = value(await store.createList({ name: 'Acme', customerName: 'Acme AB' }));
  const scan = (text: string, symbology?: string) => app.box.scanCode(list.id, { text, ...(symbology ? { symbology } : {}) }, { source: 'typed' });
  const devices = async () => value(await store.getDevices(list.id)).map((d) => d.device);
  return { app, store, list, scan, devices, events, factory, name };
}

describe('BoxService: the open box is a stored device from its first code', () => {
  it('stores the first code as a device at once, and marks it as the open box', async () => {
    const { app, list, scan, devices, events } = await fixture();
    const fb = await scan(PKID_A);
    expect(fb).toMatchObject({ kind: 'taken', fields: ['pkid'] });
    expect(await devices()).toEqual([{ pkid: PKID_A }]);
    const state = await app.box.state(list.id);
    expect(state.box.deviceId).toBeDefined();
    expect(events.map((e) => e.type)).toEqual(['devices-saved', 'box-changed']);
  });

  it('PKIDs typed one after another are each a device (a second PKID closes the box)', async () => {
    const { scan, devices } = await fixture();
    for (const p of [PKID_A, PKID_B, PKID_C]) await scan(p);
    const last = await scan(PKID_D);
    expect(last.kind).toBe('box-closed');
    expect(await devices()).toEqual([{ pkid: PKID_A }, { pkid: PKID_B }, { pkid: PKID_C }, { pkid: PKID_D }]);
  });

  it('one Dell box in any order stays one device: manufacturer and model join a box that has serial and PKID', async () => {
    const codes = [PKID_A, '7XK2QH3', 'Dell Inc.', 'Latitude 5440'];
    for (const order of [codes, [...codes].reverse(), [codes[1]!, codes[3]!, codes[0]!, codes[2]!]]) {
      const { scan, devices } = await fixture();
      for (const c of order) expect((await scan(c)).kind).toBe('taken');
      expect(await devices()).toEqual([{ pkid: PKID_A, serialNumber: '7XK2QH3', manufacturer: 'Dell Inc.', model: 'Latitude 5440' }]);
    }
  });

  it('the box stays open across a new app over the same database (a reload)', async () => {
    const { list, scan, factory, name } = await fixture();
    await scan('7XK2QH3');
    const other = await setup({ factory, name });
    const reloaded = createApp(other.store);
    expect((await reloaded.box.scanCode(list.id, { text: PKID_A }, { source: 'typed' })).kind).toBe('taken');
    expect(value(await other.store.getDevices(list.id)).map((d) => d.device)).toEqual([{ serialNumber: '7XK2QH3', pkid: PKID_A }]);
  });

  it('"Next box" closes the box; the next code starts a new device', async () => {
    const { app, list, scan, devices } = await fixture();
    await scan(PKID_A);
    expect(await app.box.nextBox(list.id)).toMatchObject({ ok: true, closed: { pkid: PKID_A } });
    await scan('7XK2QH3');
    expect(await devices()).toEqual([{ pkid: PKID_A }, { serialNumber: '7XK2QH3' }]);
  });
});

describe('BoxService: questions never drop a value', () => {
  it('a "PKID or EAN?" waits, scanning goes on, and the answer fills the box it was asked for', async () => {
    const { app, list, scan, devices } = await fixture();
    const asked = await scan(PKID_EAN);
    expect(asked.kind).toBe('question');
    await scan('7XK2QH3');
    const state = await app.box.state(list.id);
    expect(state.questions).toHaveLength(1);
    const q = state.questions[0]!;
    expect((await app.box.choose(list.id, q.id, { kind: 'pkid', value: PKID_EAN })).kind).toBe('taken');
    expect(await devices()).toEqual([{ serialNumber: '7XK2QH3', pkid: PKID_EAN }]);
    expect((await app.box.state(list.id)).questions).toEqual([]);
  });

  it('an answer to a question already answered (another tab, a second tap) says so and changes nothing', async () => {
    const { app, list, scan, devices, factory, name } = await fixture();
    await scan(PKID_EAN);
    const q = (await app.box.state(list.id)).questions[0]!;
    const other = createApp((await setup({ factory, name })).store);
    expect((await other.box.choose(list.id, q.id, { kind: 'pkid', value: PKID_EAN })).kind).toBe('taken');
    expect(await app.box.choose(list.id, q.id, { kind: 'gtin', value: PKID_EAN })).toEqual({ kind: 'answered-elsewhere' });
    expect(await app.box.addAnyway(list.id, q.id)).toEqual({ kind: 'answered-elsewhere' });
    expect(await devices()).toEqual([{ pkid: PKID_EAN }]);
  });

  it('once the box has its PKID, a waiting valid-EAN code is settled as its EAN', async () => {
    const { app, list, scan, devices } = await fixture();
    await scan(PKID_EAN);
    const taken = await scan(PKID_A);
    expect(taken).toMatchObject({ kind: 'taken', settled: [{ kind: 'gtin', value: PKID_EAN }] });
    expect((await app.box.state(list.id)).questions).toEqual([]);
    expect(await devices()).toEqual([{ pkid: PKID_A }]);
  });

  it('an answer that comes after its box closed goes onto that box device', async () => {
    const { app, list, scan, devices, store } = await fixture();
    await scan('7XK2QH3');
    await scan(PKID_EAN); // asked
    await scan('8YL3RJ4'); // next box
    const q = (await app.box.state(list.id)).questions[0]!;
    const first = value(await store.getDevices(list.id))[0]!;
    expect(q.target).toEqual({ device: first.id });
    expect(await app.box.choose(list.id, q.id, { kind: 'pkid', value: PKID_EAN })).toMatchObject({ kind: 'taken-elsewhere', deviceId: first.id, newDevice: false });
    expect(await devices()).toEqual([{ serialNumber: '7XK2QH3', pkid: PKID_EAN }, { serialNumber: '8YL3RJ4' }]);
  });

  it('the same code scanned again while its question waits is the same question, asked once', async () => {
    const { app, list, scan, store } = await fixture();
    await scan('SER0001');
    const asked = await scan(PKID_EAN);
    const again = await scan(PKID_EAN);
    expect(asked.kind).toBe('question');
    expect(again).toEqual(asked);
    const other = value(await store.createList({ name: 'Other', customerName: 'Other AB' }));
    await app.box.scanCode(other.id, { text: 'DUP0001' }, { source: 'typed' });
    const dup = await scan('DUP0001');
    const dupAgain = await scan('DUP0001');
    expect(dup.kind).toBe('duplicate');
    expect(dupAgain).toEqual(dup);
    expect((await app.box.state(list.id)).questions).toHaveLength(2);
    // In the next box it is a question of that box: asked again.
    await app.box.nextBox(list.id);
    expect((await scan('DUP0001')).kind).toBe('duplicate');
    expect((await app.box.state(list.id)).questions).toHaveLength(3);
  });

  it('a duplicate is asked about as it arrives, in this list and another; "add anyway" stores it', async () => {
    const { app, store, list, scan, devices } = await fixture();
    await scan('7XK2QH3');
    await app.box.nextBox(list.id);
    const dup = await scan('7XK2QH3');
    expect(dup).toMatchObject({ kind: 'duplicate', matches: [{ field: 'serialNumber', listId: list.id }] });
    expect(await devices()).toHaveLength(1);
    const other = value(await store.createList({ name: 'Other', customerName: 'Other AB' }));
    const elsewhere = await app.box.scanCode(other.id, { text: '7XK2QH3' }, { source: 'typed' });
    expect(elsewhere).toMatchObject({ kind: 'duplicate', matches: [{ listName: 'Acme' }] });
    const q = (await app.box.state(list.id)).questions.find((x) => x.kind === 'duplicate')!;
    expect((await app.box.addAnyway(list.id, q.id)).kind).toBe('taken');
    expect(await devices()).toEqual([{ serialNumber: '7XK2QH3' }, { serialNumber: '7XK2QH3' }]);
  });

  it('the same code typed in two tabs at once is stored once; the other tab gets the question', async () => {
    const { list, store, factory, name } = await fixture();
    const second = await setup({ factory, name });
    const other = value(await store.createList({ name: 'Other', customerName: 'Other AB' }));
    const a = createApp(store);
    const b = createApp(second.store);
    const [ra, rb] = await Promise.all([
      a.box.scanCode(list.id, { text: '7XK2QH3' }, { source: 'typed' }),
      b.box.scanCode(other.id, { text: '7XK2QH3' }, { source: 'typed' }),
    ]);
    expect([ra.kind, rb.kind].sort()).toEqual(['duplicate', 'taken']);
    const stored = [...value(await store.getDevices(list.id)), ...value(await store.getDevices(other.id))];
    expect(stored).toHaveLength(1);
  });

  it('two tabs on the same open box: the code is taken once, the other tab sees it is already there', async () => {
    const { list, store, factory, name } = await fixture();
    const second = await setup({ factory, name });
    const [ra, rb] = await Promise.all([
      createApp(store).box.scanCode(list.id, { text: '7XK2QH3' }, { source: 'typed' }),
      createApp(second.store).box.scanCode(list.id, { text: '7XK2QH3' }, { source: 'typed' }),
    ]);
    expect([ra.kind, rb.kind].sort()).toEqual(['same', 'taken']);
    expect(value(await store.getDevices(list.id))).toHaveLength(1);
  });
});

describe('BoxService: undo', () => {
  it('"Undo last code" removes that field, or the device when it was its only field, and reopens a box the code closed', async () => {
    const { app, list, scan, devices } = await fixture();
    await scan('7XK2QH3');
    await scan(PKID_A);
    await app.box.undo(list.id);
    expect(await devices()).toEqual([{ serialNumber: '7XK2QH3' }]);
    await scan('8YL3RJ4'); // closes the box, starts the next
    await app.box.undo(list.id);
    expect(await devices()).toEqual([{ serialNumber: '7XK2QH3' }]);
    await scan(PKID_A); // joins the reopened box
    expect(await devices()).toEqual([{ serialNumber: '7XK2QH3', pkid: PKID_A }]);
    await app.box.undo(list.id);
    await app.box.undo(list.id);
    expect(await devices()).toEqual([]);
  });

  it('undo goes back through boxes that codes closed, two in a row', async () => {
    const { app, list, scan, devices } = await fixture();
    await scan('7XK2QH3');
    await scan('8YL3RJ4');
    await scan('9ZM4SK5');
    await app.box.undo(list.id);
    await app.box.undo(list.id);
    await scan(PKID_A); // joins the first box again
    expect(await devices()).toEqual([{ serialNumber: '7XK2QH3', pkid: PKID_A }]);
  });
});
