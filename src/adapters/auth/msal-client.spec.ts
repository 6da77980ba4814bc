import { describe, expect, it } from 'vitest';
import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import { createInteractiveGuard } from './interactive-guard';
import { createMsalClient, type Pca } from './msal-client';
import type { AuthConfig } from './types';

const CONFIG: AuthConfig = {
  clientId: '7f8e3c1a-0b2d-4e5f-9a6b-1c2d3e4f5a6b',
  authority: 'https://login.microsoftonline.com/organizations',
  redirectUri: 'https://intranet.example/boxpilot/',
  scopes: ['https://api.partnercenter.microsoft.com/user_impersonation'],
};

const ALEX = { homeAccountId: 'uid.utid', environment: 'login.microsoftonline.com', tenantId: 'utid', username: 'alex@contoso.example', localAccountId: 'uid', name: 'Alex Wilber' } as AccountInfo;

type Call = [string, Record<string, unknown> | undefined];

/** A stand-in for MSAL's PublicClientApplication that records every call. */
function fakePca(options: { accounts?: AccountInfo[]; silent?: () => Promise<Partial<AuthenticationResult>>; redirect?: () => Promise<AuthenticationResult | null> } = {}) {
  const calls: Call[] = [];
  let active: AccountInfo | null = null;
  const pca: Pca = {
    handleRedirectPromise: async () => {
      calls.push(['handleRedirectPromise', undefined]);
      return options.redirect ? options.redirect() : null;
    },
    getAllAccounts: () => options.accounts ?? [],
    getActiveAccount: () => active,
    setActiveAccount: (account) => {
      active = account;
    },
    acquireTokenSilent: async (request) => {
      calls.push(['acquireTokenSilent', request as unknown as Record<string, unknown>]);
      return (options.silent ? await options.silent() : { accessToken: 'at-1' }) as AuthenticationResult;
    },
    acquireTokenRedirect: async (request) => void calls.push(['acquireTokenRedirect', request as unknown as Record<string, unknown>]),
    loginRedirect: async (request) => void calls.push(['loginRedirect', request as unknown as Record<string, unknown>]),
    logoutRedirect: async (request) => void calls.push(['logoutRedirect', request as unknown as Record<string, unknown>]),
  };
  return { pca, calls };
}

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

function client(pca: Pca, storage = memoryStorage(), now = () => 1_000) {
  return createMsalClient(pca, CONFIG, { guard: createInteractiveGuard(storage, now), currentUrl: () => 'https://intranet.example/boxpilot/#/lists/l1' });
}

const interactionRequired = (message = '') => Object.assign(new Error(message), { errorCode: 'interaction_required', errorMessage: message });

describe('MSAL sign-in adapter', () => {
  it('signs in with a redirect that comes back to the given route', async () => {
    const { pca, calls } = fakePca();
    expect(await client(pca).signIn('#/settings')).toEqual({ ok: true, value: 'redirecting' });
    expect(calls).toEqual([
      ['loginRedirect', { scopes: CONFIG.scopes, redirectStartPage: 'https://intranet.example/boxpilot/#/settings', prompt: 'select_account' }],
    ]);
  });

  it('reports the account of a finished redirect once, and makes it the active one', async () => {
    const { pca, calls } = fakePca({ redirect: async () => ({ account: ALEX }) as AuthenticationResult });
    const auth = client(pca);
    expect(auth.account()).toBeUndefined();
    const first = await auth.handleRedirect();
    expect(first).toEqual({ ok: true, value: { name: 'Alex Wilber', username: 'alex@contoso.example', tenantId: 'utid' } });
    expect(await auth.handleRedirect()).toBe(first);
    expect(calls.filter(([name]) => name === 'handleRedirectPromise')).toHaveLength(1);
    expect(auth.account()?.tenantId).toBe('utid');
  });

  it('turns a failed redirect into a value (the user cancelled at Microsoft)', async () => {
    const { pca } = fakePca({ redirect: () => Promise.reject(Object.assign(new Error('x'), { errorCode: 'access_denied', errorMessage: 'AADSTS65004: User declined' })) });
    expect(await client(pca).handleRedirect()).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('gets tokens silently with the cache and refresh token only (no hidden iframe)', async () => {
    const { pca, calls } = fakePca({ accounts: [ALEX] });
    expect(await client(pca).getToken({ forceRefresh: true })).toEqual({ ok: true, token: 'at-1' });
    expect(calls[0]).toEqual([
      'acquireTokenSilent',
      { scopes: CONFIG.scopes, account: ALEX, forceRefresh: true, cacheLookupPolicy: 2 },
    ]);
  });

  it('falls back to one redirect back to the current page, and never loops', async () => {
    const storage = memoryStorage();
    const first = fakePca({ accounts: [ALEX], silent: () => Promise.reject(interactionRequired('AADSTS50058')) });
    expect(await client(first.pca, storage).getToken()).toEqual({ ok: false, error: { code: 'redirecting' } });
    expect(first.calls[1]).toEqual([
      'acquireTokenRedirect',
      { scopes: CONFIG.scopes, account: ALEX, loginHint: ALEX.username, redirectStartPage: 'https://intranet.example/boxpilot/#/lists/l1' },
    ]);
    // Back from Microsoft (a new page load, same sessionStorage) and still no silent token.
    const second = fakePca({ accounts: [ALEX], silent: () => Promise.reject(interactionRequired('AADSTS50058')) });
    expect(await client(second.pca, storage).getToken()).toMatchObject({ ok: false, error: { code: 'interaction-required' } });
    expect(second.calls.map(([name]) => name)).toEqual(['acquireTokenSilent']);
  });

  it('with allowRedirect false, or not signed in and told not to leave, it only reports', async () => {
    const { pca, calls } = fakePca({ accounts: [ALEX], silent: () => Promise.reject(interactionRequired()) });
    expect(await client(pca).getToken({ allowRedirect: false })).toMatchObject({ ok: false, error: { code: 'interaction-required' } });
    const nobody = fakePca();
    expect(await client(nobody.pca).getToken({ allowRedirect: false })).toMatchObject({ ok: false, error: { code: 'interaction-required' } });
    expect([...calls, ...nobody.calls].map(([name]) => name)).toEqual(['acquireTokenSilent']);
  });

  it('an MFA refusal during renewal becomes one MFA sign-in', async () => {
    const { pca, calls } = fakePca({ accounts: [ALEX], silent: () => Promise.reject(interactionRequired('AADSTS50076: you must use multi-factor authentication')) });
    expect(await client(pca).getToken()).toEqual({ ok: false, error: { code: 'redirecting' } });
    expect(calls[1]?.[1]).toMatchObject({ extraQueryParameters: { amr_values: 'mfa' } });
  });

  it('requireMfa asks for MFA with the claims challenge, once', async () => {
    const storage = memoryStorage();
    const { pca, calls } = fakePca({ accounts: [ALEX] });
    const claims = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
    expect(await client(pca, storage).requireMfa(claims)).toEqual({ ok: true, value: 'redirecting' });
    expect(calls).toEqual([
      [
        'acquireTokenRedirect',
        { scopes: CONFIG.scopes, account: ALEX, loginHint: ALEX.username, claims, extraQueryParameters: { amr_values: 'mfa' }, redirectStartPage: 'https://intranet.example/boxpilot/#/lists/l1' },
      ],
    ]);
    // Back again and the API still says "MFA required": no second round trip.
    const again = fakePca({ accounts: [ALEX] });
    expect(await client(again.pca, storage).requireMfa()).toMatchObject({ ok: false, error: { code: 'mfa-required' } });
    expect(again.calls).toEqual([]);
  });

  it('a claims challenge passed to getToken is tried silently first, then one MFA sign-in', async () => {
    const { pca, calls } = fakePca({ accounts: [ALEX], silent: () => Promise.reject(interactionRequired()) });
    const claims = '{"access_token":{"amr":{"essential":true,"values":["mfa"]}}}';
    expect(await client(pca).getToken({ claims })).toEqual({ ok: false, error: { code: 'redirecting' } });
    expect(calls[0]?.[1]).toMatchObject({ claims });
    expect(calls[1]).toMatchObject(['acquireTokenRedirect', { claims, extraQueryParameters: { amr_values: 'mfa' } }]);
  });

  it('signs out at Microsoft and comes back to the app; nothing to do when nobody is signed in', async () => {
    const { pca, calls } = fakePca({ accounts: [ALEX] });
    expect(await client(pca).signOut()).toEqual({ ok: true, value: 'redirecting' });
    expect(calls).toEqual([['logoutRedirect', { account: ALEX, postLogoutRedirectUri: CONFIG.redirectUri }]]);
    expect(await client(fakePca().pca).signOut()).toEqual({ ok: true, value: 'signed-out' });
  });

  it('a redirect that cannot start is an error value', async () => {
    const { pca } = fakePca();
    pca.loginRedirect = () => Promise.reject(Object.assign(new Error('busy'), { errorCode: 'interaction_in_progress' }));
    expect(await client(pca).signIn('#/settings')).toMatchObject({ ok: false, error: { code: 'busy' } });
  });
});
