import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { appUnderTest } from './support/app-under-test';

// The device table at the sizes technicians use (issue 7, "The box" item 8): a tablet in portrait
// (800×1280), a laptop (1280×800) and a phone (390×844). Every field and the whole problem text
// must be readable without a hidden inner scroller, while the table stays virtualised.
const app = appUnderTest({ viewport: { width: 800, height: 1280 } });
const LIST = 'd-table-list';
const COUNT = 3_000;
const SHOTS = process.env.BOXPILOT_SHOTS ?? join(tmpdir(), 'boxpilot-shots');
const UPN = 'a.very.long.technician.name@contoso-subsidiary.example.onmicrosoft.com';
const MODEL = 'Latitude 5440 Commercial Notebook with a long marketing name';

/** A backup with one list of COUNT devices; every third has problems (a short PKID, a lower-case maker). */
function backup(): string {
  const now = Date.UTC(2026, 10, 1);
  const devices = Array.from({ length: COUNT }, (_, i) => ({
    id: `d-table-${String(i).padStart(5, '0')}`,
    listId: LIST,
    device: {
      serialNumber: `SN${String(i).padStart(8, '0')}`,
      pkid: i % 3 === 0 ? String(1000 + i) : String(3_000_000_000_000 + i * 7),
      manufacturer: i % 3 === 0 ? 'dell inc.' : 'Dell Inc.',
      model: MODEL,
      groupTag: 'Microsoft365Managed_SensitiveData-Shared',
      assignedUser: UPN,
    },
    source: 'typed',
    addedAt: now + i,
    updatedAt: now + i,
    problems: [],
  }));
  const list = { id: LIST, name: 'Table at every size', customerName: 'Contoso', dialect: 'partner-center', createdAt: now, updatedAt: now };
  return JSON.stringify({ format: 'boxpilot-backup', version: 1, exportedAt: now, lists: [list], devices, settings: {} });
}

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'boxpilot-table-'));
  const file = join(dir, 'backup.json');
  await writeFile(file, backup());
  const page = await app.session.context.newPage();
  await page.goto(`${app.url}#/settings`);
  await page.locator('input[type=file][accept*="json"]').setInputFiles(file);
  await page.waitForFunction(() => /restored/i.test(document.body.innerText), null, { timeout: 120_000, polling: 250 });
  await page.close();
});

const grid = (page: Page) => page.getByRole('grid', { name: 'Devices' });

async function openList(page: Page): Promise<void> {
  await page.goto(`${app.url}#/lists/${LIST}`);
  await grid(page).waitFor();
  // Validation runs after the rows: wait for the first device's problem to be shown.
  await expect.poll(() => grid(page).locator('[role=row][aria-rowindex="2"] .problem').count(), { timeout: 20_000 }).toBeGreaterThan(0);
}

/** Everything that must hold for what is drawn: nothing clipped, nothing overlapping, all text there. */
async function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const g = document.querySelector<HTMLElement>('[role=grid]')!;
    if (g.scrollWidth > g.clientWidth) faults.push(`grid scrolls sideways: ${g.scrollWidth} > ${g.clientWidth}`);
    const rows = [...g.querySelectorAll<HTMLElement>('[role=row]:not([aria-rowindex="1"])')].sort(
      (a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')),
    );
    let previousBottom = -Infinity;
    for (const row of rows) {
      const name = `row ${Number(row.getAttribute('aria-rowindex')) - 1}`;
      if (row.scrollWidth > row.clientWidth + 1) faults.push(`${name} is wider than the table: ${row.scrollWidth} > ${row.clientWidth}`);
      const box = row.getBoundingClientRect();
      if (box.top < previousBottom - 1) faults.push(`${name} overlaps the row above by ${previousBottom - box.top}px`);
      previousBottom = box.bottom;
      for (const cell of row.querySelectorAll<HTMLElement>('[role=gridcell]')) {
        const c = cell.getBoundingClientRect();
        if (cell.scrollWidth > cell.clientWidth + 1 || cell.scrollHeight > cell.clientHeight + 1) {
          faults.push(`${name}: a cell is clipped (${cell.className}): ${cell.scrollWidth}×${cell.scrollHeight} in ${cell.clientWidth}×${cell.clientHeight}`);
        }
        if (c.left < box.left - 1 || c.right > box.right + 1 || c.bottom > box.bottom + 1) faults.push(`${name}: a cell (${cell.className}) sticks out of its row`);
        for (const text of cell.querySelectorAll<HTMLElement>('.value, .problem')) {
          const t = text.getBoundingClientRect();
          if (t.right > c.right + 1 || t.bottom > c.bottom + 1) faults.push(`${name}: text cut off in ${cell.className}: "${text.textContent?.slice(0, 40)}"`);
          if (getComputedStyle(text).textOverflow === 'ellipsis' && text.scrollWidth > text.clientWidth) faults.push(`${name}: ellipsis in ${cell.className}`);
        }
      }
    }
    return faults;
  });
}

const sizes = [
  { name: 'tablet portrait', width: 800, height: 1280 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

for (const size of sizes) {
  test(`${size.name} ${size.width}×${size.height}: every field and the whole problem text are readable, nothing scrolls sideways`, async () => {
    const page = await app.session.context.newPage();
    await page.setViewportSize({ width: size.width, height: size.height });
    await openList(page);
    await grid(page).evaluate((g) => g.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, `device-table-${size.width}x${size.height}.png`) });
    expect(await layoutFaults(page)).toEqual([]);
    // Row 1 has a short PKID: its problem sentence is shown to the end, not cut mid-sentence.
    const first = grid(page).locator('[role=row][aria-rowindex="2"]');
    const problem = first.locator('.problem.error').first();
    await expect.poll(() => problem.textContent()).toMatch(/PKID.*\.$/);
    // Every field is there and visible, the long ones in full (the hash is abbreviated by design).
    for (const text of ['SN00000000', 'dell inc.', MODEL, 'Microsoft365Managed_SensitiveData-Shared', UPN]) {
      expect(await first.getByText(text, { exact: true }).isVisible()).toBe(true);
    }
    // Scrolled far down, the drawn rows are still laid out right, and still only a few of them.
    await grid(page).evaluate((g) => (g.scrollTop = g.scrollHeight / 2));
    await page.waitForTimeout(300);
    expect(await layoutFaults(page)).toEqual([]);
    expect(await grid(page).locator('[role=row]').count()).toBeLessThanOrEqual(40);
    await page.close();
  });
}

test('virtualised with rows of different heights: the last row is reachable, keyboard moves and edits', async () => {
  const page = await app.session.context.newPage();
  await page.setViewportSize({ width: 800, height: 1280 });
  await openList(page);
  // The rest of the list is read in the background after the first rows.
  await expect.poll(() => grid(page).getAttribute('aria-rowcount'), { timeout: 30_000 }).toBe(String(COUNT + 1));
  // The end of the list: Ctrl+End from a focused cell brings the last row into view.
  await grid(page).locator('[data-cell="0:1"]').focus();
  await page.keyboard.press('Control+End');
  const last = grid(page).locator(`[role=row][aria-rowindex="${COUNT + 1}"]`);
  await expect.poll(() => last.count()).toBe(1);
  await expect.poll(() => last.getByText(`SN${String(COUNT - 1).padStart(8, '0')}`).isVisible()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(`${COUNT - 1}:1`);
  expect(await layoutFaults(page)).toEqual([]);
  // Back to the top, two rows down, one cell right (PKID), Enter edits it in place.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('2:2');
  await page.keyboard.press('Enter');
  const input = grid(page).getByRole('textbox', { name: /PKID/ });
  await input.waitFor();
  await input.fill('3258461234567');
  await input.press('Enter');
  await expect.poll(() => grid(page).locator('[role=row][aria-rowindex="4"]').getByText('3258461234567').count(), { timeout: 10_000 }).toBe(1);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('2:2');
  await page.close();
});
