import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newProfileDir, type Session } from './support/browser';
import { StaticServer } from './support/static-server';
import { distDir } from './support/app';
import { createList } from './support/ui';
import { pkid } from './support/identifiers';
import { fakeCamera, launchWithCamera, type FakeCamera } from './support/fake-camera';
import { emptyFrame, renderLabel, type LabelCode } from '../support/labels';
import { readStored } from './support/stored';

// The "keep a photo of the label" setting (issue 8): off by default nothing is kept; on, the
// camera keeps a small JPEG with the device it read, in IndexedDB, and the row opens it.

const poll = <T>(fn: () => T | Promise<T>, timeout = 10_000) => expect.poll(fn, { timeout, interval: 50 });
const code128 = (text: string): LabelCode => ({ bcid: 'code128', encode: text, text, symbology: 'Code128', module: 2 });
const label = (serial: string, n: number) => renderLabel({ name: serial, codes: [code128(serial), code128(pkid(n))] });

interface StoredPhoto {
  key: string;
  type: string;
  size: number;
  head: number[];
  width: number;
}

/** Every `evidence:*` record in the app's meta store, decoded far enough to say what it is. */
function storedPhotos(page: Page): Promise<StoredPhoto[]> {
  return page.evaluate(
    () =>
      new Promise<StoredPhoto[]>((resolve, reject) => {
        const open = indexedDB.open('boxpilot');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('meta').objectStore('meta').getAll(IDBKeyRange.bound('evidence:', 'evidence:\uffff'));
          request.onerror = () => reject(request.error);
          request.onsuccess = async () => {
            open.result.close();
            const rows = request.result as { key: string; value: unknown }[];
            resolve(
              await Promise.all(
                rows.map(async ({ key, value }) => {
                  const blob = value instanceof Blob ? value : new Blob([]);
                  const width = blob.size ? (await createImageBitmap(blob)).width : 0;
                  return { key, type: blob.type, size: blob.size, head: [...new Uint8Array(await blob.slice(0, 2).arrayBuffer())], width };
                }),
              ),
            );
          };
        };
      }),
  );
}

/** Whether an image URL still loads (an <img>: the CSP allows blob: images, not blob: fetches). */
function loads(url: string): Promise<'loaded' | 'revoked'> {
  return page.evaluate(
    (u) =>
      new Promise<'loaded' | 'revoked'>((resolve) => {
        const probe = new Image();
        probe.onload = () => resolve('loaded');
        probe.onerror = () => resolve('revoked');
        probe.src = u;
      }),
    url,
  );
}

let server: StaticServer;
let camera: FakeCamera;
let session: Session;
let page: Page;

beforeAll(async () => {
  server = new StaticServer(distDir());
  await server.start();
  camera = await fakeCamera(emptyFrame());
  session = await launchWithCamera(await newProfileDir(), { video: camera.file, viewport: { width: 1280, height: 900 } });
  page = await session.context.newPage();
  await page.goto(`${server.url}#/lists`);
});
afterAll(async () => {
  await session?.close();
  await camera?.dispose();
  await server?.stop();
});

async function scanInNewList(name: string, serial: string, n: number): Promise<string> {
  await page.goto(`${server.url}#/lists`);
  await createList(page, name, 'Contoso AB');
  await camera.show(label(serial, n));
  await page.getByRole('button', { name: 'Scan with camera' }).click();
  await poll(async () => (await readStored(page)).devices.find((d) => d.device.serialNumber === serial && d.device.pkid === pkid(n))?.id).toBeTruthy();
  const id = (await readStored(page)).devices.find((d) => d.device.serialNumber === serial)!.id;
  await page.getByRole('button', { name: 'Stop scanning' }).click();
  await camera.show(emptyFrame());
  return id;
}

describe('label photos', () => {
  test('off by default: a scanned label keeps no photo and the row has no "Label photo"', async () => {
    await scanInNewList('No photos', 'NP7K2Q9', 51);
    // Long enough for a photo to have been encoded and stored had the setting been on.
    await page.waitForTimeout(1500);
    expect(await storedPhotos(page)).toEqual([]);
    expect(await page.getByRole('button', { name: /^Label photo, row/ }).count()).toBe(0);
  });

  test('turned on in Settings: the device gets a JPEG of its label, at most 640 px wide, which its row opens', async () => {
    await page.goto(`${server.url}#/settings`);
    const setting = page.getByRole('checkbox', { name: 'Keep a small photo of each scanned label with its device' });
    expect(await setting.isChecked()).toBe(false);
    await setting.check();
    await page.getByText('Saved.').first().waitFor();

    const id = await scanInNewList('With photos', 'WP4M8Z2', 52);
    await poll(async () => (await storedPhotos(page)).map((p) => p.key)).toEqual([`evidence:${id}`]);
    const [photo] = await storedPhotos(page);
    console.log(`label photo: ${photo!.size} bytes, ${photo!.width} px wide`);
    expect(photo).toMatchObject({ type: 'image/jpeg', head: [0xff, 0xd8] });
    expect(photo!.width).toBeGreaterThan(100);
    expect(photo!.width).toBeLessThanOrEqual(640);

    const open = page.getByRole('button', { name: 'Label photo, row 1' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Label photo of row 1' });
    const img = dialog.getByRole('img', { name: /box label of row 1/ });
    await poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(photo!.width);
    const src = (await img.getAttribute('src'))!;
    expect(src.startsWith('blob:')).toBe(true);
    expect(await loads(src)).toBe('loaded');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await poll(() => dialog.count()).toBe(0);
    // The blob: URL was revoked with the dialog: the image no longer stays in memory.
    expect(await loads(src)).toBe('revoked');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Label photo, row 1');
    expect(session.problems).toEqual([]);
  });
});
