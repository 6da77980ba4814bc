import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM JavaScript (runs on node 20 without a build step)
import { startRelay } from '../../relay/relay.mjs';
import { CHROMIUM_FLAGS, chromiumPath, guardEgress, isLocal, newProfileDir } from './support/browser';
import { MockPartnerCenter, signJwt } from './support/mock-partner-center';
import { StaticServer } from './support/static-server';

// The Partner Center client in real Chromium, with real CORS between two origins (the page on
// localhost, the API on 127.0.0.1; Playwright does not touch these requests): a call the
// browser blocks is recognised as `blocked` (not `network`), the same calls through the relay
// work, and the headers the client needs (Location, Retry-After, WWW-Authenticate) are readable.
//
// The browser is launched WITHOUT Playwright request routing: with any `context.route` active
// (support/browser.ts's launch() has one, for its egress guard), Chromium skips real CORS
// preflights, so a blocked POST would even reach the server. Egress is still recorded and
// checked through guardEgress.

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const CUSTOMER = '11111111-1111-4111-8111-111111111111';
const exp = Math.floor(Date.now() / 1000) + 3600;
const claims = { aud: 'https://api.partnercenter.microsoft.com', scp: 'user_impersonation', exp };
const GOOD = signJwt(keys.privateKey, { ...claims, amr: ['pwd', 'mfa'] });
const NO_MFA = signJwt(keys.privateKey, { ...claims, amr: ['pwd'] });

let site: StaticServer;
let mock: MockPartnerCenter;
let relay: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;

type Outcome = { ok: boolean; error?: { code: string; claims?: string; maybeSent?: boolean }; value?: unknown };

/** Runs one client call in the page: `method(...args)` on a client for `baseUrl`. */
function inPage(baseUrl: string, token: string, method: string, args: unknown[]): Promise<Outcome> {
  return page.evaluate(
    async ({ baseUrl, token, method, args }) => {
      const { PartnerCenterClient } = (window as unknown as { pc: typeof import('../../src/adapters/partner-center') }).pc;
      const client = new PartnerCenterClient({
        baseUrl,
        fetch: (input, init) => fetch(input, init),
        tokens: { getToken: () => Promise.resolve({ ok: true as const, token }) },
        sleep: () => Promise.resolve(),
      });
      const call = (client as unknown as Record<string, (...a: unknown[]) => Promise<Outcome>>)[method]!.bind(client);
      return call(...args);
    },
    { baseUrl, token, method, args },
  );
}

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'boxpilot-pc-client-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      lib: { entry: resolve('src/adapters/partner-center/index.ts'), formats: ['es'], fileName: () => 'client.js' },
    },
  });
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>pc</title><script type="module">import * as pc from "./client.js"; window.pc = pc; window.ready = true;</script>');
  site = new StaticServer(dir);
  await site.start();
  const appOrigin = new URL(site.url).origin;
  mock = new MockPartnerCenter({ publicKey: keys.publicKey, appOrigin, mfaRefusal: 'claims-challenge' });
  await mock.start();
  relay = await startRelay({ target: mock.url, allowedOrigins: [appOrigin], basePath: '/pc', log: () => {} });
  context = await chromium.launchPersistentContext(await newProfileDir(), { executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  const outside: string[] = [];
  context.on('request', (request) => {
    if (!isLocal(request.url())) outside.push(request.url());
  });
  guardEgress({ outside });
  page = await context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
});

afterAll(async () => {
  await context?.close();
  await relay?.close();
  await mock?.stop();
  await site?.stop();
});

describe('Partner Center from a browser page', () => {
  it('the API without CORS for this origin: the call is recognised as blocked, nothing reached a route', async () => {
    mock.cors = 'none';
    mock.requests.length = 0;
    const result = await inPage(mock.url, GOOD, 'listBatches', [CUSTOMER]);
    expect(result).toEqual({ ok: false, error: { code: 'blocked' } });
    // Authorization forces a preflight; the mock refuses it, so the GET itself never went out.
    // After each refusal the client probes the API root (no-cors: the host answers); a read is
    // tried twice before it is called blocked.
    const preflight = `OPTIONS /v1/customers/${CUSTOMER}/deviceBatches`;
    expect(mock.requests.map((r) => `${r.method} ${r.path}`)).toEqual([preflight, 'GET /v1', preflight, 'GET /v1']);
  });

  it('a POST the browser blocks says it may have been sent (the job checks before resending)', async () => {
    mock.cors = 'none';
    const result = await inPage(mock.url, GOOD, 'addDevices', [CUSTOMER, 'B', [{ pkid: '3258460000001' }]]);
    expect(result.error).toEqual({ code: 'blocked', maybeSent: true });
    expect(mock.calls('POST')).toHaveLength(0);
  });

  it('an address where nothing listens is network, not blocked', async () => {
    const result = await inPage('http://127.0.0.1:9', GOOD, 'listBatches', [CUSTOMER]);
    expect(result).toEqual({ ok: false, error: { code: 'network' } });
  });

  it('the same calls through the relay work, with Location readable', async () => {
    mock.cors = 'none';
    mock.requests.length = 0;
    const base = `${relay.url}/pc`;
    const search = await inPage(base, GOOD, 'searchCustomers', ['northwind']);
    expect(search).toMatchObject({ ok: true, value: [{ companyName: 'Northwind Traders Oy' }] });
    const sent = await inPage(base, GOOD, 'createOrAppend', [CUSTOMER, 'Through the relay', [{ pkid: '3258460000002' }]]);
    expect(sent).toMatchObject({ ok: true, value: { from: 'location', created: true } });
    expect(mock.calls('POST')).toHaveLength(1);
    expect(mock.requests.every((r) => r.origin === undefined)).toBe(true);
  });

  it('through the relay, an MFA challenge in WWW-Authenticate reaches the client with its claims', async () => {
    const result = await inPage(`${relay.url}/pc`, NO_MFA, 'listBatches', [CUSTOMER]);
    expect(result.error?.code).toBe('mfa-required');
    expect(JSON.parse(result.error?.claims ?? '{}')).toEqual({ access_token: { amr: { essential: true, values: ['mfa'] } } });
  });

  it('the API with CORS for this origin works directly, 429 Retry-After included', async () => {
    mock.cors = 'app';
    mock.requests.length = 0;
    mock.failNext({ status: 429, retryAfter: 1 });
    const result = await inPage(mock.url, GOOD, 'listBatches', [CUSTOMER]);
    expect(result.ok).toBe(true);
    expect(mock.calls('GET').map((r) => r.status).slice(-2)).toEqual([429, 200]);
  });
});
