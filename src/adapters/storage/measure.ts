// Timings of the storage adapter on fake-indexeddb in node (not a test, not the browser bench:
// the lead's `npm run bench` measures Chromium). Run:
//   node --max-old-space-size=4096 --input-type=module -e "import {runnerImport} from 'vite'; \
//     const {module} = await runnerImport('src/adapters/storage/measure.ts', {configFile:false}); await module.default()"
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openStore, type BoxpilotStore } from './store';
import { deviceFor } from './test-data';
import type { Result } from './errors';
import type { NewDevice } from './types';

function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function time<T>(label: string, rows: [string, number][], fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const out = await fn();
  const ms = performance.now() - start;
  rows.push([label, Math.round(ms * 10) / 10]);
  console.log(`${label}: ${ms.toFixed(1)} ms`);
  return out;
}

function batch(count: number, start: number, hashEvery = 0): NewDevice[] {
  return Array.from({ length: count }, (_, i) => ({
    device: deviceFor(start + i, {}, hashEvery > 0 && (start + i) % hashEvery === 0),
    source: 'file' as const,
    problems: (start + i) % 10 === 0 ? [{ code: 'serial.short', severity: 'warning' as const, message: 'w' }] : [],
  }));
}

async function fresh(): Promise<BoxpilotStore> {
  return must(await openStore({ factory: new IDBFactory(), name: 'measure', storageManager: null, channelName: 'measure' }));
}

export default async function measure(): Promise<[string, number][]> {
  const rows: [string, number][] = [];

  let store = await fresh();
  let list = must(await store.createList({ name: 'M', customerName: 'C' }));
  await time('addDevices 10,000 (no hash), one call', rows, async () => must(await store.addDevices(list.id, batch(10_000, 0))));
  store.close();

  store = await fresh();
  list = must(await store.createList({ name: 'M', customerName: 'C' }));
  await time('addDevices 10,000 with 4 KB hashes, one call', rows, async () => must(await store.addDevices(list.id, batch(10_000, 0, 1))));
  store.close();

  store = await fresh();
  list = must(await store.createList({ name: 'M', customerName: 'C' }));
  await time('addDevices 1,000 calls of 1 device (scanning), total', rows, async () => {
    for (let i = 0; i < 1000; i++) must(await store.addDevices(list.id, batch(1, i)));
  });
  store.close();

  // A 50,000-device list (every 5th with a hash) beside a 1,000-device list.
  store = await fresh();
  list = must(await store.createList({ name: 'Big', customerName: 'C' }));
  const small = must(await store.createList({ name: 'Small', customerName: 'C' }));
  await time('fill 50,000 (5 calls of 10,000, 1 in 5 hashed)', rows, async () => {
    for (let i = 0; i < 5; i++) must(await store.addDevices(list.id, batch(10_000, i * 10_000, 5)));
  });
  must(await store.addDevices(small.id, batch(1000, 100_000)));
  await time('listLists (index counts, 50,000 + 1,000 devices)', rows, async () => must(await store.listLists()));
  await time('countDevices(50,000)', rows, async () => must(await store.countDevices(list.id)));
  const first = await time('getDevicesPage first 100', rows, async () => must(await store.getDevicesPage(list.id, { limit: 100 })));
  await time('getDevicesPage next 100 (afterKey)', rows, async () => must(await store.getDevicesPage(list.id, { limit: 100, afterKey: first.nextKey! })));
  await time('getDevicesPage offset 40,000, 100 rows', rows, async () => must(await store.getDevicesPage(list.id, { offset: 40_000, limit: 100 })));
  await time('findDuplicates serial', rows, async () => must(await store.findDuplicates('serialNumber', deviceFor(123).serialNumber!)));
  await time('findDuplicates hash', rows, async () => must(await store.findDuplicates('hardwareHash', deviceFor(125, {}, true).hardwareHash!)));
  const index = await time('loadIdentifierIndex (51,000 devices)', rows, async () => must(await store.loadIdentifierIndex(small.id)));
  await time('10,000 sync lookups on that index', rows, async () => {
    for (let i = 0; i < 10_000; i++) index.findElsewhere('serialNumber', deviceFor(100_000 + i).serialNumber!);
  });
  await time('getDevices(50,000) whole list', rows, async () => must(await store.getDevices(list.id)));
  store.close();

  console.table(rows.map(([what, ms]) => ({ what, ms })));
  return rows;
}
