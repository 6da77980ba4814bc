import { beforeAll } from 'vitest';
import { build } from 'vite';
import { resolve } from 'node:path';
import { appUnderTest, type AppUnderTest } from './app-under-test';

export interface AppWithNextVersion extends AppUnderTest {
  /** The next version's build: `server.serve(nextVersionDir)` deploys it while the app is open. */
  readonly nextVersionDir: string;
}

/**
 * For the update tests: before the file's tests, builds the app's next version (the same
 * sources, version label "e2e-next", so Settings shows "Version 0.1.0+e2e-next") into
 * .tmp/<dirName>, then starts the production build on a static server and a fresh Chromium
 * profile as appUnderTest does; both are stopped after the file's tests.
 */
export function appWithNextVersion(dirName: string): AppWithNextVersion {
  const nextVersionDir = resolve('.tmp', dirName);
  // Registered before appUnderTest's hooks, so the build runs before the server and the browser start.
  beforeAll(async () => {
    process.env.BOXPILOT_BUILD_LABEL = 'e2e-next';
    try {
      await build({ logLevel: 'error', build: { outDir: nextVersionDir, emptyOutDir: true } });
    } finally {
      delete process.env.BOXPILOT_BUILD_LABEL;
    }
  });
  const app = appUnderTest();
  return {
    get server() {
      return app.server;
    },
    get session() {
      return app.session;
    },
    get url() {
      return app.url;
    },
    nextVersionDir,
  };
}
