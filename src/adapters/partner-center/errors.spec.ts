import { describe, expect, it } from 'vitest';
import { PartnerCenterClient } from './client';
import { PC_ERROR_MESSAGES, type PcErrorCode } from './errors';
import { fakeFetch, fakeTokens, json, testOptions } from './test-fetch';

function setup() {
  const fake = fakeFetch();
  const { options } = testOptions(fake, fakeTokens());
  return { fake, client: new PartnerCenterClient(options) };
}

describe('status codes become stable error codes', () => {
  const cases: [number, PcErrorCode][] = [
    [400, 'bad-request'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [422, 'bad-request'],
  ];
  for (const [status, code] of cases) {
    it(`${status} -> ${code}, with Partner Center's code and description, not retried`, async () => {
      const { fake, client } = setup();
      fake.fallback = () => json({ code: 600012, description: 'Something specific', data: [], source: 'PartnerFD' }, { status });
      expect(await client.listBatches('c1')).toEqual({ ok: false, error: { code, status, apiCode: 600012, description: 'Something specific' } });
      expect(fake.calls).toHaveLength(1);
    });
  }

  it('a non-JSON error body becomes the description', async () => {
    const { fake, client } = setup();
    fake.answer(new Response('<html>Forbidden</html>', { status: 403 }));
    expect(await client.listBatches('c1')).toEqual({ ok: false, error: { code: 'forbidden', status: 403, description: '<html>Forbidden</html>' } });
  });
});

describe('bodies', () => {
  it('JSON starting with a UTF-8 BOM parses', async () => {
    const { fake, client } = setup();
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"totalCount":1,"items":[{"id":"Lab-1","devicesCount":2}]}')]);
    fake.answer(new Response(bytes, { status: 200 }));
    expect(await client.listBatches('c1')).toEqual({ ok: true, value: [{ id: 'Lab-1', devicesCount: 2 }] });
  });

  it('a BOM that survives decoding (a text() that keeps it) is stripped too', async () => {
    const { fake, client } = setup();
    const response = new Response('{}');
    Object.defineProperty(response, 'text', { value: () => Promise.resolve('\uFEFF{"items":[{"id":"B"}]}') });
    Object.defineProperty(response, 'clone', { value: () => response });
    fake.answer(response);
    expect(await client.listBatches('c1')).toEqual({ ok: true, value: [{ id: 'B' }] });
  });

  it('a read that answers 200 with something that is not JSON is bad-response', async () => {
    const { fake, client } = setup();
    fake.answer(new Response('<html>login</html>', { status: 200 }));
    expect(await client.listBatches('c1')).toMatchObject({ ok: false, error: { code: 'bad-response', status: 200 } });
  });

  it('a 200 JSON that is not a collection is bad-response', async () => {
    const { fake, client } = setup();
    fake.answer(json({ hello: 'world' }));
    expect(await client.listBatches('c1')).toMatchObject({ ok: false, error: { code: 'bad-response' } });
  });
});

describe('messages', () => {
  it('every code has an English text that says what to do', () => {
    for (const text of Object.values(PC_ERROR_MESSAGES)) expect(text.length).toBeGreaterThan(20);
    expect(PC_ERROR_MESSAGES.blocked).toMatch(/CSV/);
    expect(PC_ERROR_MESSAGES.blocked).toMatch(/relay/);
  });
});
