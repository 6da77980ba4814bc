import { describe, expect, it } from 'vitest';
import { PartnerCenterClient } from './client';
import { claimsFromChallenge } from './classify-response';
import { fakeFetch, fakeTokens, json, testOptions } from './test-fetch';

const page = json({ items: [] });
const CLAIMS = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';

function setup() {
  const fake = fakeFetch();
  const tokens = fakeTokens();
  const { options } = testOptions(fake, tokens);
  return { fake, tokens, client: new PartnerCenterClient(options) };
}

describe('tokens', () => {
  it('sends the token as a bearer and no custom MS-* header', async () => {
    const { fake, client } = setup();
    fake.answer(page);
    await client.listBatches('c1');
    expect(fake.calls[0]!.headers).toEqual({ accept: 'application/json', authorization: 'Bearer token-1' });
  });

  it('401 re-acquires the token once with forceRefresh, then succeeds', async () => {
    const { fake, tokens, client } = setup();
    fake.answer(json({ code: 'x' }, { status: 401 }), page);
    expect(await client.listBatches('c1')).toEqual({ ok: true, value: [] });
    expect(tokens.requests).toEqual([undefined, { forceRefresh: true }]);
    expect(fake.calls[1]!.headers['authorization']).toBe('Bearer token-2');
  });

  it('a second 401 gives up: unauthorized, no loop', async () => {
    const { fake, tokens, client } = setup();
    fake.fallback = () => new Response('', { status: 401 });
    expect(await client.listBatches('c1')).toEqual({ ok: false, error: { code: 'unauthorized', status: 401 } });
    expect(fake.calls).toHaveLength(2);
    expect(tokens.requests).toHaveLength(2);
  });

  it('a token the auth layer could not get is returned as is, nothing sent', async () => {
    const { fake, tokens, client } = setup();
    tokens.result = { ok: false, error: { code: 'unauthorized', description: 'interaction_required' } };
    expect(await client.listBatches('c1')).toEqual({ ok: false, error: { code: 'unauthorized', description: 'interaction_required' } });
    expect(fake.calls).toHaveLength(0);
  });
});

describe('MFA refusals: every form is mfa-required, never retried here', () => {
  const forms: [string, () => Response][] = [
    ['"MFA required (10001)" body', () => json({ code: 10001, description: 'Authentication failed. MFA required.' }, { status: 401 })],
    ['error 900421', () => json({ code: 900421, description: 'Token is missing a claim' }, { status: 401 })],
    ['AADSTS50076 text', () => new Response('AADSTS50076: Due to a configuration change, you must use multi-factor authentication', { status: 401 })],
    ['a bare insufficient_claims challenge', () => new Response('', { status: 401, headers: { 'www-authenticate': 'Bearer error="insufficient_claims"' } })],
  ];
  for (const [name, answer] of forms) {
    it(name, async () => {
      const { fake, tokens, client } = setup();
      fake.fallback = answer;
      const result = await client.listBatches('c1');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('mfa-required');
      expect(fake.calls).toHaveLength(1);
      expect(tokens.requests).toEqual([undefined]);
    });
  }

  it('returns the decoded claims of a WWW-Authenticate challenge', async () => {
    const { fake, client } = setup();
    const header = `Bearer realm="", error="insufficient_claims", claims="${btoa(CLAIMS)}"`;
    fake.answer(new Response('', { status: 401, headers: { 'www-authenticate': header } }));
    expect(await client.listBatches('c1')).toEqual({ ok: false, error: { code: 'mfa-required', status: 401, claims: CLAIMS } });
  });

  it('claims: base64url and plain JSON forms', () => {
    const b64url = btoa(CLAIMS).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(claimsFromChallenge(`Bearer claims="${b64url}"`)).toBe(CLAIMS);
    expect(claimsFromChallenge(`Bearer claims="${CLAIMS.replace(/"/g, "'")}"`)).toBe(CLAIMS.replace(/"/g, "'"));
    expect(claimsFromChallenge('Bearer realm=""')).toBeUndefined();
    expect(claimsFromChallenge(null)).toBeUndefined();
  });

  it('an MFA refusal after a refreshed token is still mfa-required', async () => {
    const { fake, client } = setup();
    fake.answer(new Response('', { status: 401 }), json({ code: 10001, description: 'MFA required' }, { status: 401 }));
    expect(await client.listBatches('c1')).toMatchObject({ ok: false, error: { code: 'mfa-required', apiCode: 10001 } });
  });
});
