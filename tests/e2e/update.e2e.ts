import { expect, test } from 'vitest';
import { waitForServiceWorker } from './support/browser';
import { appWithNextVersion } from './support/next-version';

// A new deployment while the app is open: the user is told, and nothing reloads until they agree.
const app = appWithNextVersion('e2e-dist-next');

test('a new version shows the update prompt and switches only when the user accepts', async () => {
  const { server, session, nextVersionDir } = app;
  const page = await session.context.newPage();
  await page.goto(`${server.url}#/settings`);
  await waitForServiceWorker(page);
  await expect.poll(() => page.getByText(/^Version 0\.1\.0$/).count()).toBe(1);
  // Something the user is in the middle of: it must survive until they choose to update.
  await page.evaluate(() => Object.assign(window, { workInProgress: 'scan 17 of 40' }));

  server.serve(nextVersionDir);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of Boxpilot is available.' });
  await expect.poll(() => prompt.count(), { timeout: 20_000 }).toBe(1);

  // "Later" hides the prompt without reloading; the Settings screen still offers the update.
  await prompt.getByRole('button', { name: 'Later' }).click();
  await expect.poll(() => prompt.count()).toBe(0);
  await expect.poll(() => page.getByRole('button', { name: 'Update now' }).count()).toBe(1);
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { workInProgress?: string }).workInProgress)).toBe('scan 17 of 40');
  await expect.poll(() => page.getByText(/^Version 0\.1\.0$/).count()).toBe(1);

  expect(await prompt.count()).toBe(0);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()]);
  await expect.poll(() => page.getByText('Version 0.1.0+e2e-next').count(), { timeout: 15_000 }).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { workInProgress?: string }).workInProgress)).toBeUndefined();
  expect(session.problems).toEqual([]);
  expect(session.outside).toEqual([]);
});
