import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PartnerCenterClient, type TokenProvider } from '../../src/adapters/partner-center';
import { MockPartnerCenter, signJwt } from '../e2e/support/mock-partner-center';

// The e2e mock Partner Center, driven with node's fetch and with the real client: it checks
// tokens as Partner Center does, pages customers, runs uploads to per-device results, and its
// faults and switches behave as the e2e tests will rely on.

const APP = 'http://localhost:4173';
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
const CUSTOMER = '33333333-3333-4333-8333-333333333333';

function token(overrides: Record<string, unknown> = {}, key = keys.privateKey): string {
  const now = Math.floor(Date.now() / 1000);
  return signJwt(key, {
    aud: 'https://api.partnercenter.microsoft.com',
    scp: 'user_impersonation',
    amr: ['pwd', 'mfa'],
    iat: now,
    nbf: now,
    exp: now + 3600,
    tid: 'partner-tenant',
    ...overrides,
  });
}

const mock = new MockPartnerCenter({ publicKey: keys.publicKey, appOrigin: APP, profiles: { [CUSTOMER]: [{ id: 'prof-1', name: 'Standard OOBE' }] } });
const tokens: TokenProvider = { getToken: () => Promise.resolve({ ok: true, token: token() }) };
const client = () => new PartnerCenterClient({ baseUrl: mock.url, fetch, tokens, sleep: () => Promise.resolve() });
const get = (path: string, init: RequestInit = {}) => fetch(`${mock.url}${path}`, { ...init, headers: { authorization: `Bearer ${token()}`, origin: APP, ...init.headers } });

beforeAll(() => mock.start());
afterAll(() => mock.stop());
beforeEach(() => {
  mock.requests.length = 0;
  mock.cors = 'app';
  mock.trackingLink = 'location';
  mock.bom = false;
  mock.release();
});

describe('tokens', () => {
  const refused: [string, string, string][] = [
    ['another key', token({}, other.privateKey), 'signature'],
    ['another audience', token({ aud: 'https://graph.microsoft.com' }), 'audience'],
    ['no user_impersonation scope', token({ scp: 'User.Read' }), 'scope'],
    ['expired', token({ exp: Math.floor(Date.now() / 1000) - 10 }), 'expired'],
    ['garbage', 'not-a-jwt', 'malformed'],
  ];
  for (const [name, bad, reason] of refused) {
    it(`refuses ${name} with 401`, async () => {
      const response = await fetch(`${mock.url}/v1/customers`, { headers: { authorization: `Bearer ${bad}` } });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('invalid_token');
      expect(mock.requests.at(-1)).toMatchObject({ tokenRefused: reason, status: 401 });
    });
  }

  it('a valid token without MFA gets the MFA-required answer, in the form chosen', async () => {
    const noMfa = token({ amr: ['pwd'] });
    mock.mfaRefusal = 'body-10001';
    let response = await fetch(`${mock.url}/v1/customers`, { headers: { authorization: `Bearer ${noMfa}` } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 10001, description: 'Authentication failed. MFA required.' });
    mock.mfaRefusal = 'claims-challenge';
    response = await fetch(`${mock.url}/v1/customers`, { headers: { authorization: `Bearer ${noMfa}` } });
    expect(response.headers.get('www-authenticate')).toMatch(/insufficient_claims.*claims="/);
    mock.mfaRefusal = 'body-10001';
  });

  it('the real client sees every MFA form as mfa-required', async () => {
    const noMfa: TokenProvider = { getToken: () => Promise.resolve({ ok: true, token: token({ amr: ['pwd'] }) }) };
    for (const form of ['body-10001', 'body-900421', 'claims-challenge'] as const) {
      mock.mfaRefusal = form;
      const result = await new PartnerCenterClient({ baseUrl: mock.url, fetch, tokens: noMfa }).listBatches(CUSTOMER);
      expect(result.ok === false && result.error.code, form).toBe('mfa-required');
      if (form === 'claims-challenge' && !result.ok) expect(JSON.parse(result.error.claims!)).toEqual({ access_token: { amr: { essential: true, values: ['mfa'] } } });
    }
    mock.mfaRefusal = 'body-10001';
  });
});

describe('customers', () => {
  it('come in pages of two with MS-ContinuationToken; the client finds one on page 2', async () => {
    const first = (await (await get('/v1/customers?size=100')).json()) as { items: unknown[]; links?: { next: { headers: { value: string }[] } } };
    expect(first.items).toHaveLength(2);
    expect(first.links?.next.headers[0]?.value).toBeTruthy();
    const found = await client().searchCustomers('northwind');
    expect(found).toEqual({ ok: true, value: [{ id: CUSTOMER, tenantId: CUSTOMER, companyName: 'Northwind Traders Oy', domain: 'northwind.fi' }] });
    expect(mock.calls('GET', /^\/v1\/customers$/).map((r) => r.continuationToken ?? null)).toEqual([null, null, 'Mg==']);
  });
});

describe('an upload with per-device results', () => {
  it('create, then queued -> processing -> finished_with_errors with 806, 808, 812 and a success', async () => {
    mock.deviceResults.set('SN-808', 808);
    mock.deviceResults.set('SN-812', 812);
    mock.deviceResults.set('SN-806', 806);
    const pc = client();
    const devices = [
      { serialNumber: 'SN-OK', pkid: '3258461234567' },
      { serialNumber: 'SN-806', manufacturer: 'HP', model: 'HP EliteBook 840 G10' },
      { serialNumber: 'SN-808', manufacturer: 'HP', model: 'HP EliteBook 840 G10' },
      { serialNumber: 'SN-812', manufacturer: 'Dell', model: 'Latitude' },
    ];
    const sent = await pc.createOrAppend(CUSTOMER, 'Northwind 2026-12', devices);
    expect(sent).toMatchObject({ ok: true, value: { created: true, from: 'location', batchId: 'Northwind 2026-12' } });
    if (!sent.ok) return;
    const statuses: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const status = await pc.getBatchStatus(CUSTOMER, sent.value.trackingId);
      if (status.ok) statuses.push(status.value.status);
      if (i === 2 && status.ok) {
        expect(status.value.devicesStatus.map((d) => [d.serialNumber, d.errorCode ?? 'ok'])).toEqual([
          ['SN-OK', 'ok'],
          ['SN-806', '806'],
          ['SN-808', '808'],
          ['SN-812', '812'],
        ]);
      }
    }
    expect(statuses).toEqual(['queued', 'processing', 'finished_with_errors']);
    const inBatch = await pc.listBatchDevices(CUSTOMER, 'Northwind 2026-12');
    expect(inBatch.ok && inBatch.value.map((d) => d.serialNumber)).toEqual(['SN-OK']);
  });

  it('appends to the same batch named in another case; a device sent again is 806', async () => {
    const pc = client();
    const sent = await pc.createOrAppend(CUSTOMER, 'NORTHWIND 2026-12', [{ serialNumber: 'SN-OK', pkid: '3258461234567' }]);
    expect(sent).toMatchObject({ ok: true, value: { created: false, batchId: 'Northwind 2026-12' } });
    expect(mock.calls('POST').map((r) => r.path)).toEqual(['/v1/customers/33333333-3333-4333-8333-333333333333/deviceBatches/Northwind%202026-12/devices']);
    if (!sent.ok) return;
    mock.queuedPolls = 0;
    mock.processingPolls = 0;
    const status = await pc.getBatchStatus(CUSTOMER, sent.value.trackingId);
    mock.queuedPolls = 1;
    mock.processingPolls = 1;
    expect(status).toMatchObject({ ok: true, value: { status: 'finished_with_errors', devicesStatus: [{ errorCode: '806' }] } });
  });

  it('hold() keeps a job processing until release()', async () => {
    const pc = client();
    const sent = await pc.createOrAppend(CUSTOMER, 'Held', [{ serialNumber: 'SN-H1', pkid: '3258460000001' }]);
    if (!sent.ok) throw new Error(sent.error.code);
    mock.hold();
    const seen = [];
    for (let i = 0; i < 4; i += 1) {
      const s = await pc.getBatchStatus(CUSTOMER, sent.value.trackingId);
      if (s.ok) seen.push(s.value.status);
    }
    mock.release();
    const last = await pc.getBatchStatus(CUSTOMER, sent.value.trackingId);
    expect(seen).toEqual(['queued', 'processing', 'processing', 'processing']);
    expect(last).toMatchObject({ ok: true, value: { status: 'finished' } });
  });

  it('the tracking link in the body instead of the header', async () => {
    mock.trackingLink = 'body';
    const sent = await client().createOrAppend(CUSTOMER, 'Body link', [{ pkid: '3258460000002' }]);
    expect(sent).toMatchObject({ ok: true, value: { from: 'body' } });
  });

  it('refuses empty fields and an empty policies array the way the real service hurt partners', async () => {
    const post = (body: unknown) =>
      get(`/v1/customers/${CUSTOMER}/deviceBatches`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    expect((await post({ batchId: 'x', devices: [{ serialNumber: '' }] })).status).toBe(400);
    expect((await post({ batchId: 'x', devices: [{ serialNumber: 'S', policies: [] }] })).status).toBe(500);
  });
});

describe('faults and switches', () => {
  it('429 with Retry-After, then success: the client waits and retries', async () => {
    mock.failNext({ status: 429, retryAfter: 2 });
    const slept: number[] = [];
    const pc = new PartnerCenterClient({ baseUrl: mock.url, fetch, tokens, sleep: (ms) => (slept.push(ms), Promise.resolve()) });
    expect((await pc.listBatches(CUSTOMER)).ok).toBe(true);
    expect(slept).toEqual([2000]);
    expect(mock.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('a 500 then success, only for the request it matches', async () => {
    mock.failNext({ status: 500, method: 'POST' });
    const sent = await client().createOrAppend(CUSTOMER, 'After 500', [{ pkid: '3258460000003' }]);
    expect(sent.ok).toBe(true);
    expect(mock.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST 500', 'POST 202']);
  });

  it('JSON with a BOM', async () => {
    mock.bom = true;
    const bytes = new Uint8Array(await (await get('/v1/customers')).arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x7b]);
    expect((await client().listProfiles(CUSTOMER)).ok).toBe(true);
  });

  it('CORS: answers only the app origin, and nothing at all when switched off', async () => {
    const preflight = (origin: string) =>
      fetch(`${mock.url}/v1/customers/${CUSTOMER}/deviceBatches`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    let response = await preflight(APP);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    response = await preflight('http://elsewhere.test');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    mock.cors = 'none';
    response = await preflight(APP);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect((await get('/v1/customers')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('profiles', () => {
  it('lists them and assigns one with DevicePolicyUpdates, polled like an upload', async () => {
    const pc = client();
    const profiles = await pc.listProfiles(CUSTOMER);
    expect(profiles).toEqual({ ok: true, value: [{ id: 'prof-1', name: 'Standard OOBE', category: 'o_o_b_e' }] });
    const devices = await pc.listBatchDevices(CUSTOMER, 'Northwind 2026-12');
    if (!devices.ok) throw new Error(devices.error.code);
    const assigned = await pc.assignProfile(CUSTOMER, [devices.value[0]!.id, 'no-such-device'], 'prof-1');
    if (!assigned.ok) throw new Error(assigned.error.code);
    await pc.getBatchStatus(CUSTOMER, assigned.value.trackingId);
    await pc.getBatchStatus(CUSTOMER, assigned.value.trackingId);
    const done = await pc.getBatchStatus(CUSTOMER, assigned.value.trackingId);
    expect(done.ok && done.value.devicesStatus.map((d) => d.errorCode ?? 'ok')).toEqual(['ok', '807']);
    expect(mock.batches(CUSTOMER)[0]!.devices[0]!.policies).toEqual([{ key: 'o_o_b_e', value: 'prof-1' }]);
  });
});
