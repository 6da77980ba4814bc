import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM JavaScript (runs on node 20 without a build step), typed with JSDoc
import { startRelay } from './relay.mjs';

// The relay against a fake Partner Center on 127.0.0.1: what it forwards, what it refuses,
// what it never keeps.

const APP = 'https://boxpilot.example.com';
const TOKEN = 'Bearer eyJhbGciOiJSUzI1NiJ9.secret-token.sig';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let upstream: Server;
let upstreamUrl = '';
const seen: Seen[] = [];
let reply: (req: Seen) => { status: number; headers?: Record<string, string>; body?: string } = () => ({ status: 200, body: '{}' });

let relay: { url: string; close: () => Promise<void> };
const logs: string[] = [];

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      seen.push(entry);
      const answer = reply(entry);
      res.writeHead(answer.status, { 'content-type': 'application/json', 'set-cookie': 'x=1', ...answer.headers });
      res.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  relay = await startRelay({ target: upstreamUrl, allowedOrigins: [APP], basePath: '/pc', maxBodyBytes: 10_000, log: (line: string) => logs.push(line) });
});

afterAll(async () => {
  await relay.close();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

beforeEach(() => {
  seen.length = 0;
  logs.length = 0;
  reply = () => ({ status: 200, body: '{"items":[]}' });
});

const call = (path: string, init: RequestInit & { origin?: string | null } = {}) => {
  const headers = new Headers(init.headers);
  if (init.origin !== null) headers.set('origin', init.origin ?? APP);
  return fetch(`${relay.url}${path}`, { ...init, headers });
};

function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(relay.url);
    const req = request({ hostname, port, path, headers: { origin: APP, authorization: TOKEN } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('forwarding', () => {
  it('a customer page: path and query forwarded, Authorization unchanged, CORS for the app', async () => {
    const response = await call('/pc/v1/customers?size=100&seekOperation=Next', {
      headers: { authorization: TOKEN, accept: 'application/json', 'MS-ContinuationToken': 'tok==', cookie: 'session=1', 'x-other': 'no' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ items: [] });
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe('/v1/customers?size=100&seekOperation=Next');
    expect(seen[0]!.headers['authorization']).toBe(TOKEN);
    expect(seen[0]!.headers['ms-continuationtoken']).toBe('tok==');
    expect(seen[0]!.headers['cookie']).toBeUndefined();
    expect(seen[0]!.headers['x-other']).toBeUndefined();
    expect(seen[0]!.headers['origin']).toBeUndefined();
  });

  it('a POST of devices: body forwarded byte for byte; 202 with Location and Retry-After exposed', async () => {
    reply = () => ({ status: 202, headers: { location: '/customers/c1/batchJobStatus/t1', 'retry-after': '5' } });
    const body = JSON.stringify({ batchId: 'Lab 1', devices: [{ serialNumber: 'S1' }] });
    const response = await call('/pc/v1/customers/c1/deviceBatches', { method: 'POST', body, headers: { authorization: TOKEN, 'content-type': 'application/json' } });
    expect(response.status).toBe(202);
    expect(response.headers.get('location')).toBe('/customers/c1/batchJobStatus/t1');
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('access-control-expose-headers')).toMatch(/Location.*Retry-After.*WWW-Authenticate/);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/v1/customers/c1/deviceBatches', body });
    expect(seen[0]!.headers['content-type']).toBe('application/json');
  });

  it('every path the app uses, with an encoded batch name', async () => {
    const paths: [string, string][] = [
      ['GET', '/pc/v1/customers/c1/deviceBatches'],
      ['POST', '/pc/v1/customers/c1/deviceBatches/Lab%20%231%2FA/devices'],
      ['GET', '/pc/v1/customers/c1/deviceBatches/Lab%20%231%2FA/devices'],
      ['GET', '/pc/v1/customers/c1/batchJobStatus/t-1'],
      ['GET', '/pc/v1/customers/c1/policies'],
      ['PATCH', '/pc/v1/customers/c1/DevicePolicyUpdates'],
    ];
    for (const [method, path] of paths) {
      const response = await call(path, { method, headers: { authorization: TOKEN }, ...(method === 'GET' ? {} : { body: '[]' }) });
      expect(response.status, `${method} ${path}`).toBe(200);
    }
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual(paths.map(([m, p]) => `${m} ${p.slice(3)}`));
  });

  it('passes Partner Center errors through, WWW-Authenticate included', async () => {
    reply = () => ({ status: 401, headers: { 'www-authenticate': 'Bearer error="insufficient_claims", claims="e30="' }, body: '{"code":10001}' });
    const response = await call('/pc/v1/customers', { headers: { authorization: TOKEN } });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('insufficient_claims');
    expect(await response.json()).toEqual({ code: 10001 });
  });
});

describe('CORS preflight', () => {
  it('answers the app origin for a path it forwards', async () => {
    const response = await call('/pc/v1/customers/c1/deviceBatches', {
      method: 'OPTIONS',
      headers: { 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, PATCH');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization.*Content-Type.*MS-ContinuationToken/);
    expect(seen).toHaveLength(0);
  });

  it('refuses a preflight from another origin, with no CORS headers', async () => {
    const response = await call('/pc/v1/customers', { method: 'OPTIONS', origin: 'https://evil.example', headers: { 'access-control-request-method': 'GET' } });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a preflight for a method the path is not used with', async () => {
    const response = await call('/pc/v1/customers', { method: 'OPTIONS', headers: { 'access-control-request-method': 'DELETE' } });
    expect(response.status).toBe(405);
  });
});

describe('refusals: clear JSON errors, nothing forwarded', () => {
  const refusals: [string, string, RequestInit & { origin?: string | null }, number, string][] = [
    ['another origin', '/pc/v1/customers', { origin: 'https://evil.example', headers: { authorization: TOKEN } }, 403, 'relay.origin-not-allowed'],
    ['no origin', '/pc/v1/customers', { origin: null, headers: { authorization: TOKEN } }, 403, 'relay.origin-not-allowed'],
    ['a path the app never calls', '/pc/v1/customers/c1/orders', { headers: { authorization: TOKEN } }, 404, 'relay.path-not-allowed'],
    ['outside the base path', '/v1/customers', { headers: { authorization: TOKEN } }, 404, 'relay.path-not-allowed'],
    ['a DELETE', '/pc/v1/customers/c1/deviceBatches/B/devices', { method: 'DELETE', headers: { authorization: TOKEN } }, 405, 'relay.method-not-allowed'],
    ['no Authorization', '/pc/v1/customers', {}, 401, 'relay.missing-authorization'],
    ['a body over the limit', '/pc/v1/customers/c1/deviceBatches', { method: 'POST', body: 'x'.repeat(10_001), headers: { authorization: TOKEN } }, 413, 'relay.body-too-large'],
  ];
  for (const [name, path, init, status, code] of refusals) {
    it(name, async () => {
      const response = await call(path, init);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      const body = (await response.json()) as { code: string; description: string };
      expect(body.code).toBe(code);
      expect(body.description.length).toBeGreaterThan(10);
      expect(seen).toHaveLength(0);
    });
  }

  it('a dot segment, plain or encoded, is refused, never resolved (sent raw: fetch would normalise it)', async () => {
    for (const path of ['/pc/v1/customers/%2E%2E/deviceBatches', '/pc/v1/customers/c1/../../v1/customers', '/pc/v1/customers/a%5Cb/policies']) {
      const { status, body } = await rawGet(path);
      expect(status, path).toBe(400);
      expect(JSON.parse(body)).toMatchObject({ code: 'relay.bad-path' });
    }
    expect(seen).toHaveLength(0);
  });

  it('a refusal to the app itself still carries CORS, so the app can read why', async () => {
    const response = await call('/pc/v1/customers/c1/orders', { headers: { authorization: TOKEN } });
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('an unreachable Partner Center is a 502 JSON error', async () => {
    const dead = await startRelay({ target: 'http://127.0.0.1:9', allowedOrigins: [APP], log: () => {} });
    try {
      const response = await fetch(`${dead.url}/v1/customers`, { headers: { origin: APP, authorization: TOKEN } });
      expect(response.status).toBe(502);
      expect(((await response.json()) as { code: string }).code).toBe('relay.upstream-unreachable');
    } finally {
      await dead.close();
    }
  });
});

describe('stores and logs nothing secret', () => {
  it('the log has method, route and status: no token, body or customer id', async () => {
    reply = () => ({ status: 202, headers: { location: '/customers/tenant-42/batchJobStatus/t' } });
    await call('/pc/v1/customers/tenant-42/deviceBatches', { method: 'POST', body: '{"serial":"SECRET-SERIAL"}', headers: { authorization: TOKEN } });
    await call('/pc/v1/customers/tenant-42/orders', { headers: { authorization: TOKEN } });
    expect(logs).toHaveLength(2);
    expect(logs[0]).toMatch(/^POST create batch 202 \d+ms$/);
    const all = logs.join('\n');
    for (const secret of ['secret-token', 'SECRET-SERIAL', 'tenant-42']) expect(all).not.toContain(secret);
  });
});
