// "Update now" in one tab while another has an import preview open (issue 10): only the tab whose
// user accepted reloads; the other keeps its preview, shows the prompt, and reloads only when its
// own user accepts. (Waiting for work that runs when the user accepts: busy.spec.ts.)
import { expect, test } from 'vitest';
import { waitForServiceWorker } from './support/browser';
import { appWithNextVersion } from './support/next-version';
import { createList } from './support/ui';
import { autopilotInfoFile, hardwareHash } from './fixtures/device-files';

const app = appWithNextVersion('e2e-dist-next-tabs');

type Marked = { workInProgress?: string };

test('an update accepted in one tab leaves the other tab, with its import preview, alone until its user accepts', async () => {
  const { server, session, nextVersionDir } = app;
  // Tab B: a list with an import preview open (nothing stored yet).
  const b = await session.context.newPage();
  await b.goto(server.url);
  await waitForServiceWorker(b);
  await createList(b, 'Contoso week 14', 'Contoso AB');
  await b.getByRole('button', { name: 'Import file' }).click();
  const dialog = b.getByRole('dialog', { name: 'Import a file' });
  const chooser = b.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose file' }).click();
  await (await chooser).setFiles({
    name: 'AutopilotHWID.csv',
    mimeType: 'text/csv',
    buffer: autopilotInfoFile([1, 2].map((n) => ({ serial: `PF4TAB0${n}`, hash: hardwareHash(n) }))),
  });
  const preview = dialog.getByText('What was found in AutopilotHWID.csv');
  await expect.poll(() => preview.count(), { timeout: 15_000 }).toBe(1);
  await b.evaluate(() => Object.assign(window, { workInProgress: 'import preview of 2 devices' }));

  // Tab A: Settings.
  const a = await session.context.newPage();
  await a.goto(`${server.url}#/settings`);
  await waitForServiceWorker(a);
  await expect.poll(() => a.getByText(/^Version 0\.1\.0$/).count()).toBe(1);

  // A new deployment; tab A finds it and its user accepts.
  server.serve(nextVersionDir);
  await a.evaluate(async () => (await navigator.serviceWorker.ready).update());
  const promptA = a.getByRole('status').filter({ hasText: 'A new version of Boxpilot is available.' });
  await expect.poll(() => promptA.count(), { timeout: 20_000 }).toBe(1);
  await Promise.all([a.waitForEvent('load'), promptA.getByRole('button', { name: 'Update now' }).click()]);
  await expect.poll(() => a.getByText('Version 0.1.0+e2e-next').count(), { timeout: 15_000 }).toBe(1);

  // Tab B did not reload: its preview and its page state are still there, and it says why to reload.
  const promptB = b.getByRole('status').filter({ hasText: 'A new version of Boxpilot was installed from another tab.' });
  await expect.poll(() => promptB.count(), { timeout: 15_000 }).toBe(1);
  await b.waitForTimeout(1500);
  expect(await b.evaluate(() => (window as Marked).workInProgress)).toBe('import preview of 2 devices');
  expect(await preview.count()).toBe(1);

  // The preview stays usable; the prompt waits behind the modal import dialog. Closing the
  // import does not reload either: only B's own "Update now" does.
  await dialog.getByRole('button', { name: 'Cancel' }).last().click();
  await expect.poll(() => dialog.count()).toBe(0);
  await b.waitForTimeout(1000);
  expect(await b.evaluate(() => (window as Marked).workInProgress)).toBe('import preview of 2 devices');
  await Promise.all([b.waitForEvent('load', { timeout: 15_000 }), promptB.getByRole('button', { name: 'Update now' }).click()]);
  expect(await b.evaluate(() => (window as Marked).workInProgress)).toBeUndefined();
  await b.goto(`${server.url}#/settings`);
  await expect.poll(() => b.getByText('Version 0.1.0+e2e-next').count(), { timeout: 15_000 }).toBe(1);
  expect(session.problems).toEqual([]);
  expect(session.outside).toEqual([]);
});
