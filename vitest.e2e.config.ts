import { defineConfig } from 'vitest/config';

// End-to-end tests: real headless Chromium (playwright-core) against the production build in
// dist/. One file at a time: each starts its own browser, and these machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    // Fails any test after which a request left this machine.
    setupFiles: ['tests/e2e/support/egress-guard.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
