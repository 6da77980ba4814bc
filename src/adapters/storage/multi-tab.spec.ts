// Two tabs are two connections to the same database (here: two stores on one factory).
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { newDevices, openTestStore, value, type TestStore } from './test-data';
import { openStore } from './store';
import { connect } from './connection';
import { SCHEMA_VERSION } from './migrations';
import type { ChangeMessage } from './types';

let open: TestStore[] = [];
afterEach(() => {
  for (const t of open) t.store.close();
  open = [];
});

function nextMessages(store: TestStore['store'], count: number): Promise<ChangeMessage[]> {
  return new Promise((resolve, reject) => {
    const got: ChangeMessage[] = [];
    const timer = setTimeout(() => reject(new Error(`only ${got.length} of ${count} messages: ${JSON.stringify(got)}`)), 2000);
    const off = store.onChange((m) => {
      got.push(m);
      if (got.length === count) {
        clearTimeout(timer);
        off();
        resolve(got);
      }
    });
  });
}

describe('two tabs', () => {
  it('each sees the other’s changes', async () => {
    const channelName = `test-${Math.random()}`;
    const a = await openTestStore({ channelName });
    const b = await openTestStore({ channelName, factory: a.factory, name: a.name, clock: a.clock });
    open.push(a, b);

    const listMessage = nextMessages(b.store, 1);
    const list = value(await a.store.createList({ name: 'A', customerName: 'Alpha' }));
    expect(await listMessage).toEqual([{ type: 'lists-changed' }]);
    expect(value(await b.store.listLists()).map((l) => l.id)).toEqual([list.id]);

    const deviceMessages = nextMessages(a.store, 2);
    const added = value(await b.store.addDevices(list.id, newDevices(2)));
    expect(await deviceMessages).toEqual([{ type: 'devices-changed', listId: list.id }, { type: 'lists-changed' }]);
    expect(value(await a.store.getDevices(list.id))).toEqual(added);

    const settingsMessage = nextMessages(b.store, 1);
    value(await a.store.updateSettings({ theme: 'dark' }));
    expect(await settingsMessage).toEqual([{ type: 'settings-changed' }]);
    expect(value(await b.store.getSettings()).theme).toBe('dark');
  });

  it('a chunked add tells the other tab once when it is quick, not once per chunk', async () => {
    const a = await openTestStore();
    const b = await openTestStore({ factory: a.factory, name: a.name });
    open.push(a, b);
    const list = value(await a.store.createList({ name: 'A', customerName: 'Alpha' }));
    await new Promise((r) => setTimeout(r, 50)); // the list's own message has arrived
    const heard: ChangeMessage[] = [];
    b.store.onChange((m) => heard.push(m));
    value(await a.store.addDevices(list.id, newDevices(20), { chunkDevices: 4 }));
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toEqual([{ type: 'devices-changed', listId: list.id }, { type: 'lists-changed' }]);
    expect(value(await b.store.countDevices(list.id))).toBe(20);
  });

  it('does not hear another database on the same channel, nor its own writes', async () => {
    const channelName = `test-${Math.random()}`;
    const a = await openTestStore({ channelName });
    const other = await openTestStore({ channelName });
    open.push(a, other);
    const heard: ChangeMessage[] = [];
    a.store.onChange((m) => heard.push(m));
    value(await other.store.createList({ name: 'X', customerName: 'Y' }));
    value(await a.store.createList({ name: 'A', customerName: 'B' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toEqual([]);
  });

  it('an old tab closes itself for a newer version and asks for a reload', async () => {
    const old = await openTestStore();
    open.push(old);
    const list = value(await old.store.createList({ name: 'A', customerName: 'Alpha' }));
    const reload = nextMessages(old.store, 1);
    // The "new version" of the app: opening at a higher version must not be blocked.
    const newer = await rawOpen(old.factory, old.name, SCHEMA_VERSION + 1);
    expect(newer.version).toBe(SCHEMA_VERSION + 1);
    expect(await reload).toEqual([{ type: 'reload-required' }]);
    const late = await old.store.addDevices(list.id, newDevices(1));
    expect(!late.ok && late.error.code).toBe('version-changed');
    const read = await old.store.listLists();
    expect(!read.ok && read.error.code).toBe('version-changed');
    newer.close();
  });

  it('the new version waits for an old tab that does not let go, instead of failing', async () => {
    const { factory, name, stubborn } = await databaseHeldAtVersion1();
    let blocked = 0;
    const opening = openStore({ factory, name, storageManager: null, onUpgradeBlocked: () => blocked++ });
    await new Promise((r) => setTimeout(r, 50));
    expect(blocked).toBe(1);
    stubborn.close();
    const store = value(await opening);
    open.push({ store } as TestStore);
    expect(value(await store.listLists())).toEqual([]);
  });

  it('gives up with blocked-by-other-tab after the timeout; a retry works once the old tab has gone', async () => {
    const { factory, name, stubborn } = await databaseHeldAtVersion1();
    const result = await openStore({ factory, name, storageManager: null, blockedTimeoutMs: 30 });
    expect(!result.ok && result.error.code).toBe('blocked-by-other-tab');
    stubborn.close();
    // The queued open then completes the upgrade (and is closed by openStore); a retry works.
    const retry = value(await openStore({ factory, name, storageManager: null, blockedTimeoutMs: 2000 }));
    open.push({ store: retry } as TestStore);
    expect(value(await retry.listLists())).toEqual([]);
  });
});

/** A database at schema version 1, held open by a connection that ignores versionchange. */
async function databaseHeldAtVersion1() {
  const factory = new IDBFactory();
  const name = `held-${Math.random()}`;
  (await connect({ factory, name, version: 1 })).close();
  return { factory, name, stubborn: await rawOpen(factory, name, 1) };
}

/** A plain connection, as another version of the app (or an old tab) would hold it. */
function rawOpen(factory: IDBFactory, name: string, version: number): Promise<IDBDatabase> {
  const request = factory.open(name, version);
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
