// Storage benchmark (issue 4 "Speed"): store 10,000 devices in headless Chromium through the
// storage adapter, against plain IndexedDB writing the same records in the same run.
import { createServer } from 'vite';
import { launch, newProfileDir } from '../tests/e2e/support/browser';
import { median, type BenchRow } from './support';


const COUNT = 10_000;
const ROUNDS = 5;

export default async function run(): Promise<BenchRow[]> {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    server: { port: 0, host: 'localhost' },
    // Pre-bundled up front: a discovery mid-run would reload the page under the benchmark.
    optimizeDeps: { include: ['idb'] },
  });
  await server.listen();
  const session = await launch(await newProfileDir());
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the bench server has no URL');
    const page = await session.context.newPage();
    await page.goto(`${url}bench/pages/storage.html`);
    await page.waitForFunction(() => document.title === 'ready');
    const adapter: number[] = [];
    const raw: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      adapter.push(await page.evaluate(([n, r]) => (window as any).benchStore.adapter(n, r), [COUNT, round]));
      raw.push(await page.evaluate(([n, r]) => (window as any).benchStore.raw(n, r), [COUNT, round]));
    }
    const index = await page.evaluate(() => (window as any).benchStore.identifierIndex(5, 10_000));
    const value = median(adapter);
    const baseline = median(raw);
    return [
      {
        name: `store ${COUNT.toLocaleString('en')} devices in one call (median of ${ROUNDS})`,
        value,
        unit: 'ms',
        baseline: { name: 'plain IndexedDB, same records, one transaction', value: baseline },
        ratio: value / baseline,
        target: '< 1000 ms',
        pass: value < 1000,
      },
      { name: 'loadIdentifierIndex over 50,000 devices in 5 lists (one with 4 KB hashes), one list excluded: first call', value: index.cold, unit: 'ms' },
      { name: '  second call, nothing changed', value: index.warm, unit: 'ms' },
      { name: '  after one device was added to the excluded list', value: index.afterAddToExcluded, unit: 'ms' },
      { name: '  after one device was added to another list (10,000 devices)', value: index.afterAddToOther, unit: 'ms' },
    ];
  } finally {
    await session.close();
    await server.close();
  }
}
