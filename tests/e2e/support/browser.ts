import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** scripts/test-all.mjs finds (or installs) Chromium and passes its path on. */
export function chromiumPath(): string {
  const path = process.env.BOXPILOT_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Set BOXPILOT_CHROMIUM to a Chromium or Chrome binary.`);
  }
  return path;
}

// Flags from toolchain-notes.md: without the background-networking ones Chromium calls home.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export async function newProfileDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'boxpilot-profile-'));
}

export interface Session {
  context: BrowserContext;
  /**
   * Every URL the browser asked for that was not on this machine. Must stay empty: the e2e
   * setup (egress-guard.ts) fails the test after which it grew.
   */
  outside: string[];
  /** Console errors, page errors and CSP violations. */
  problems: string[];
  /** Lets a test route a real host (e.g. Microsoft's sign-in, to a fake) without it counting as
   *  outside: only this session, and only while the test's own route answers it. */
  allowHost(hostname: string): void;
  close(): Promise<void>;
}

export function isLocal(url: string): boolean {
  if (!/^https?:|^wss?:/.test(url)) return true; // data:, blob:, chrome-extension: never leave the machine
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/** Every session launched in this process, with how much of its `outside` was already checked. */
const launched: { session: { outside: string[] }; checked: number; expected: boolean }[] = [];

/** Puts a browser started some other way (killable-browser.ts) under the egress guard too. */
export function guardEgress(session: { outside: string[] }, expected = false): void {
  launched.push({ session, checked: 0, expected });
}

/**
 * Requests to other hosts made by any session since the last call (closed sessions included),
 * except sessions launched with `egressExpected` (a test that provokes one on purpose).
 */
export function takeNewEgress(): string[] {
  const fresh: string[] = [];
  for (const entry of launched) {
    const { outside } = entry.session;
    if (!entry.expected) fresh.push(...outside.slice(entry.checked));
    entry.checked = outside.length;
  }
  return fresh;
}

/** A persistent Chromium profile (so a restart keeps the service worker and IndexedDB). */
export async function launch(
  profileDir: string,
  options: {
    extraArgs?: string[];
    viewport?: { width: number; height: number };
    acceptDownloads?: boolean;
    /** This session reaches for another host on purpose: the egress guard ignores it. */
    egressExpected?: boolean;
  } = {},
): Promise<Session> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...(options.extraArgs ?? [])],
    viewport: options.viewport ?? { width: 1024, height: 768 },
    acceptDownloads: options.acceptDownloads ?? true,
    serviceWorkers: 'allow',
  });
  const outside: string[] = [];
  const problems: string[] = [];
  const routedHosts = new Set<string>();
  const leaves = (url: string) => !isLocal(url) && !routedHosts.has(new URL(url).hostname);
  // Anything not on this machine is recorded and refused, from pages and workers alike.
  await context.route(
    (url) => leaves(url.href),
    async (route) => {
      outside.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  context.on('request', (request) => {
    if (leaves(request.url())) outside.push(request.url());
  });
  const watch = (page: Page) => {
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/net::ERR_|Failed to load resource/.test(message.text())) {
        problems.push(`console: ${message.text()}`);
      }
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const session: Session = {
    context,
    outside,
    problems,
    allowHost: (hostname) => void routedHosts.add(hostname),
    close: () => context.close(),
  };
  guardEgress(session, options.egressExpected);
  return session;
}

/** Waits until the page is controlled by an activated service worker (offline-ready). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((done) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => done(), { once: true }),
      );
    }
    return registration.scope;
  });
}
