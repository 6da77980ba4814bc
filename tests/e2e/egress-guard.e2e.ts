import { expect, test } from 'vitest';
import { launch, newProfileDir, takeNewEgress } from './support/browser';

// The guard behind every e2e test (support/egress-guard.ts, run after each test): it must see a
// request to another host from any session, closed or not, and report each request once.
test('a request to another host is reported once, even from a session already closed', async () => {
  expect(takeNewEgress()).toEqual([]);
  const session = await launch(await newProfileDir());
  const page = await session.context.newPage();
  await page.goto('https://example.com/egress-probe').catch(() => undefined);
  await session.close();
  expect(takeNewEgress()).toContain('https://example.com/egress-probe');
  expect(takeNewEgress()).toEqual([]);
});

test('a session launched to provoke a request on purpose is not reported', async () => {
  const session = await launch(await newProfileDir(), { egressExpected: true });
  const page = await session.context.newPage();
  await page.goto('https://example.com/expected').catch(() => undefined);
  expect(session.outside).toContain('https://example.com/expected');
  await session.close();
  expect(takeNewEgress()).toEqual([]);
});
