// App-shell benchmark (issue 2 "Budget"): JavaScript the first screen needs, and how fast the
// installed app opens offline. Runs against dist/ (bench/run.mjs builds it first).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, newProfileDir, waitForServiceWorker } from '../tests/e2e/support/browser';
import { StaticServer } from '../tests/e2e/support/static-server';
import { median, type BenchRow } from './support';
import { FIRST_SCREEN_PACKS } from '../src/ui/i18n/first-screen-packs';
import { PACKS } from '../src/ui/i18n/packs';


interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const dist = resolve('dist');
const LOADS = 10;

const gzipKb = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

const LOCALES = ['en', 'sv', 'da'] as const;
const textFile = (pack: string, locale: string) => `src/ui/i18n/texts/${pack}/${locale}.ts`;

/**
 * What must load before the first screen: the entry chunk, everything it imports statically,
 * and the first screen's texts (main.ts awaits them) in its largest language.
 */
function firstScreenJs(): { kb: number; lazyKb: number; textsKb: number; allLanguagesKb: number } {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const closure = (from: string[], into = new Set<string>()) => {
    const visit = (key: string) => {
      if (into.has(key) || !manifest[key]) return;
      into.add(key);
      for (const next of manifest[key]?.imports ?? []) visit(next);
    };
    from.forEach(visit);
    return into;
  };
  const sum = (keys: Iterable<string>) => [...keys].reduce((kb, key) => kb + gzipKb(manifest[key]!.file), 0);
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  const eager = closure(entry ? [entry] : []);
  const texts = LOCALES.map((locale) => {
    const keys = closure(FIRST_SCREEN_PACKS.map((pack) => textFile(pack, locale)), new Set(eager));
    for (const key of eager) keys.delete(key);
    return sum(keys);
  });
  const textsKb = Math.max(...texts);
  const firstScreen = sum(eager) + textsKb;
  // Every pack's own file: the largest language against all three (what each chunk used to carry).
  let oneLanguageKb = 0;
  let allLanguagesKb = 0;
  for (const pack of PACKS) {
    const sizes = LOCALES.map((locale) => gzipKb(manifest[textFile(pack, locale)]!.file));
    oneLanguageKb += Math.max(...sizes);
    allLanguagesKb += sizes.reduce((a, b) => a + b, 0);
  }
  let all = 0;
  for (const chunk of Object.values(manifest)) if (chunk.file.endsWith('.js')) all += gzipKb(chunk.file);
  return { kb: firstScreen, lazyKb: all - sum(eager), textsKb: oneLanguageKb, allLanguagesKb };
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
    { name: 'JS for the first screen, its texts included (gzip)', value: js.kb, unit: 'KB', target: '<= 55 KB', pass: js.kb <= 55 },
    { name: 'JS loaded later on demand (gzip)', value: js.lazyKb, unit: 'KB' },
    {
      name: 'every screen\'s texts, one language (gzip)',
      value: js.textsKb,
      unit: 'KB',
      baseline: { name: 'the same texts in all three languages', value: js.allLanguagesKb },
      ratio: js.textsKb / js.allLanguagesKb,
      target: 'ratio <= 0.4',
      pass: js.textsKb / js.allLanguagesKb <= 0.4,
    },
    {
      name: `first screen offline, service worker cache (median of ${LOADS})`,
      value: offline,
      unit: 'ms',
      baseline: { name: 'same page from the local server, no service worker', value: online },
      ratio: offline / online,
    },
  ];
}
