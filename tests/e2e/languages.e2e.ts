import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { launch, newProfileDir, waitForServiceWorker } from './support/browser';
import { appUnderTest } from './support/app-under-test';
import { distDir } from './support/app';
import { chooseLanguage, createList } from './support/ui';

// Each screen's texts are downloaded in the active language only; a switch downloads the other
// language's texts of everything in use, and works offline (they are precached) (issue 7).

const TABLET = { width: 800, height: 1280 };
const app = appUnderTest({ viewport: TABLET });

type TextFile = { pack: string; locale: string };

/** The built file of each text pack and language, by file name (from Vite's manifest). */
function textFiles(): Map<string, TextFile> {
  const manifest = JSON.parse(readFileSync(join(distDir(), '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
  const files = new Map<string, TextFile>();
  for (const [source, chunk] of Object.entries(manifest)) {
    const match = /^src\/ui\/i18n\/texts\/([^/]+)\/(en|sv|da)\.ts$/.exec(source);
    if (match) files.set(chunk.file.split('/').pop()!, { pack: match[1]!, locale: match[2]! });
  }
  return files;
}

/** Records every text file the page asks for (from the network or the service worker). */
function watchTexts(page: Page): { seen: TextFile[]; reset: () => void } {
  const files = textFiles();
  const seen: TextFile[] = [];
  page.on('request', (request: Request) => {
    const file = files.get(new URL(request.url()).pathname.split('/').pop() ?? '');
    if (file) seen.push(file);
  });
  return { seen, reset: () => void seen.splice(0) };
}

const locales = (files: TextFile[]) => [...new Set(files.map((f) => f.locale))].sort();
const packs = (files: TextFile[]) => [...new Set(files.map((f) => f.pack))].sort();

// The device's row in any language (the grid's name is translated too).
const row = (page: Page) => page.getByRole('row').filter({ hasText: 'LANG0001' });

async function heading(page: Page, name: string | RegExp) {
  await expect.poll(() => page.getByRole('heading', { level: 1, name }).count(), { timeout: 15_000 }).toBe(1);
}

test('each screen brings its texts in the active language only; a switch brings the other, offline too', async () => {
  const page = await app.session.context.newPage();
  const texts = watchTexts(page);
  await page.goto(app.url);
  await heading(page, 'Device lists');
  expect(locales(texts.seen)).toEqual(['en']);
  expect(packs(texts.seen)).toEqual(['lists', 'shell', 'storage-errors']);

  // A device with a problem, so the list screen shows a problem text.
  await createList(page, 'Languages', 'Contoso');
  const input = page.getByRole('textbox', { name: 'Add identifier' });
  await input.fill('LANG0001');
  await input.press('Enter');
  await page.getByText('Added to this box: Serial number LANG0001.').first().waitFor({ timeout: 10_000 });
  await expect.poll(() => row(page).textContent()).toContain('are needed together (the tuple)');
  expect(locales(texts.seen)).toEqual(['en']);
  expect(packs(texts.seen)).toEqual(expect.arrayContaining(['list', 'import', 'export', 'problems', 'scanner', 'registration']));

  await page.getByRole('link', { name: 'Settings' }).click();
  await heading(page, 'Settings');
  await waitForServiceWorker(page);
  texts.reset();
  await chooseLanguage(page, 'Language', 'sv');
  await heading(page, 'Inställningar');
  expect(locales(texts.seen)).toEqual(['sv']);
  // Everything in use so far, in Swedish: going back to the list needs no download to show it.
  expect(packs(texts.seen)).toEqual(expect.arrayContaining(['shell', 'lists', 'list', 'problems', 'settings', 'scanner']));
  await page.goBack();
  await expect.poll(() => row(page).textContent()).toContain('behövs tillsammans (tupeln)');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');

  // A reload in Swedish asks for Swedish texts only.
  texts.reset();
  await page.reload();
  await expect.poll(() => row(page).textContent(), { timeout: 15_000 }).toContain('(tupeln)');
  expect(locales(texts.seen)).toEqual(['sv']);

  // Offline: Danish comes from the service worker's cache.
  await app.session.context.setOffline(true);
  try {
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await heading(page, 'Inställningar');
    texts.reset();
    await chooseLanguage(page, 'Språk', 'da');
    await heading(page, 'Indstillinger');
    expect(locales(texts.seen)).toEqual(['da']);
    await page.getByRole('link', { name: 'Hjælp' }).click();
    await heading(page, 'Hjælp');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => row(page).textContent()).toContain('skal bruges sammen (tuplen)');
  } finally {
    await app.session.context.setOffline(false);
  }
  expect(app.session.problems).toEqual([]);
  await page.close();
});

/**
 * A page in a profile of its own (no service worker cache to hide the failure) where one text
 * file cannot be downloaded until `allow` is called.
 */
async function withUnreachableText(pack: string, locale: string, use: (page: Page, allow: () => Promise<void>) => Promise<void>) {
  const session = await launch(await newProfileDir(), { viewport: TABLET });
  try {
    const file = [...textFiles()].find(([, f]) => f.pack === pack && f.locale === locale)![0];
    const refuse = (url: URL) => url.pathname.endsWith(`/${file}`);
    await session.context.route(refuse, (route) => route.abort('internetdisconnected'));
    await use(await session.context.newPage(), () => session.context.unroute(refuse));
  } finally {
    await session.close();
  }
}

test('a language that cannot be downloaded leaves the screen as it was and says so; choosing again works', async () => {
  await withUnreachableText('shell', 'da', async (page, allow) => {
    await page.goto(`${app.url}#/settings`);
    await heading(page, 'Settings');
    await page.getByLabel('Language').selectOption('da');
    await page.getByText('That language could not be downloaded, so the language did not change.').waitFor({ timeout: 10_000 });
    await heading(page, 'Settings');
    expect(await page.getByLabel('Language').inputValue()).toBe('en');

    await allow();
    await page.getByLabel('Language').selectOption('da');
    await heading(page, 'Indstillinger');
    expect(await page.getByText('That language could not be downloaded').count()).toBe(0);
  });
});

test('when the first screen’s texts cannot be downloaded, the page says so and Reload starts the app', async () => {
  await withUnreachableText('shell', 'en', async (page, allow) => {
    await page.goto(app.url);
    const alert = page.getByRole('alert').filter({ hasText: 'Boxpilot could not download its texts' });
    await alert.waitFor({ timeout: 10_000 });
    await allow();
    await alert.getByRole('button', { name: 'Reload' }).click();
    await heading(page, 'Device lists');
  });
});
