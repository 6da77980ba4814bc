import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath, guardEgress, isLocal } from './browser';

/**
 * A Chromium we start ourselves and attach to over CDP, so a test can kill its process with
 * SIGKILL: no shutdown, no flush, exactly what a crashed tablet or a killed app does.
 */
export interface KillableBrowser {
  browser: Browser;
  context: BrowserContext;
  outside: string[];
  kill(): Promise<void>;
}

const FLAGS = [
  ...CHROMIUM_FLAGS,
  '--headless',
  '--remote-debugging-port=0',
  // Tall, so a whole test list fits in the device table (it draws only the rows in view).
  '--window-size=1280,3200',
];

export async function startKillable(profileDir: string): Promise<KillableBrowser> {
  const child = spawn(chromiumPath(), [...FLAGS, `--user-data-dir=${profileDir}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await devtoolsEndpoint(child);
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const outside: string[] = [];
  context.on('request', (request) => {
    if (!isLocal(request.url())) outside.push(request.url());
  });
  guardEgress({ outside });
  return {
    browser,
    context,
    outside,
    kill: async () => {
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

function devtoolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen.slice(-500)}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before it was ready: ${seen.slice(-500)}`));
    });
  });
}
