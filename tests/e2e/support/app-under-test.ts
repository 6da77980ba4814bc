import { afterAll, beforeAll } from 'vitest';
import { launch, newProfileDir, type Session } from './browser';
import { StaticServer } from './static-server';
import { distDir } from './app';

export interface AppUnderTest {
  readonly server: StaticServer;
  readonly session: Session;
  /** The app's address, ending in '/'. */
  readonly url: string;
}

/**
 * The production build on a plain static server and a fresh Chromium profile, for one test
 * file: started before its tests, stopped after them.
 */
export function appUnderTest(options: { viewport?: { width: number; height: number }; basePath?: string } = {}): AppUnderTest {
  let server: StaticServer | undefined;
  let session: Session | undefined;
  beforeAll(async () => {
    server = new StaticServer(distDir(), options.basePath ? { basePath: options.basePath } : {});
    await server.start();
    session = await launch(await newProfileDir(), options.viewport ? { viewport: options.viewport } : {});
  });
  afterAll(async () => {
    await session?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('The app under test is used before its beforeAll ran.');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get session() {
      return started(session);
    },
    get url() {
      return started(server).url;
    },
  };
}
