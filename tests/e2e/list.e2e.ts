import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { appUnderTest } from './support/app-under-test';
import { createList as createListThroughUi } from './support/ui';

// Saving, revalidating (debounced) and reading the identifier index take a moment on a busy
// 2-core machine: give every poll more than vitest's 1 s default.
const poll = <T>(fn: () => T | Promise<T>, options: { timeout?: number } = {}) => expect.poll(fn, { timeout: 8_000, ...options });

const app = appUnderTest({ viewport: { width: 1024, height: 900 } });

async function createList(page: Page, name: string, customer: string) {
  await page.goto(`${app.url}#/lists`);
  await createListThroughUi(page, name, customer);
  await poll(() => page.getByRole('heading', { level: 1, name }).count()).toBe(1);
}

const field = (page: Page) => page.getByRole('textbox', { name: 'Add identifier', exact: true });
const grid = (page: Page) => page.getByRole('grid', { name: 'Devices' });
const rows = (page: Page) => grid(page).locator('[role=row][aria-rowindex]:not([aria-rowindex="1"])');

async function type(page: Page, value: string) {
  await field(page).fill(value);
  await field(page).press('Enter');
}

/** The last result, as shown beside the box (and read out by the app's live region). */
const said = (page: Page, text: string | RegExp) => page.locator('[aria-live]').getByText(text).count();

test('boxes typed into "Add identifier" become devices; duplicates, EANs and product keys are asked about or refused', async () => {
  const page = await app.session.context.newPage();
  await createList(page, 'Contoso week 20', 'Contoso AB');
  await poll(() => grid(page).count()).toBe(1);
  await poll(() => page.getByText('No devices yet.', { exact: false }).count()).toBe(1);

  // Box 1: the first code is a stored device at once; the PKID joins it.
  await type(page, 'JX4K2M3');
  await poll(() => said(page, /Added to this box: Serial number JX4K2M3/)).toBe(1);
  await poll(() => rows(page).count()).toBe(1);
  await type(page, '3258461234567');
  await poll(() => said(page, 'Added to this box: PKID 3258461234567.')).toBe(1);
  await poll(() => rows(page).count()).toBe(1);

  // Box 2: a scanner-style AIM prefix: a second serial starts the next box.
  await type(page, ']C1PF3XYZ12');
  await poll(() => said(page, /Next box started with Serial number PF3XYZ12/)).toBe(1);
  await type(page, '3258461234560');
  await poll(() => rows(page).count()).toBe(2);

  // Box 3: a Lenovo 1S code carries model and serial; with the manufacturer it is a full tuple.
  await type(page, '1S20XW0026MXPF2ABCDE');
  await poll(() => said(page, /Next box started with .*PF2ABCDE/)).toBe(1);
  await poll(() => rows(page).count()).toBe(3);
  await poll(() => grid(page).getByText('20XW0026MX').count()).toBe(1);

  // A duplicate is asked about as it arrives, and not stored unless asked.
  await type(page, 'JX4K2M3');
  await poll(() => said(page, /Serial number JX4K2M3 is already in this list \(row 1\)\./)).toBe(1);
  await page.getByRole('button', { name: 'Skip it' }).click();
  await poll(() => rows(page).count()).toBe(3);

  // 13 digits with a valid EAN check digit on a box without a PKID: PKID or EAN? No guess.
  await type(page, '4006381333931');
  await poll(() => page.getByRole('button', { name: 'It is the PKID' }).count()).toBe(1);
  await page.getByRole('button', { name: 'It is the EAN product barcode (ignore it)' }).click();
  await poll(() => said(page, /is a product barcode \(EAN\/UPC\)/)).toBe(1);

  // A Windows product key is not a PKID: refused with what to scan instead.
  await type(page, 'VK7JG-NPHTM-C97JM-9MPGT-3V66T');
  await poll(() => said(page, /is a 25-character Windows product key, not a PKID/)).toBe(1);

  // Two serials typed by mistake start two boxes; "Undo last code" takes them back one by one
  // and reopens box 3, which the first of them had closed.
  await type(page, 'ABC12345');
  await type(page, 'ZZ998877');
  await poll(() => rows(page).count()).toBe(5);
  await page.getByRole('button', { name: 'Undo last code' }).click();
  await poll(() => rows(page).count()).toBe(4);
  await page.getByRole('button', { name: 'Undo last code' }).click();
  await poll(() => rows(page).count()).toBe(3);
  await poll(() => page.getByRole('region', { name: 'Box being filled' }).getByText('PF2ABCDE').count()).toBe(1);

  // A manufacturer typed in the wrong case: the exact firmware spelling is one tap away.
  await rows(page).nth(2).getByRole('gridcell').nth(4).click();
  // An input with a pick list is a combobox.
  await page.getByRole('combobox', { name: 'Manufacturer, row 3' }).fill('lenovo');
  await page.getByRole('combobox', { name: 'Manufacturer, row 3' }).press('Enter');
  await poll(() => rows(page).nth(2).getByText(/Warning:/).count()).toBeGreaterThan(0);
  await rows(page).nth(2).getByRole('button', { name: /Use "LENOVO"/ }).click();
  await poll(() => rows(page).nth(2).getByText('No problems').count()).toBe(1);
  await poll(() => rows(page).nth(2).getByText('LENOVO', { exact: true }).count()).toBe(1);
  await page.close();
});

test('a flagged row is fixed inline, filters find it, and everything survives a reload', async () => {
  const page = await app.session.context.newPage();
  await createList(page, 'Fabrikam May', 'Fabrikam');
  // The same devices are in "Contoso week 20": asked before storing, then a warning in words.
  const addAnyway = async (code: string) => {
    await type(page, code);
    await poll(() => page.getByRole('button', { name: 'Add anyway' }).count()).toBe(1);
    await poll(() => page.getByText(new RegExp(`${code} is already in the list "Contoso week 20"`)).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Add anyway' }).click();
    await poll(() => page.getByRole('button', { name: 'Add anyway' }).count()).toBe(0);
  };
  await addAnyway('JX4K2M3');
  await poll(() => rows(page).count()).toBe(1);
  await addAnyway('3258461234567');
  await addAnyway('PF3XYZ12');
  await addAnyway('3258461234560');
  await poll(() => rows(page).count()).toBe(2);
  await poll(() => grid(page).getByText(/is also in the list "Contoso week 20"/).count(), { timeout: 10_000 }).toBeGreaterThan(0);

  // Break row 2's PKID inline, see the error, filter to it, fix it again.
  await rows(page).nth(1).getByRole('gridcell').nth(2).click();
  const pkidInput = page.getByRole('textbox', { name: 'PKID, row 2' });
  await pkidInput.fill('12345');
  await pkidInput.press('Enter');
  await poll(() => grid(page).getByText(/A PKID is exactly 13 digits; "12345" is not/).count()).toBe(1);
  await poll(() => page.getByText('1 with errors').count()).toBe(1);
  await page.getByLabel('Show').selectOption('errors');
  await poll(() => rows(page).count()).toBe(1);
  await rows(page).first().getByRole('gridcell').nth(2).click();
  await page.getByRole('textbox', { name: 'PKID, row 2' }).fill('3258461234560');
  await page.getByRole('textbox', { name: 'PKID, row 2' }).press('Enter');
  await poll(() => page.getByText('0 with errors').count()).toBe(1);
  await poll(() => rows(page).count()).toBe(0);
  await page.getByLabel('Show').selectOption('all');

  // Keyboard: arrows move between cells, Enter edits.
  await rows(page).first().getByRole('gridcell').nth(1).click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await poll(() => page.getByRole('textbox', { name: 'PKID, row 2' }).count()).toBe(1);
  await page.keyboard.press('Escape');

  await page.reload();
  await poll(() => rows(page).count()).toBe(2);
  await poll(() => grid(page).getByText('3258461234560', { exact: true }).count()).toBe(1);
  await poll(() => page.getByText('2 devices').count()).toBe(1);

  // Delete to the trash, then Undo from the announcement.
  await rows(page).first().getByRole('checkbox', { name: 'Select row 1' }).check();
  await page.getByRole('button', { name: 'Delete selected (1)' }).click();
  await poll(() => rows(page).count()).toBe(1);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await poll(() => rows(page).count()).toBe(2);
  await page.close();
});

test('the same list open in two tabs shares its devices and its open box', async () => {
  const first = await app.session.context.newPage();
  await createList(first, 'Two tabs', 'Litware');
  const second = await app.session.context.newPage();
  await second.goto(first.url());
  await poll(() => grid(second).count()).toBe(1);
  await type(second, 'TAB2BOX1'); // the box is opened in the second tab
  await poll(() => rows(first).count(), { timeout: 10_000 }).toBe(1);
  await poll(() => first.getByRole('region', { name: 'Box being filled' }).getByText('TAB2BOX1').count(), { timeout: 10_000 }).toBe(1);
  await type(first, '3258461234611'); // joins that box
  await poll(() => second.getByRole('region', { name: 'Box being filled' }).getByText('3258461234611').count(), { timeout: 10_000 }).toBe(1);
  await type(first, 'TAB1SER1'); // the next box
  await poll(() => rows(second).count(), { timeout: 10_000 }).toBe(2);
  await first.close();
  await second.close();
});

test('touch targets on the list screen are at least 44 px', async () => {
  const page = await app.session.context.newPage();
  await page.setViewportSize({ width: 768, height: 1024 });
  await createList(page, 'Tablet check', 'Northwind');
  await type(page, 'JX4K2M3');
  const sizes = await page
    .locator('main button:visible, main input:visible, main select:visible, main [role=gridcell]:visible label')
    .evaluateAll((els) => els.map((el) => ({ what: el.outerHTML.slice(0, 80), ...(el.getBoundingClientRect().toJSON() as DOMRect) })));
  expect(sizes.length).toBeGreaterThan(3);
  for (const s of sizes.filter((x) => !x.what.startsWith('<input type="checkbox"'))) {
    expect(s.height, s.what).toBeGreaterThanOrEqual(44);
    expect(s.width, s.what).toBeGreaterThanOrEqual(44);
  }
  await page.close();
});

test('no request left this machine and nothing went wrong in the page', () => {
  expect(app.session.outside).toEqual([]);
  expect(app.session.problems).toEqual([]);
});
