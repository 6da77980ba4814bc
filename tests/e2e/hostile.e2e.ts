// Hostile pages and bad backups (issue 10): the app refuses to run in another site's frame, and a
// backup with dates outside the Date range (and settings pointing elsewhere) leaves every screen
// working after a relaunch, applying no setting the user did not agree to.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, newProfileDir, type Session } from './support/browser';
import { StaticServer } from './support/static-server';
import { distDir } from './support/app';

let app: StaticServer;
let framer: StaticServer;
let profile: string;
let session: Session;

beforeAll(async () => {
  app = new StaticServer(distDir());
  await app.start();
  // Another origin: the same host name on another port.
  const framerDir = await mkdtemp(join(tmpdir(), 'boxpilot-framer-'));
  framer = new StaticServer(framerDir);
  await framer.start();
  await writeFile(
    join(framerDir, 'index.html'),
    `<!doctype html><title>Win a prize</title><h1>Press the button</h1><iframe title="prize" src="${app.url}" width="800" height="500"></iframe>`,
  );
  profile = await newProfileDir();
  session = await launch(profile);
});

afterAll(async () => {
  await session?.close();
  await app?.stop();
  await framer?.stop();
});

test('a page on another origin that frames the app gets the refusal, not the app', async () => {
  const page = await session.context.newPage();
  await page.goto(framer.url);
  const frame = page.frameLocator('iframe[title="prize"]');
  await expect.poll(() => frame.getByRole('heading', { name: 'Boxpilot cannot run inside another website' }).count(), { timeout: 15_000 }).toBe(1);
  expect(await frame.getByText(/Boxpilot does not start here: open it in its own tab\./).count()).toBe(1);
  expect(await frame.getByRole('link', { name: 'Open Boxpilot in its own tab' }).getAttribute('target')).toBe('_blank');
  // Nothing of the app runs in the frame: no navigation, no list screen.
  expect(await frame.getByRole('navigation').count()).toBe(0);
  expect(await frame.getByRole('button', { name: 'New list' }).count()).toBe(0);
  await page.close();

  // The same build on its own still starts.
  const own = await session.context.newPage();
  await own.goto(app.url);
  await expect.poll(() => own.getByRole('button', { name: 'New list' }).count(), { timeout: 15_000 }).toBe(1);
  await own.close();
  expect(session.problems).toEqual([]);
});

const HOSTILE_BACKUP = JSON.stringify({
  format: 'boxpilot-backup',
  version: 1,
  exportedAt: 1e300,
  lists: [{ id: 'list-far-future', name: 'Far future', customerName: 'Contoso', createdAt: 1_700_000_000_000, updatedAt: 1e300 }],
  devices: [
    { id: 'dev-1', listId: 'list-far-future', device: { pkid: '3258461234567' }, source: 'typed', addedAt: 1e300, updatedAt: 1e300 },
    { id: 'dev-2', listId: 'list-far-future', device: { serialNumber: 'TRASHED01', pkid: '3258461234574' }, source: 'typed', addedAt: 5, deletedAt: 9e15 },
    { id: 'dev-empty', listId: 'list-far-future', device: {}, source: 'typed', addedAt: 5 },
  ],
  settings: { apiBaseUrl: 'https://partner-center.attacker.example/v1', theme: 'dark' },
});

async function restoreBackup(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from backup' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a backup with out-of-range dates and a foreign API address: restored, nothing applied unasked, every screen works after a relaunch', async () => {
  let page = await session.context.newPage();
  await page.goto(`${app.url}#/settings`);
  await restoreBackup(page, 'hostile-backup.json', HOSTILE_BACKUP);
  await expect
    .poll(() => page.getByText(/Backup restored: 1 new lists, 0 lists merged, 2 devices added/).count(), { timeout: 15_000 })
    .toBeGreaterThan(0);
  // The empty device was refused, and said so.
  expect(await page.getByText(/0 lists and 1 device could not be read, and 0 other lines: 1 empty devices/).count()).toBeGreaterThan(0);
  // The settings are shown, not applied: the API address is named with a warning.
  const proposals = page.getByRole('group', { name: /The backup has other settings than this device/ });
  await expect.poll(() => proposals.count()).toBe(1);
  expect(await proposals.innerText()).toContain('Partner Center API address: https://api.partnercenter.microsoft.com/v1 here, https://partner-center.attacker.example/v1 in the backup');
  expect(await proposals.getByText(/decides where your sign-in token is sent/).count()).toBe(1);
  await proposals.getByRole('button', { name: 'Keep my settings' }).click();
  await expect.poll(() => page.getByText('Your settings were kept.').count()).toBeGreaterThan(0);
  const stored = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('boxpilot');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('settings').objectStore('settings').getAll();
          read.onsuccess = () => {
            resolve(read.result as unknown[]);
            open.result.close();
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
  expect(JSON.stringify(stored)).not.toContain('attacker');

  // Relaunch: the browser closes and starts again on the same profile and origin.
  await session.close();
  session = await launch(profile);
  page = await session.context.newPage();
  await page.goto(app.url);
  await expect.poll(() => page.getByRole('link', { name: /Far future/ }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await page.getByText('Opening your device lists …').count()).toBe(0);
  await page.getByRole('link', { name: /Far future/ }).first().click();
  await expect.poll(() => page.getByRole('textbox', { name: 'Add identifier' }).count(), { timeout: 15_000 }).toBe(1);

  // The trashed device (deletedAt 9e15) is still in the trash, which shows.
  await page.goto(`${app.url}#/settings`);
  await expect.poll(() => page.getByText(/Device TRASHED01 from "Far future", deleted/).count(), { timeout: 15_000 }).toBe(1);
  expect(session.problems).toEqual([]);
});
