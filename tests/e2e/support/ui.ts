import type { Page } from 'playwright-core';

// Driving the app as a technician does. Shared by the journeys so a renamed button is fixed once.

export async function createList(page: Page, name: string, customer: string): Promise<void> {
  await page.getByRole('button', { name: 'New list' }).click();
  await page.getByLabel('List name').fill(name);
  await page.getByLabel('Customer', { exact: true }).fill(customer);
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('textbox', { name: 'Add identifier' }).waitFor({ timeout: 10_000 });
}

/**
 * Types one box (serial, then PKID), waits until the app confirms the PKID as stored on it, then
 * closes the box with Enter on the empty field ("Next box").
 */
export async function addBox(page: Page, serial: string, pkid: string): Promise<void> {
  const input = page.getByRole('textbox', { name: 'Add identifier' });
  await input.fill(serial);
  await input.press('Enter');
  await input.fill(pkid);
  await input.press('Enter');
  await page.getByText(`Added to this box: PKID ${pkid}.`).first().waitFor({ timeout: 10_000 });
  await input.press('Enter');
  await page.getByText(new RegExp(`Box closed: .*${serial}`)).first().waitFor({ timeout: 10_000 });
}

export function deviceRow(page: Page, serial: string) {
  return page.getByRole('grid', { name: 'Devices' }).getByRole('row').filter({ hasText: serial });
}

/**
 * The serial numbers stored for live devices, read straight from the app's IndexedDB: the
 * device table draws only the rows in view, so it cannot show a long list at once.
 */
export function storedSerials(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('boxpilot');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('devices').objectStore('devices').getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            const rows = read.result as { deletedAt?: number; device?: { serialNumber?: string } }[];
            resolve(rows.filter((row) => row.deletedAt === undefined).map((row) => row.device?.serialNumber ?? '').sort());
            db.close();
          };
        };
      }),
  );
}
