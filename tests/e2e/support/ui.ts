import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { storedDevices, storedSetting } from './stored';

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

/** The serial numbers stored for live devices, sorted (support/stored.ts reads them). */
export async function storedSerials(page: Page): Promise<string[]> {
  return (await storedDevices(page)).map((d) => d.serialNumber ?? '').sort();
}

/**
 * Chooses a language in Settings (the label is the current language's word for "Language") and
 * waits until the screen has switched and the choice is stored: the switch waits for the new
 * language's texts, so it is not done when selectOption returns.
 */
export async function chooseLanguage(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).selectOption(value);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(value);
  await expect.poll(() => storedSetting(page, 'language')).toBe(value);
}
