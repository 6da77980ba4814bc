import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { appUnderTest } from './support/app-under-test';
import { chooseLanguage } from './support/ui';

// The Help screen: reached from the navigation, its contents move keyboard focus without
// touching the router's hash, and it follows the language chosen in Settings.
const app = appUnderTest();

const heading = (page: Page, level: number, name: string) => page.getByRole('heading', { level, name, exact: true });

async function setLanguage(page: Page, label: string, value: string) {
  await page.getByRole('navigation', { name: /Main|Huvudmeny|Hovedmenu/ }).getByRole('link', { name: /Settings|Inställningar|Indstillinger/ }).click();
  await chooseLanguage(page, label, value);
}

test('Help opens from the navigation at #/help', async () => {
  const page = await app.session.context.newPage();
  await page.goto(app.url);
  await expect.poll(() => heading(page, 1, 'Device lists').count()).toBe(1);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help' }).click();
  await expect.poll(() => heading(page, 1, 'Help').count()).toBe(1);
  expect(page.url()).toMatch(/#\/help$/);
  const current = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help' });
  expect(await current.getAttribute('aria-current')).toBe('page');
  for (const name of ['Uploading a file in Partner Center', 'What a PKID is and where to find it', 'Registration errors in Partner Center']) {
    expect(await heading(page, 2, name).count()).toBe(1);
  }
  await page.close();
});

test('the contents move focus to a section and scroll it into view; the hash stays', async () => {
  const page = await app.session.context.newPage();
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(`${app.url}#/help`);
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await contents.getByRole('button', { name: 'Registration errors in Partner Center' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('help-errors');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const top = document.getElementById('help-errors')!.getBoundingClientRect().top;
        return top >= 0 && top < window.innerHeight / 2;
      }),
    )
    .toBe(true);
  expect(page.url()).toMatch(/#\/help$/);
  expect(await heading(page, 1, 'Help').count()).toBe(1);
  // Keyboard: back to the contents, then Enter on an entry.
  await page.getByRole('region', { name: 'Registration errors in Partner Center' }).getByRole('button', { name: 'Back to contents' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('help-contents');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('help-pkid');
  await page.close();
});

test('switching the language in Settings changes the Help text', async () => {
  const page = await app.session.context.newPage();
  await page.goto(app.url);
  await setLanguage(page, 'Language', 'sv');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Hjälp' }).click();
  await expect.poll(() => heading(page, 1, 'Hjälp').count()).toBe(1);
  expect(await heading(page, 2, 'Ladda upp en fil i Partnercenter').count()).toBe(1);
  expect(await page.getByText('Tillämpa profiler på enheter', { exact: false }).count()).toBe(1);
  expect(await page.locator('[data-code="pkid.format"]').textContent()).toContain('Ett PKID består av exakt 13 siffror');

  await setLanguage(page, 'Språk', 'da');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Hjælp' }).click();
  await expect.poll(() => heading(page, 2, 'Upload en fil i Partnercenter').count()).toBe(1);
  expect(await page.locator('[data-code="hash.length"]').textContent()).toContain('Hardware-hashen');
  expect(await page.getByRole('img', { name: 'Eksempel på kasseetiket' }).count()).toBe(1);

  await setLanguage(page, 'Sprog', 'en');
  await page.close();
});

test('on a 360 px phone the bottom bar holds three 44 px targets and Help does not scroll sideways', async () => {
  const page = await app.session.context.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${app.url}#/help`);
  // Each language's Settings label is the one to use when switching away from it.
  const steps = [
    { language: 'en', switchWith: null },
    { language: 'sv', switchWith: 'Language' },
    { language: 'da', switchWith: 'Språk' },
  ] as const;
  for (const { language, switchWith } of steps) {
    if (switchWith) await setLanguage(page, switchWith, language);
    await page.goto(`${app.url}#/help`);
    const nav = page.getByRole('navigation', { name: /Main|Huvudmeny|Hovedmenu/ });
    await expect.poll(() => nav.getByRole('link').count()).toBe(3);
    const boxes = await nav.getByRole('link').evaluateAll((links) => links.map((l) => l.getBoundingClientRect().toJSON() as DOMRect));
    boxes.forEach((box, i) => {
      expect(box.height, `${language} item ${i}`).toBeGreaterThanOrEqual(44);
      expect(box.width, `${language} item ${i}`).toBeGreaterThanOrEqual(44);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(360);
      expect(box.bottom).toBeLessThanOrEqual(740);
      if (i > 0) expect(box.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
  await setLanguage(page, 'Sprog', 'en');
  await page.close();
});

test('no console errors, no CSP violations, no request left this machine', () => {
  expect(app.session.problems).toEqual([]);
  expect(app.session.outside).toEqual([]);
});
