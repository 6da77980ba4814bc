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

Object.assign(window, { benchStore: { adapter, raw } });
document.title = 'ready';
