import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newProfileDir } from './support/browser';
import { startKillable } from './support/killable-browser';
import { StaticServer } from './support/static-server';
import { distDir } from './support/app';

// "Nothing is lost": what the app has confirmed must survive a browser that is killed the
// moment after, with no chance to shut down cleanly.
let server: StaticServer;
const outside: string[] = [];

beforeAll(async () => {
  server = new StaticServer(distDir());
  await server.start();
});

afterAll(async () => {
  await server?.stop();
});

const listLink = (page: Page, name: string) => page.getByRole('link', { name: `Open ${name}`, exact: true });

test('lists confirmed as created survive the browser being killed right after, again and again', async () => {
  const profile = await newProfileDir();
  const ROUNDS = 5;
  for (let round = 1; round <= ROUNDS; round++) {
    const browser = await startKillable(profile);
    const page = await browser.context.newPage();
    await page.goto(`${server.url}#/lists`);
    // Everything confirmed in earlier rounds is there.
    for (let earlier = 1; earlier < round; earlier++) {
      await expect.poll(() => listLink(page, `Round ${earlier}`).count(), { timeout: 10_000 }).toBe(1);
    }
    await page.getByRole('button', { name: 'New list' }).click();
    await page.getByLabel('List name').fill(`Round ${round}`);
    await page.getByLabel('Customer', { exact: true }).fill('Kill test');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText(`List "Round ${round}" created.`).waitFor();
    await browser.kill();
    outside.push(...browser.outside);
  }
  const browser = await startKillable(profile);
  const page = await browser.context.newPage();
  await page.goto(`${server.url}#/lists`);
  for (let round = 1; round <= ROUNDS; round++) {
    await expect.poll(() => listLink(page, `Round ${round}`).count(), { timeout: 10_000 }).toBe(1);
  }
  await browser.kill();
});

test('no request left this machine', () => {
  expect(outside).toEqual([]);
});
