// App-shell benchmark (issue 2 "Budget"): JavaScript the first screen needs, and how fast the
// installed app opens offline. Runs against dist/ (bench/run.mjs builds it first).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, newProfileDir, waitForServiceWorker } from '../tests/e2e/support/browser';
import { StaticServer } from '../tests/e2e/support/static-server';
import { median, type BenchRow } from './support';


interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const dist = resolve('dist');
const LOADS = 10;

const gzipKb = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

/** The entry chunk and everything it imports statically: what must load before the first screen. */
function firstScreenJs(): { kb: number; lazyKb: number } {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  const eager = new Set<string>();
  const visit = (key: string) => {
    if (eager.has(key)) return;
    eager.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  if (entry) visit(entry);
  let kb = 0;
  let lazyKb = 0;
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.file.endsWith('.js')) continue;
    if (eager.has(key)) kb += gzipKb(chunk.file);
    else lazyKb += gzipKb(chunk.file);
  }
  return { kb, lazyKb };
}

async function firstScreenMs(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('boxpilot:first-screen').length > 0);
  return page.evaluate(() => performance.getEntriesByName('boxpilot:first-screen')[0]!.startTime);
}

async function loadTimes(offline: boolean): Promise<number[]> {
  const server = new StaticServer(dist);
  await server.start();
  const session = await launch(await newProfileDir());
  try {
    const page = await session.context.newPage();
    if (!offline) await page.route('**/sw.js', (route) => route.abort()); // baseline: no worker
    await page.goto(server.url);
    if (offline) {
      await waitForServiceWorker(page);
      await server.stop();
      await session.context.setOffline(true);
    }
    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      await page.reload();
      times.push(await firstScreenMs(page));
    }
    return times;
  } finally {
    await session.close();
    await server.stop();
  }
}

export default async function run(): Promise<BenchRow[]> {
  const js = firstScreenJs();
  const online = median(await loadTimes(false));
  const offline = median(await loadTimes(true));
  return [
    { name: 'JS for the first screen (gzip)', value: js.kb, unit: 'KB', target: '<= 60 KB', pass: js.kb <= 60 },
    { name: 'JS loaded later on demand (gzip)', value: js.lazyKb, unit: 'KB' },
    {
      name: `first screen offline, service worker cache (median of ${LOADS})`,
      value: offline,
      unit: 'ms',
      baseline: { name: 'same page from the local server, no service worker', value: online },
      ratio: offline / online,
    },
  ];
}
