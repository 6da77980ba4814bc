// Loaded by vitest.e2e.config.ts before every e2e file: after EVERY test (and after a file's
// afterAll hooks), any request that left this machine fails that test, naming the URLs. A
// closing "no request left this machine" test alone passes trivially when its file runs alone
// or before the request happens; this check does not depend on order.
import { afterAll, afterEach } from 'vitest';
import { takeNewEgress } from './browser';

function check(when: string): void {
  const fresh = takeNewEgress();
  if (fresh.length > 0) throw new Error(`A request left this machine ${when}: ${[...new Set(fresh)].join(', ')}`);
}

afterEach(() => check('during this test'));
afterAll(() => check("in this file's closing hooks"));
