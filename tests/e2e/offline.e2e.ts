import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, newProfileDir, waitForServiceWorker, type Session } from './support/browser';
import { StaticServer } from './support/static-server';
import { distDir } from './support/app';

// The journey of a technician in a stock room: the app was opened once with a network,
// then the network is gone (server stopped and the browser offline).
let server: StaticServer;
let profile: string;
let session: Session;
const outside: string[] = [];

async function shellVisible(page: Page, heading: string) {
  await expect.poll(() => page.getByRole('heading', { level: 1, name: heading }).count(), { timeout: 15_000 }).toBe(1);
}

beforeAll(async () => {
  server = new StaticServer(distDir(), { basePath: '/tools/boxpilot/' });
  await server.start();
  profile = await newProfileDir();
  session = await launch(profile);
});

afterAll(async () => {
  outside.push(...session.outside);
  await session?.close();
  await server?.stop();
});

const OFFLINE_READY = 'Boxpilot is ready to work offline.';

// The notice goes by itself after 8 s. Each test installs Playwright's clock on its page (timers
// run as usual until paused) and holds it once the notice is there, so a slow machine cannot
// race the notice: the seconds it stays are the page's, moved on by the test.
async function holdClock(page: Page) {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 10);
}

test('after one visit under a sub-path, the app says it is ready to work offline, and the notice goes by itself', async () => {
  const page = await session.context.newPage();
  await page.clock.install();
  await page.goto(server.url);
  await shellVisible(page, 'Device lists');
  await expect.poll(() => page.getByText(OFFLINE_READY).count(), { timeout: 15_000 }).toBe(1);
  await holdClock(page);
  await waitForServiceWorker(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(server.url);
  await page.clock.runFor(7_000);
  expect(await page.getByText(OFFLINE_READY).count()).toBe(1);
  await page.clock.runFor(1_500);
  await expect.poll(() => page.getByText(OFFLINE_READY).count()).toBe(0);
  await page.clock.resume();
});

test('OK closes the ready-to-work-offline notice at once (a first visit in another profile)', async () => {
  const other = await launch(await newProfileDir());
  try {
    const page = await other.context.newPage();
    await page.clock.install();
    await page.goto(server.url);
    await shellVisible(page, 'Device lists');
    await expect.poll(() => page.getByText(OFFLINE_READY).count(), { timeout: 15_000 }).toBe(1);
    await holdClock(page);
    await page.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.getByText(OFFLINE_READY).count()).toBe(0);
    expect(other.problems).toEqual([]);
  } finally {
    outside.push(...other.outside);
    await other.close();
  }
});

test('with the network gone: reload, a deep link in a new tab, and a browser restart all open the app', async () => {
  const port = server.port;
  await server.stop();
  await session.context.setOffline(true);

  const page = session.context.pages().at(-1)!;
  await page.reload();
  await shellVisible(page, 'Device lists');

  const deep = await session.context.newPage();
  await deep.goto(`${server.url}#/settings`);
  await shellVisible(deep, 'Settings');
  await expect.poll(() => deep.getByTestId('offline-status').textContent()).toContain('Ready');

  // A path that was never visited, with a query string (as a shared link would have):
  // the service worker's navigation fallback answers it.
  const other = await session.context.newPage();
  await other.goto(`${server.url}index.html?source=homescreen#/lists`);
  await shellVisible(other, 'Device lists');

  // Paths inside the app's scope that are no file (typed, bookmarked, or a link from an older
  // version): each opens the app, never a blank page of assets that do not load.
  // The path becomes the app's route; one the app does not know gets its own "Page not found".
  const inScope: [string, string][] = [
    ['lists', 'Device lists'],
    ['lists/', 'Device lists'],
    ['settings?tab=backup', 'Settings'],
    ['old/bookmark/', 'Page not found'],
  ];
  for (const [path, heading] of inScope) {
    const opened = await session.context.newPage();
    await opened.goto(`${server.url}${path}`);
    await shellVisible(opened, heading);
    await expect.poll(() => opened.getByRole('navigation', { name: 'Main' }).getByRole('link').count()).toBe(3);
    await opened.close();
  }

  outside.push(...session.outside);
  await session.close();
  session = await launch(profile);
  await session.context.setOffline(true);
  const restarted = await session.context.newPage();
  await restarted.goto(`http://localhost:${port}/tools/boxpilot/`);
  await shellVisible(restarted, 'Device lists');
  expect(session.problems).toEqual([]);
});

test('no request left this machine', () => {
  expect([...outside, ...session.outside]).toEqual([]);
});
