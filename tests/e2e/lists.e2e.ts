import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { appUnderTest } from './support/app-under-test';
import { createList } from './support/ui';

const app = appUnderTest();

const listItem = (page: Page, name: string) =>
  page.getByRole('list', { name: 'Your device lists' }).getByRole('listitem').filter({ has: page.getByRole('link', { name: `Open ${name}`, exact: true }) });

test('create, rename, duplicate and delete (with undo) device lists; all of it survives a reload', async () => {
  const page = await app.session.context.newPage();
  await page.goto(app.url);
  await expect.poll(() => page.getByText('No device lists yet').count()).toBe(1);

  // The form explains what is wrong instead of saving a name that cannot be a group tag.
  await page.getByRole('button', { name: 'New list' }).click();
  await page.getByLabel('List name').fill('Malmö vecka 12');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect.poll(() => page.getByText(/must be ASCII/).count()).toBe(1);
  await expect.poll(() => page.getByText('Name the customer, so the list can be found later.').count()).toBe(1);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await createList(page, 'Contoso week 12', 'Contoso AB');
  await expect.poll(() => page.url()).toMatch(/#\/lists\/[^/]+$/);
  await page.goto(`${app.url}#/lists`);
  await expect.poll(() => listItem(page, 'Contoso week 12').count()).toBe(1);
  await expect.poll(() => listItem(page, 'Contoso week 12').getByText('0 devices').count()).toBe(1);

  await listItem(page, 'Contoso week 12').getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('List name').fill('Contoso week 13');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => listItem(page, 'Contoso week 13').count()).toBe(1);

  await listItem(page, 'Contoso week 13').getByRole('button', { name: 'Duplicate' }).click();
  await expect.poll(() => listItem(page, 'Contoso week 13 (copy)').count()).toBe(1);

  await listItem(page, 'Contoso week 13 (copy)').getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => listItem(page, 'Contoso week 13 (copy)').count()).toBe(0);
  await expect.poll(() => page.getByText('List "Contoso week 13 (copy)" moved to the trash.').count()).toBe(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => listItem(page, 'Contoso week 13 (copy)').count()).toBe(1);

  await page.reload();
  await expect.poll(() => listItem(page, 'Contoso week 13').count()).toBe(1);
  await expect.poll(() => listItem(page, 'Contoso week 13 (copy)').count()).toBe(1);
  await page.close();
});

test('a list created in one tab appears in another tab without a reload', async () => {
  const first = await app.session.context.newPage();
  const second = await app.session.context.newPage();
  await first.goto(app.url);
  await second.goto(app.url);
  await expect.poll(() => second.getByRole('button', { name: 'New list' }).count()).toBe(1);
  await createList(first, 'Fabrikam March', 'Fabrikam');
  await expect.poll(() => listItem(second, 'Fabrikam March').count(), { timeout: 10_000 }).toBe(1);
  await first.close();
  await second.close();
});

test('nothing went wrong on the way', () => {
  expect(app.session.problems).toEqual([]);
  expect(app.session.outside).toEqual([]);
});
