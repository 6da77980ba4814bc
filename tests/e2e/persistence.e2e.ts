import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, newProfileDir } from './support/browser';
import { addBox, createList, deviceRow, storedSerials } from './support/ui';
import { pkid, serviceTag } from './support/identifiers';
import { startKillable } from './support/killable-browser';
import { readStored } from './support/stored';
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

test('devices confirmed as saved survive a killed browser and a crashed tab, round after round', { timeout: 240_000 }, async () => {
  const profile = await newProfileDir();
  const PER_ROUND = 3;
  const ROUNDS = 6;
  let listUrl = '';
  let added = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const browser = await startKillable(profile);
    const page = await browser.context.newPage();
    if (round === 0) {
      await page.goto(`${server.url}#/lists`);
      await createList(page, 'Killed tab', 'Kill test');
      listUrl = page.url();
    } else {
      await page.goto(listUrl);
    }
    // Every device confirmed before any earlier kill is still there: counted on screen, and
    // each one found in storage.
    await expect.poll(() => page.getByText(`${added} devices`, { exact: true }).count(), { timeout: 10_000 }).toBe(1);
    expect(await storedSerials(page)).toEqual(Array.from({ length: added }, (_, n) => serviceTag(n)).sort());
    for (let i = 0; i < PER_ROUND; i++, added++) await addBox(page, serviceTag(added), pkid(added));
    if (round % 2 === 0) {
      await browser.kill(); // the whole browser, no shutdown
    } else {
      // The tab's renderer crashes; the browser survives and is then killed too.
      // (Page.crash never answers: the target is gone. Wait for the page's crash event instead.)
      const cdp = await browser.context.newCDPSession(page);
      const crashed = page.waitForEvent('crash');
      void cdp.send('Page.crash').catch(() => undefined);
      await crashed;
      await browser.kill();
    }
    outside.push(...browser.outside);
  }
  const browser = await startKillable(profile);
  const page = await browser.context.newPage();
  await page.goto(listUrl);
  await expect.poll(() => page.getByText(`${ROUNDS * PER_ROUND} devices`, { exact: true }).count(), { timeout: 10_000 }).toBe(1);
  expect(await storedSerials(page)).toEqual(Array.from({ length: added }, (_, n) => serviceTag(n)).sort());
  await browser.kill();
});

test('SIGKILL while a code is being written, 10 rounds: confirmed codes all there, nothing half-written, the box still open', { timeout: 300_000 }, async () => {
  const profile = await newProfileDir();
  const ROUNDS = 10;
  let listUrl = '';
  let listId = '';
  for (let round = 0; round <= ROUNDS; round++) {
    const browser = await startKillable(profile);
    const page = await browser.context.newPage();
    // The page says when a write has started (the box card's data-writing), and the test kills then.
    let started: () => void = () => undefined;
    const writeStarted = new Promise<void>((resolve) => (started = resolve));
    await page.exposeBinding('boxWriteStarted', () => started());
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('[data-writing="yes"]')) (window as unknown as { boxWriteStarted?: () => void }).boxWriteStarted?.();
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-writing'] });
    });
    if (round === 0) {
      await page.goto(`${server.url}#/lists`);
      await createList(page, 'Killed mid-write', 'Kill test');
      listUrl = page.url();
      listId = listUrl.split('/').pop()!;
    } else {
      await page.goto(listUrl);
      await page.getByRole('textbox', { name: 'Add identifier' }).waitFor({ timeout: 10_000 });
      const { box, devices } = await readStored(page, listId);
      // Every box so far: its serial (confirmed), the model typed after the restart (confirmed),
      // and its PKID only if that write had committed before the kill, never half of it.
      expect(devices).toHaveLength(round);
      devices.forEach(({ device }, i) => {
        expect(device.serialNumber).toBe(serviceTag(300 + i));
        if (i < round - 1) expect(device.model).toBe(`Model ${i}`);
        expect(device.pkid === undefined || device.pkid === pkid(300 + i)).toBe(true);
      });
      // The box is still open on the last device, and its steps say exactly what the device holds.
      const last = devices[round - 1]!;
      expect(box?.deviceId).toBe(last.id);
      expect(box!.steps.flatMap((s) => s.fields).sort()).toEqual(Object.keys(last.device).sort());
      // The next code joins that box: no new device.
      const input = page.getByRole('textbox', { name: 'Add identifier' });
      await input.fill(`Model ${round - 1}`);
      await input.press('Enter');
      await page.getByText(`Added to this box: Model Model ${round - 1}.`).first().waitFor({ timeout: 10_000 });
      expect((await readStored(page, listId)).devices).toHaveLength(round);
    }
    if (round === ROUNDS) {
      // How many of the killed writes had committed first (both outcomes are right; this says
      // the kill really landed during writes, not only after them).
      const { devices } = await readStored(page, listId);
      console.log(`killed mid-write: ${devices.filter((d) => d.device.pkid).length} of ${ROUNDS} PKID writes had committed`);
      await browser.kill();
      break;
    }
    const input = page.getByRole('textbox', { name: 'Add identifier' });
    await input.fill(serviceTag(300 + round));
    await input.press('Enter');
    await page.getByText(new RegExp(`(Added to this box: |Next box started with )Serial number ${serviceTag(300 + round)}`)).first().waitFor({ timeout: 10_000 });
    await input.fill(pkid(300 + round));
    await input.press('Enter');
    await writeStarted;
    await browser.kill();
    outside.push(...browser.outside);
  }
});

test('a full disk: the device stays on screen with a clear message, nothing stored is damaged, retry saves it', async () => {
  const session = await launch(await newProfileDir());
  await session.context.addInitScript(() => {
    const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { diskFull?: boolean }).diskFull) throw quotaError();
        return original.apply(this, args);
      };
    }
  });
  try {
    const page = await session.context.newPage();
    await page.goto(`${server.url}#/lists`);
    await createList(page, 'Full disk', 'Quota test');
    await addBox(page, serviceTag(900), pkid(900));

    // The disk fills up. (Chromium's own quota override, Storage.overrideQuotaForOrigin, is
    // not enforced for small IndexedDB writes here, so the browser's failure is simulated:
    // every put throws the QuotaExceededError a full disk gives.)
    await page.evaluate(() => Object.assign(window, { diskFull: true }));

    const input = page.getByRole('textbox', { name: 'Add identifier' });
    await input.fill(serviceTag(901));
    await input.press('Enter');
    await input.fill(pkid(901));
    await input.press('Enter');
    await expect.poll(() => page.getByText(/storage is full/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The codes are still on screen, ready for a retry.
    await expect.poll(() => page.getByText(pkid(901)).count()).toBeGreaterThan(0);
    expect(await deviceRow(page, serviceTag(901)).count()).toBe(0);

    // What was stored before is intact: a fresh read (another tab) shows it, and only it.
    const other = await session.context.newPage();
    await other.goto(page.url());
    await expect.poll(() => deviceRow(other, serviceTag(900)).count(), { timeout: 10_000 }).toBe(1);
    expect(await deviceRow(other, serviceTag(901)).count()).toBe(0);
    await other.close();
    await page.evaluate(() => Object.assign(window, { diskFull: false }));
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => deviceRow(page, serviceTag(901)).count(), { timeout: 10_000 }).toBe(1);
    expect(await deviceRow(page, serviceTag(900)).count()).toBe(1);
    expect(session.problems.filter((p) => !/QuotaExceeded|quota/i.test(p))).toEqual([]);
  } finally {
    outside.push(...session.outside);
    await session.close();
  }
});

test('offline throughout: create a list, add devices, reload, restart: all kept', async () => {
  const profile = await newProfileDir();
  const offlineServer = new StaticServer(distDir());
  await offlineServer.start();
  let session = await launch(profile);
  const page = await session.context.newPage();
  await page.goto(offlineServer.url);
  await page.evaluate(async () => navigator.serviceWorker.ready);
  const port = offlineServer.port;
  await offlineServer.stop();
  await session.context.setOffline(true);

  await page.reload();
  await createList(page, 'No network', 'Basement');
  for (let n = 950; n < 953; n++) await addBox(page, serviceTag(n), pkid(n));
  const listUrl = page.url();
  await page.reload();
  for (let n = 950; n < 953; n++) await expect.poll(() => deviceRow(page, serviceTag(n)).count(), { timeout: 10_000 }).toBe(1);

  outside.push(...session.outside);
  await session.close();
  session = await launch(profile);
  await session.context.setOffline(true);
  const again = await session.context.newPage();
  await again.goto(listUrl.replace(/localhost:\d+/, `localhost:${port}`));
  for (let n = 950; n < 953; n++) await expect.poll(() => deviceRow(again, serviceTag(n)).count(), { timeout: 10_000 }).toBe(1);
  expect(session.problems).toEqual([]);
  outside.push(...session.outside);
  await session.close();
});

test('no request left this machine', () => {
  expect(outside).toEqual([]);
});
