// Runs in headless Chromium (served by vite's dev server from bench/storage.bench.ts).
// Stores 10,000 devices through the app's storage adapter, and the same records with plain
// IndexedDB in one transaction as the baseline.
import { openStore, type NewDevice } from '../../src/adapters/storage';

function devices(count: number, offset: number): NewDevice[] {
  return Array.from({ length: count }, (_, i) => {
    const n = offset + i;
    return {
      device: {
        serialNumber: `SN${String(n).padStart(8, '0')}`,
        pkid: String(3_000_000_000_000 + n),
        manufacturer: 'Dell Inc.',
        model: 'Latitude 5440',
      },
      source: 'file',
      sourceDetail: `bench.csv:${n + 2}`,
      problems: [],
    };
  });
}

async function adapter(count: number, round: number): Promise<number> {
  const opened = await openStore({ name: `bench-adapter-${round}` });
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  const list = await store.createList({ name: 'Bench', customerName: 'Bench' });
  if (!list.ok) throw new Error(list.error.message);
  const items = devices(count, round * count);
  const start = performance.now();
  const added = await store.addDevices(list.value.id, items);
  const ms = performance.now() - start;
  if (!added.ok || added.value.length !== count) throw new Error('adapter did not store every device');
  store.close();
  return ms;
}

function raw(count: number, round: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(`bench-raw-${round}`, 1);
    request.onupgradeneeded = () => {
      const devicesStore = request.result.createObjectStore('devices', { keyPath: 'id' });
      devicesStore.createIndex('byList', ['listId', 'addedAt', 'id']);
      devicesStore.createIndex('bySerial', 'device.serialNumber');
      devicesStore.createIndex('byPkid', 'device.pkid');
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const items = devices(count, round * count);
      const now = Date.now();
      const start = performance.now();
      const tx = db.transaction('devices', 'readwrite', { durability: 'strict' });
      const store = tx.objectStore('devices');
      items.forEach((item, i) => store.put({ ...item, id: `d${round}-${i}`, listId: 'l1', addedAt: now, updatedAt: now }));
      tx.oncomplete = () => {
        db.close();
        resolve(performance.now() - start);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** A 4 KB base64-like hardware hash, different per device. */
function hashOf(n: number): string {
  const seed = `T0EAAAAAAAAAAQ${String(n).padStart(10, '0')}`;
  return (seed + 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkrLw'.repeat(90)).slice(0, 4096);
}

/**
 * loadIdentifierIndex over 50,000 stored devices in 5 lists of 10,000 (one of them with 4 KB
 * hashes), excluding the first list as the list screen does: the first call after the devices
 * were written (cold), a second call (warm), and calls after one device was added to the
 * excluded list and to another list.
 */
async function identifierIndex(lists: number, perList: number): Promise<Record<string, number>> {
  const opened = await openStore({ name: 'bench-identifiers' });
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  const ids: string[] = [];
  for (let l = 0; l < lists; l++) {
    const list = await store.createList({ name: `Bench ${l}`, customerName: 'Bench' });
    if (!list.ok) throw new Error(list.error.message);
    ids.push(list.value.id);
    const items = devices(perList, l * perList);
    if (l === 1) items.forEach((item, i) => (item.device.hardwareHash = hashOf(l * perList + i)));
    const added = await store.addDevices(list.value.id, items);
    if (!added.ok) throw new Error(added.error.message);
  }
  const timed = async (): Promise<number> => {
    const start = performance.now();
    const index = await store.loadIdentifierIndex(ids[0]);
    const ms = performance.now() - start;
    if (!index.ok) throw new Error(index.error.message);
    if (index.value.findElsewhere('serialNumber', `SN${String(perList).padStart(8, '0')}`) !== 'Bench 1') throw new Error('index misses a device');
    return ms;
  };
  const result: Record<string, number> = {};
  result.cold = await timed();
  result.warm = await timed();
  await store.addDevices(ids[0]!, devices(1, 900_000));
  result.afterAddToExcluded = await timed();
  await store.addDevices(ids[2]!, devices(1, 900_001));
  result.afterAddToOther = await timed();
  store.close();
  return result;
}

Object.assign(window, { benchStore: { adapter, raw, identifierIndex } });
document.title = 'ready';
