import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { appUnderTest } from './support/app-under-test';
import { FakeMicrosoft, LOGIN_HOST, PARTNER_CENTER_AUDIENCE } from './support/fake-microsoft';

// Sign-in with the real MSAL code and the app's production configuration: Microsoft's sign-in
// host is routed to a local fake (support/fake-microsoft.ts), nothing else leaves the machine.
const app = appUnderTest();
const fake = new FakeMicrosoft();
const CLIENT_ID = '3f0c2a9e-8d47-4b1e-9c6a-2e5d7f8a9b10';

function decode(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

test('sign in from Settings, come back signed in, survive a reload, sign out', async () => {
  app.session.allowHost(LOGIN_HOST);
  await fake.install(app.session.context);
  fake.knownClients.add(CLIENT_ID);
  const page = await app.session.context.newPage();
  await page.goto(`${app.url}#/settings`);
  const status = page.getByTestId('sign-in-status');
  await expect.poll(() => status.textContent()).toContain('Enter and save the client ID');
  expect(await page.getByRole('button', { name: 'Sign in' }).isDisabled()).toBe(true);

  await page.getByLabel('Client ID').fill('not-a-client-id');
  await expect.poll(() => page.getByText('A client ID is 32 hexadecimal digits').count()).toBe(1);
  await page.getByLabel('Client ID').fill(CLIENT_ID);
  expect(await page.getByLabel('Partner Center API base URL').inputValue()).toBe('https://api.partnercenter.microsoft.com/v1');
  await page.getByRole('region', { name: 'Partner Center and Microsoft sign-in' }).getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => status.textContent()).toContain('Not signed in.');

  // Before anything was contacted, the page narrowed connect-src to the configured hosts.
  const narrowed = await page.locator('meta[data-boxpilot="connect"]').getAttribute('content');
  expect(narrowed).toBe("connect-src 'self' https://login.microsoftonline.com https://api.partnercenter.microsoft.com");

  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain(`Signed in as ${fake.user.name} (${fake.user.username}).`);
  expect(await status.textContent()).toContain(`Tenant: ${fake.user.tenantId}`);
  expect(new URL(page.url()).hash).toBe('#/settings'); // back exactly where the user started, no code left in the URL

  // The authorization request was auth code + PKCE for Partner Center, and the token request
  // proved the verifier (the fake refuses a wrong one) for the same client.
  const authorize = fake.requests.find((r) => r.path.endsWith('/oauth2/v2.0/authorize'))!;
  expect(authorize.params).toMatchObject({ client_id: CLIENT_ID, response_type: 'code', code_challenge_method: 'S256', redirect_uri: app.url, response_mode: 'fragment' });
  expect(authorize.params['scope']).toContain('https://api.partnercenter.microsoft.com/user_impersonation');
  expect(authorize.params['nonce']).toBeTruthy();
  const token = fake.requests.find((r) => r.path.endsWith('/oauth2/v2.0/token'))!;
  expect(token.params).toMatchObject({ client_id: CLIENT_ID, grant_type: 'authorization_code' });
  expect(token.params['code_verifier']).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
  expect(fake.issued.at(-1)).toMatchObject({ aud: PARTNER_CENTER_AUDIENCE, scp: 'user_impersonation', amr: ['pwd', 'mfa'], tid: fake.user.tenantId });

  await page.reload();
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain(`Signed in as ${fake.user.name}`);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect.poll(() => fake.paths().some((p) => p.endsWith('/oauth2/v2.0/logout'))).toBe(true);
  const logout = fake.requests.find((r) => r.path.endsWith('/oauth2/v2.0/logout'))!;
  expect(logout.params['post_logout_redirect_uri']).toBe(app.url);
  await expect.poll(() => page.url()).toMatch(new RegExp(`^${app.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await page.goto(`${app.url}#/settings`);
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('Not signed in.');
  expect(await page.getByRole('button', { name: 'Sign in' }).isEnabled()).toBe(true);

  expect(app.session.problems).toEqual([]);
  await page.close();
});

test('a cancelled sign-in comes back to Settings and says so; a new API host asks for a reload and is then allowed exactly', async () => {
  const page = await app.session.context.newPage();
  await page.goto(`${app.url}#/settings`);
  const status = page.getByTestId('sign-in-status');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('Not signed in.');
  fake.nextAuthorizeError = { error: 'access_denied', error_description: 'AADSTS65004: User declined to consent to access the app.' };
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain('Sign-in was cancelled. Press "Sign in" to try again.');
  expect(new URL(page.url()).hash).toBe('#/settings');
  expect(await page.getByRole('heading', { name: 'Page not found' }).count()).toBe(0);

  // The partner kind is a stored choice, explained where it is made.
  await page.getByLabel('Indirect reseller').check();
  expect(await page.getByText('Microsoft does not allow resellers to use the Partner Center API').count()).toBe(1);

  // A relay on this machine: the running page may not reach it until it reloads.
  const card = page.getByRole('region', { name: 'Partner Center and Microsoft sign-in' });
  await page.getByLabel('Partner Center API base URL').fill('http://127.0.0.1:9/v1');
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => card.getByText('Reload Boxpilot to use the new address').count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Sign in' }).isDisabled()).toBe(true);
  await card.getByRole('button', { name: 'Reload now' }).click();
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('Not signed in.');
  expect(await page.locator('meta[data-boxpilot="connect"]').getAttribute('content')).toBe("connect-src 'self' https://login.microsoftonline.com http://127.0.0.1:9");
  expect(await page.getByLabel('Indirect reseller').isChecked()).toBe(true);
  await page.getByLabel('Not sure yet').check();
  // The effective policy is the intersection: Partner Center's own host is now refused.
  const reach = (url: string) => page.evaluate((u) => fetch(u, { mode: 'no-cors' }).then(() => 'sent', () => 'refused'), url);
  expect(await reach('https://api.partnercenter.microsoft.com/v1/customers')).toBe('refused');
  // Refused by the CSP, not by the test's guard (which would have recorded it as outside).
  await expect.poll(() => app.session.problems.filter((p) => /CSP violation: connect-src https:\/\/api\.partnercenter/.test(p)).length).toBe(1);
  expect(app.session.outside).toEqual([]);
  app.session.problems.length = 0;
  await page.getByLabel('Partner Center API base URL').fill('https://api.partnercenter.microsoft.com/v1');
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => card.getByText('Reload Boxpilot to use the new address').count()).toBe(1);
  expect(app.session.problems).toEqual([]);
  await page.close();
});

/**
 * The app's own sign-in state (the module the Partner Center client gets its tokens from), taken
 * from the built chunk on this page: the same module instance the app uses, not a copy.
 */
// A string, not a function: vitest would rewrite a function's import() for node.
const SIGN_IN_STATE = `(async () => {
  const manifest = await (await fetch('./.vite/manifest.json')).json();
  const entry = Object.entries(manifest).find(([key]) => key.includes('sign-in.svelte'));
  const module = await import(new URL(entry[1].file, location.href).href);
  return Object.values(module).find((v) => typeof v?.getToken === 'function');
})()`;
const inApp = <T>(page: Page, call: string): Promise<T> => page.evaluate(`${SIGN_IN_STATE}.then((s) => ${call})`) as Promise<T>;

test('tokens for Partner Center: from the cache, renewed with the refresh token, and one MFA step-up that never loops', async () => {
  fake.mfaByDefault = false; // this user's sign-in has no second factor until asked for one
  const page = await app.session.context.newPage();
  await page.goto(`${app.url}#/settings`);
  const status = page.getByTestId('sign-in-status');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('Not signed in.');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain(`Signed in as ${fake.user.name}`);
  const tokenCalls = () => fake.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token'));
  const before = tokenCalls().length;

  const cached = await inApp<{ ok: boolean; token: string }>(page, 's.getToken()');
  expect(cached.ok).toBe(true);
  expect(decode(cached.token)).toMatchObject({ aud: PARTNER_CENTER_AUDIENCE, scp: 'user_impersonation', amr: ['pwd'] });
  expect(tokenCalls().length).toBe(before); // straight from MSAL's cache

  const renewed = await inApp<{ ok: boolean; token: string }>(page, 's.getToken({ forceRefresh: true })');
  expect(renewed.ok).toBe(true);
  expect(renewed.token).not.toBe(cached.token);
  expect(tokenCalls().at(-1)?.params['grant_type']).toBe('refresh_token');

  // Partner Center refused that token (no MFA): one interactive sign-in that asks for MFA …
  await inApp(page, '{ void s.requireMfa(); }');
  await expect.poll(() => fake.requests.filter((r) => r.path.endsWith('/authorize') && r.params['amr_values'] === 'mfa').length, { timeout: 20_000 }).toBe(1);
  await expect.poll(() => page.url(), { timeout: 20_000 }).toBe(`${app.url}#/settings`);
  await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain(`Signed in as ${fake.user.name}`);
  const stepped = await inApp<{ ok: boolean; token: string }>(page, 's.getToken()');
  expect(decode(stepped.token)['amr']).toEqual(['pwd', 'mfa']);

  // … and if Partner Center still refuses, a second one is not started: the app says so instead.
  const authorizeCalls = fake.requests.filter((r) => r.path.endsWith('/authorize')).length;
  const again = await inApp<{ ok: boolean; error: { code: string } }>(page, 's.requireMfa()');
  expect(again).toMatchObject({ ok: false, error: { code: 'mfa-required' } });
  await new Promise((done) => setTimeout(done, 500));
  expect(fake.requests.filter((r) => r.path.endsWith('/authorize')).length).toBe(authorizeCalls);
  expect(page.url()).toBe(`${app.url}#/settings`);
  await expect.poll(() => status.textContent()).toContain('Partner Center requires multi-factor authentication');
  expect(app.session.problems).toEqual([]);
  fake.mfaByDefault = true;
  await page.close();
});

test('the fake checks PKCE and the client, echoes the nonce, signs with the key it exports, honours an MFA request', async () => {
  const { createHash, createVerify, randomBytes } = await import('node:crypto');
  const ms = new FakeMicrosoft();
  ms.mfaByDefault = false;
  const base = `https://${LOGIN_HOST}/organizations/oauth2/v2.0`;
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorize = (extra: Record<string, string> = {}) => {
    const url = new URL(`${base}/authorize`);
    const query = { client_id: CLIENT_ID, redirect_uri: 'http://localhost:1/', response_type: 'code', code_challenge: challenge, code_challenge_method: 'S256', state: 's1', nonce: 'n1', scope: 'openid', ...extra };
    Object.entries(query).forEach(([k, v]) => url.searchParams.set(k, v));
    const answer = ms.respond({ method: 'GET', url: url.href });
    expect(answer.status).toBe(302);
    const hash = new URLSearchParams(new URL(answer.headers['location']!).hash.slice(1));
    expect(hash.get('state')).toBe('s1');
    return hash.get('code')!;
  };
  const redeem = (code: string, codeVerifier: string, clientId = CLIENT_ID) =>
    ms.respond({
      method: 'POST',
      url: `${base}/token`,
      origin: 'http://localhost:1',
      postData: new URLSearchParams({ client_id: clientId, grant_type: 'authorization_code', code, redirect_uri: 'http://localhost:1/', code_verifier: codeVerifier }).toString(),
    });
  expect(redeem(authorize(), 'wrong-verifier').body).toContain('AADSTS501481');
  expect(redeem(authorize(), verifier, 'ffffffff-0000-4000-8000-000000000000').status).toBe(400);
  const good = redeem(authorize(), verifier);
  expect(good.status).toBe(200);
  expect(good.headers['access-control-allow-origin']).toBe('http://localhost:1');
  const body = JSON.parse(good.body) as { access_token: string; id_token: string; client_info: string; refresh_token: string };
  expect(decode(body.id_token)).toMatchObject({ nonce: 'n1', aud: CLIENT_ID, tid: ms.user.tenantId });
  expect(JSON.parse(Buffer.from(body.client_info, 'base64url').toString())).toEqual({ uid: ms.user.oid, utid: ms.user.tenantId });
  const [header, payload, signature] = body.access_token.split('.');
  expect(createVerify('RSA-SHA256').update(`${header}.${payload}`).verify(ms.publicKeyPem, Buffer.from(signature!, 'base64url'))).toBe(true);
  expect(decode(body.access_token)).toMatchObject({ aud: PARTNER_CENTER_AUDIENCE, scp: 'user_impersonation', amr: ['pwd'] });
  // Asking for MFA (amr_values=mfa, as the adapter's requireMfa does) gives a token with it.
  const mfa = JSON.parse(redeem(authorize({ amr_values: 'mfa' }), verifier).body) as { access_token: string };
  expect(decode(mfa.access_token)['amr']).toEqual(['pwd', 'mfa']);
  // A refresh without MFA refuses a claims request for MFA the way Entra does.
  const refused = ms.respond({
    method: 'POST',
    url: `${base}/token`,
    postData: new URLSearchParams({ client_id: CLIENT_ID, grant_type: 'refresh_token', refresh_token: body.refresh_token, claims: '{"access_token":{"amr":{"values":["mfa"]}}}' }).toString(),
  });
  expect(refused.body).toContain('AADSTS50076');
  expect(ms.jwks.keys[0]).toMatchObject({ kty: 'RSA', kid: ms.kid, alg: 'RS256' });
});

test('no request left this machine except to the routed Microsoft host', () => {
  expect(app.session.outside).toEqual([]);
  expect(fake.requests.length).toBeGreaterThan(0);
});
