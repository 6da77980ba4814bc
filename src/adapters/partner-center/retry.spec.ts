import { describe, expect, it } from 'vitest';
import { PartnerCenterClient } from './client';
import { parseRetryAfter } from './retry-after';
import { fakeFetch, fakeTokens, json, testOptions } from './test-fetch';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const page = json({ totalCount: 0, items: [] });
const device = { serialNumber: 'SN1', manufacturer: 'Dell Inc.', model: 'Latitude 7440' };
const accepted = () => new Response(null, { status: 202, headers: { location: '/customers/c1/batchJobStatus/t-1' } });

function setup(extra = {}) {
  const fake = fakeFetch();
  const tokens = fakeTokens();
  const { options, slept } = testOptions(fake, tokens, extra);
  return { fake, tokens, slept, client: new PartnerCenterClient(options) };
}

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', NOW)).toBe(7000);
    expect(parseRetryAfter('Wed, 02 Dec 2026 12:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Wed, 02 Dec 2026 11:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });
});

describe('429 throttling', () => {
  it('waits exactly Retry-After seconds, then succeeds', async () => {
    const { fake, slept, client } = setup();
    fake.answer(json({ code: 429 }, { status: 429, headers: { 'retry-after': '3' } }), page);
    const result = await client.listBatches('c1');
    expect(result).toEqual({ ok: true, value: [] });
    expect(slept).toEqual([3000]);
    expect(fake.calls).toHaveLength(2);
  });

  it('honours an HTTP-date Retry-After', async () => {
    const { fake, slept, client } = setup();
    fake.answer(new Response('', { status: 429, headers: { 'retry-after': 'Wed, 02 Dec 2026 12:00:12 GMT' } }), page);
    expect((await client.listBatches('c1')).ok).toBe(true);
    expect(slept).toEqual([12_000]);
  });

  it('retries a throttled POST too (Partner Center did not act on it)', async () => {
    const { fake, client } = setup();
    fake.answer(new Response('', { status: 429, headers: { 'retry-after': '1' } }), accepted());
    const result = await client.addDevices('c1', 'Batch', [device]);
    expect(result).toMatchObject({ ok: true, value: { trackingId: 't-1' } });
    expect(fake.calls.map((c) => c.method)).toEqual(['POST', 'POST']);
  });

  it('gives up after a bounded number of retries and reports the wait', async () => {
    const { fake, slept, client } = setup({ maxRetries: 2 });
    fake.fallback = () => new Response('', { status: 429, headers: { 'retry-after': '2' } });
    const result = await client.listBatches('c1');
    expect(result).toEqual({ ok: false, error: { code: 'throttled', status: 429, retryAfterMs: 2000 } });
    expect(fake.calls).toHaveLength(3);
    expect(slept).toEqual([2000, 2000]);
  });

  it('does not sit on a Retry-After longer than the limit: returns it to the caller', async () => {
    const { fake, slept, client } = setup({ maxRetryAfterMs: 60_000 });
    fake.answer(new Response('', { status: 429, headers: { 'retry-after': '600' } }));
    const result = await client.listBatches('c1');
    expect(result).toMatchObject({ ok: false, error: { code: 'throttled', retryAfterMs: 600_000 } });
    expect(slept).toEqual([]);
  });
});

describe('5xx', () => {
  it('retries a read with exponential back-off, bounded', async () => {
    const { fake, slept, client } = setup({ maxRetries: 3, backoffBaseMs: 1000 });
    fake.fallback = () => json({ code: 'x', description: 'boom' }, { status: 503 });
    const result = await client.listBatches('c1');
    expect(result).toEqual({ ok: false, error: { code: 'server', status: 503, apiCode: 'x', description: 'boom' } });
    expect(fake.calls).toHaveLength(4);
    // random() = 0.5: three quarters of 1 s, 2 s, 4 s.
    expect(slept).toEqual([750, 1500, 3000]);
  });

  it('a 500 then success', async () => {
    const { fake, client } = setup();
    fake.answer(new Response('oops', { status: 500 }), page);
    expect(await client.listBatches('c1')).toEqual({ ok: true, value: [] });
  });

  it('retries a POST answered 500 (the server says it failed), then takes the 202', async () => {
    const { fake, client } = setup();
    fake.answer(new Response('', { status: 500 }), accepted());
    expect(await client.addDevices('c1', 'B', [device])).toMatchObject({ ok: true, value: { trackingId: 't-1' } });
    expect(fake.calls).toHaveLength(2);
  });

  it('never repeats a POST after a gateway error: it may have gone through (maybeSent)', async () => {
    const { fake, client } = setup();
    fake.answer(new Response('', { status: 504 }), accepted());
    const result = await client.addDevices('c1', 'B', [device]);
    expect(result).toEqual({ ok: false, error: { code: 'server', status: 504, maybeSent: true } });
    expect(fake.calls).toHaveLength(1);
  });
});

describe('no response at all', () => {
  it('retries a read after a lost connection, then reports network', async () => {
    const { fake, client } = setup({ maxRetries: 2 });
    fake.reachable = false;
    const result = await client.listBatches('c1');
    expect(result).toEqual({ ok: false, error: { code: 'network' } });
    expect(fake.calls).toHaveLength(3);
  });

  it('recovers when the connection comes back during the retries', async () => {
    const { fake, client } = setup();
    fake.reachable = false;
    fake.answer(new TypeError('Failed to fetch'), page);
    expect(await client.listBatches('c1')).toEqual({ ok: true, value: [] });
  });

  it('does not resend a POST whose connection dropped; says it may have been sent', async () => {
    const { fake, client } = setup();
    fake.reachable = false;
    const result = await client.createBatch('c1', 'B', [device]);
    expect(result).toEqual({ ok: false, error: { code: 'network', maybeSent: true } });
    expect(fake.calls).toHaveLength(1);
  });

  it('a TypeError while the host answers a no-cors probe, twice, is a blocked (CORS) call', async () => {
    const { fake, slept, client } = setup();
    fake.reachable = true;
    const result = await client.listBatches('c1');
    expect(result).toEqual({ ok: false, error: { code: 'blocked' } });
    expect(fake.calls).toHaveLength(2);
    expect(fake.probes).toBe(2);
    expect(slept).toEqual([]);
  });

  it('a read that fails once while the host is reachable (a reset connection) succeeds on the second try', async () => {
    const { fake, client } = setup();
    fake.answer(new TypeError('Failed to fetch'), page);
    expect(await client.listBatches('c1')).toEqual({ ok: true, value: [] });
  });

  it('a blocked POST is not tried again, and may have been sent', async () => {
    const { fake, client } = setup();
    expect(await client.addDevices('c1', 'B', [device])).toEqual({ ok: false, error: { code: 'blocked', maybeSent: true } });
    expect(fake.calls).toHaveLength(1);
  });

  it('offline is reported as offline, without retrying or probing', async () => {
    const { fake, client } = setup({ isOnline: () => false });
    expect(await client.listBatches('c1')).toEqual({ ok: false, error: { code: 'offline' } });
    expect(fake.calls).toHaveLength(1);
    expect(fake.probes).toBe(0);
  });
});

describe('AbortSignal', () => {
  it('an aborted signal sends nothing', async () => {
    const { fake, client } = setup();
    const controller = new AbortController();
    controller.abort();
    expect(await client.listBatches('c1', { signal: controller.signal })).toEqual({ ok: false, error: { code: 'aborted' } });
    expect(fake.calls).toHaveLength(0);
  });

  it('aborting during a back-off wait stops the retries', async () => {
    const controller = new AbortController();
    const { fake, client } = setup({
      sleep: () => {
        controller.abort();
        return Promise.resolve();
      },
    });
    fake.fallback = () => new Response('', { status: 503 });
    expect(await client.listBatches('c1', { signal: controller.signal })).toEqual({ ok: false, error: { code: 'aborted' } });
    expect(fake.calls).toHaveLength(1);
  });

  it('a fetch rejected with AbortError is aborted, not network', async () => {
    const { fake, client } = setup();
    fake.answer(new DOMException('aborted', 'AbortError'));
    expect(await client.getBatchStatus('c1', 't')).toEqual({ ok: false, error: { code: 'aborted' } });
  });

  it('the default sleep ends early when the signal aborts', async () => {
    const fake = fakeFetch();
    const tokens = fakeTokens();
    const { options } = testOptions(fake, tokens);
    delete options.sleep;
    const client = new PartnerCenterClient(options);
    fake.fallback = () => new Response('', { status: 429, headers: { 'retry-after': '50' } });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 30);
    const result = await client.listBatches('c1', { signal: controller.signal });
    expect(result).toEqual({ ok: false, error: { code: 'aborted' } });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
