import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Unit and component tests. Pure core specs run in node; component specs opt into jsdom with
// a `// @vitest-environment jsdom` docblock. End-to-end tests live in tests/e2e and are run by
// tests/e2e/run.mjs against a real Chromium, not by vitest.
export default defineConfig({
  plugins: [svelte()],
  define: { __APP_VERSION__: JSON.stringify('test') },
  // Svelte's server build is loaded without the browser condition (toolchain-notes.md).
  resolve: { conditions: ['browser'] },
  test: {
    include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts', 'relay/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 20_000,
    setupFiles: ['tests/unit/load-all-texts.ts'],
  },
});
