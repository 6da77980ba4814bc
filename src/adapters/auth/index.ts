// Microsoft sign-in for Partner Center (MSAL, redirect flow). Everything here is small except
// MSAL itself, which loadAuth() fetches as its own chunk the first time sign-in is needed.
import type { AuthClient, AuthConfig, AuthResult } from './types';

export type { AuthAccount, AuthClient, AuthConfig, AuthError, AuthErrorCode, AuthResult, TokenRequest, TokenResult } from './types';
export { DEFAULT_AUTHORITY, PARTNER_CENTER_SCOPE, appUrl, authConfigFrom, isClientId } from './config';
export { FAKE_ACCOUNT, createFakeAuth, type FakeAuth, type FakeAuthOptions } from './fake-auth';

const loaded = new Map<string, Promise<AuthResult<AuthClient>>>();

/**
 * The sign-in client for a configuration (one per client ID + authority per page load), with
 * any sign-in redirect that brought the user back already handled. Never throws.
 */
export function loadAuth(config: AuthConfig): Promise<AuthResult<AuthClient>> {
  const key = `${config.clientId} ${config.authority} ${config.redirectUri}`;
  let client = loaded.get(key);
  if (!client) {
    client = import('./msal-load').then(
      (m) => m.loadMsalAuth(config),
      (error: unknown) => ({ ok: false, error: { code: 'network', description: String(error) } }) as const,
    );
    loaded.set(key, client);
    // A failed load (offline before the chunk was cached) may succeed later.
    void client.then((result) => {
      if (!result.ok) loaded.delete(key);
    });
  }
  return client;
}
