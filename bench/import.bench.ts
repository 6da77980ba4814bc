// Import benchmark (issue 4 "Speed"): a 10,000-row file with 4,096-character hashes imported
// through the UI in headless Chromium, the whole way: file chosen -> preview -> "Add 10000
// devices" -> saved and shown -> the list revalidated and its problems stored. Reports the total
// time (without the bench's own pause before clicking Add) and the longest main-thread task over
// all of it (target < 100 ms), with the preview alone as separate rows.
// Baselines, measured in the same run on the same page: the same readDeviceFile on the main
// thread (the preview without the worker), and the same 10,000 records put in ONE IndexedDB
// transaction (how the app stored an import before saving in chunks).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launch, newProfileDir } from '../tests/e2e/support/browser';
import { StaticServer } from '../tests/e2e/support/static-server';
import { bigAutopilotFile } from '../tests/e2e/fixtures/device-files';
import type { BenchRow } from './support';


const ROWS = 10_000;

/** Long tasks (> 50 ms) of the page from now on, kept in window.__longTasks. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  });
}

const longestBetween = (page: Page, from: number, to: number): Promise<number> =>
  page.evaluate(
    ([a, b]) => {
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
      // Tasks that start after `from`: the one delivering the file to the input (the harness
      // copying 41 MB into the page) ends with the change event and is not the app's.
      return tasks.filter((t) => t.start >= a! && t.start <= b!).reduce((m, t) => Math.max(m, t.duration), 0);
    },
    [from, to],
  );

/** Waits until `text` is on the page and answers with performance.now() at that moment. */
async function timeWhenShown(page: Page, text: string): Promise<number> {
  const handle = await page.waitForFunction((t) => (document.body.innerText.includes(t) ? performance.now() : 0), text, { timeout: 120_000, polling: 'raf' });
  return (await handle.jsonValue()) as number;
}

async function papaBaseline(page: Page, file: Buffer): Promise<{ longest: number; ms: number }> {
  const papa = readFileSync(createRequire(import.meta.url).resolve('papaparse/papaparse.min.js'), 'utf8');
  // Evaluated through the DevTools protocol (the app's CSP allows no injected script tag), on the
  // app's own page, so both figures come from the same kind of page.
  await page.evaluate(`(function(){ ${papa}\n; window.Papa = Papa; })()`);
  await watchLongTasks(page);
  const text = file.toString('utf8');
  return page.evaluate(async (t) => {
    const Papa = (window as unknown as { Papa: { parse(s: string, o: object): unknown } }).Papa;
    // Run as an ordinary page task (a DevTools evaluation is not reported as a long task).
    const ms = await new Promise<number>((done) =>
      setTimeout(() => {
        const start = performance.now();
        Papa.parse(t, { delimiter: ',', newline: '\r\n' });
        done(performance.now() - start);
      }, 0),
    );
    await new Promise((r) => setTimeout(r, 200)); // let the observer report
    const tasks = (window as unknown as { __longTasks: { duration: number }[] }).__longTasks;
    return { longest: tasks.reduce((m, x) => Math.max(m, x.duration), 0), ms };
  }, text);
}

/** The core as one script, to run the very same read on the page's main thread (the baseline). */
async function coreScript(): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'error',
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve('src/core/index.ts'), formats: ['iife'], name: 'BoxpilotCore' },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  })) as { output: { type: string; code?: string }[] }[] | { output: { type: string; code?: string }[] };
  const first = Array.isArray(out) ? out[0]! : out;
  return first.output.find((o) => o.type === 'chunk')!.code!;
}

/** readDeviceFile of the same bytes on the main thread, as one page task. */
async function coreOnMainThread(page: Page, file: Buffer): Promise<{ longest: number; ms: number }> {
  await page.evaluate(`(function(){ ${await coreScript()}\n; window.BoxpilotCore = BoxpilotCore; })()`);
  await watchLongTasks(page);
  return page.evaluate(async (b64) => {
    const core = (window as unknown as { BoxpilotCore: { readDeviceFile(b: Uint8Array, n: string): Promise<{ devices: unknown[] }> } }).BoxpilotCore;
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const ms = await new Promise<number>((done) =>
      setTimeout(async () => {
        const start = performance.now();
        await core.readDeviceFile(bytes, 'big.csv'); // no signal: it runs to the end without yielding
        done(performance.now() - start);
      }, 0),
    );
    await new Promise((r) => setTimeout(r, 200));
    const tasks = (window as unknown as { __longTasks: { duration: number }[] }).__longTasks;
    return { longest: tasks.reduce((m, x) => Math.max(m, x.duration), 0), ms };
  }, file.toString('base64'));
}

/** 10,000 records with 4 KB hashes put in one IndexedDB transaction, as one page task. */
async function oneTransactionPut(page: Page, count: number): Promise<{ longest: number; ms: number }> {
  await watchLongTasks(page);
  return page.evaluate(async (n) => {
    const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const rows = Array.from({ length: n }, (_, i) => ({
      id: `d${i}`,
      listId: 'bench',
      device: { serialNumber: `PF${i}`, hardwareHash: Array.from({ length: 4096 }, () => b64[Math.floor(Math.random() * 64)]).join('') },
      problems: [],
    }));
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('bench-one-transaction', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('devices', { keyPath: 'id' });
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    await new Promise((r) => setTimeout(r, 300)); // the rows above are built: not part of the figure
    (window as unknown as { __longTasks: unknown[] }).__longTasks.length = 0;
    const ms = await new Promise<number>((done) =>
      setTimeout(() => {
        const start = performance.now();
        const tx = db.transaction('devices', 'readwrite', { durability: 'strict' });
        for (const row of rows) tx.objectStore('devices').put(row);
        tx.oncomplete = () => done(performance.now() - start);
      }, 0),
    );
    await new Promise((r) => setTimeout(r, 200));
    db.close();
    const tasks = (window as unknown as { __longTasks: { duration: number }[] }).__longTasks;
    return { longest: tasks.reduce((m, x) => Math.max(m, x.duration), 0), ms };
  }, count);
}

export default async function run(): Promise<BenchRow[]> {
  const file = bigAutopilotFile(ROWS);
  const server = new StaticServer(resolve('dist'));
  await server.start();
  const session = await launch(await newProfileDir());
  try {
    const page = await session.context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'New list' }).click();
    await page.getByLabel('List name').fill('Bench import');
    await page.getByLabel('Customer', { exact: true }).fill('Bench');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/#\/lists\/[^/]+$/);
    await page.getByRole('button', { name: 'Import file' }).click();
    await watchLongTasks(page);
    // The clock starts when the page has the file (the 'change' event), not while the test
    // harness copies 41 MB into the browser.
    await page.evaluate(() => {
      document.addEventListener('change', () => ((window as unknown as { __t0: number }).__t0 = performance.now()), { capture: true, once: true });
    });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('dialog', { name: 'Import a file' }).getByRole('button', { name: 'Choose file' }).click();
    await (await chooser).setFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: file });
    const shown = await timeWhenShown(page, 'What was found in big.csv');
    const t0 = await page.evaluate(() => (window as unknown as { __t0: number }).__t0);
    await page.waitForTimeout(300);
    const longest = await longestBetween(page, t0, shown + 300);

    // Adding: the list screen stores the devices in committed chunks (progress in the dialog),
    // shows them, then revalidates the whole list in the worker and stores changed problems.
    const addStart = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: `Add ${ROWS} devices` }).click();
    const added = await timeWhenShown(page, `${ROWS} devices imported.`);
    // Saved and shown: each chunk's rows join the table as it commits; the dialog closes after the last.
    await page.getByRole('dialog', { name: 'Import a file' }).waitFor({ state: 'detached', timeout: 120_000 });
    const shownAll = await page.evaluate(() => performance.now());
    // Revalidation (worker) and storing changed problems follow: give them time, and count their tasks.
    await page.waitForTimeout(3000);
    const settled = await page.evaluate(() => performance.now());
    const addLongest = await longestBetween(page, addStart, settled);
    const wholeLongest = Math.max(longest, addLongest);
    const wholeMs = shown - t0 + (shownAll - addStart);

    const oneTx = await oneTransactionPut(page, ROWS);
    const papa = await papaBaseline(page, file);
    await page.goto(server.url);
    const core = await coreOnMainThread(page, file);
    console.log(`On the main thread: Papa.parse ${papa.ms.toFixed(0)} ms, readDeviceFile ${core.ms.toFixed(0)} ms, one-transaction put ${oneTx.ms.toFixed(0)} ms`);
    return [
      {
        name: `whole import of ${ROWS} rows x 4,096-char hash: file chosen -> preview, Add -> saved and shown (without the pause before Add)`,
        value: wholeMs,
        unit: 'ms',
      },
      {
        name: 'longest main-thread task over the whole import, incl. revalidation and storing problems (0 = none over 50 ms)',
        value: wholeLongest,
        unit: 'ms',
        baseline: { name: `the same ${ROWS} records put in one transaction`, value: oneTx.longest },
        ratio: oneTx.longest > 0 ? wholeLongest / oneTx.longest : undefined,
        target: '< 100 ms',
        pass: wholeLongest < 100,
      },
      { name: `  of which: Add -> "${ROWS} devices imported." announced`, value: added - addStart, unit: 'ms' },
      { name: '  of which: Add -> saved and shown (dialog closed)', value: shownAll - addStart, unit: 'ms' },
      { name: '  longest task from Add on (saving, showing, revalidating)', value: addLongest, unit: 'ms', target: '< 100 ms', pass: addLongest < 100 },
      { name: `preview only: file chosen -> preview`, value: shown - t0, unit: 'ms' },
      {
        name: 'preview only: longest main-thread task (0 = none over 50 ms)',
        value: longest,
        unit: 'ms',
        baseline: { name: 'the same readDeviceFile on the main thread', value: core.longest },
        ratio: core.longest > 0 ? longest / core.longest : undefined,
        target: '< 100 ms',
        pass: longest < 100,
      },
      { name: 'Papa.parse alone of the same text on the main thread (one task; no decode, no normalise)', value: papa.ms, unit: 'ms' },
    ];
  } finally {
    await session.close();
    await server.stop();
  }
}
