import { BrowserCacheLocation, PublicClientApplication, type Configuration } from '@azure/msal-browser';
import { toAuthError } from './errors';
import { createInteractiveGuard } from './interactive-guard';
import { createMsalClient } from './msal-client';
import type { AuthClient, AuthConfig, AuthResult } from './types';

/** MSAL's configuration for Boxpilot: a multi-tenant SPA, redirect flow, no secret. */
export function msalConfiguration(config: AuthConfig): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      redirectUri: config.redirectUri,
      postLogoutRedirectUri: config.redirectUri,
    },
    cache: {
      // localStorage, not sessionStorage: the tab that runs registration jobs (one per browser,
      // Web Locks) and every other tab share one sign-in, and it survives the sign-in redirect
      // and a reload. MSAL 5 encrypts these entries with a key kept in a session cookie, so the
      // tokens (and the 24-hour SPA refresh token) are unreadable once the browser closes,
      // as they would be with sessionStorage.
      cacheLocation: BrowserCacheLocation.LocalStorage,
    },
  };
}

/** Loads and initialises MSAL and finishes a sign-in redirect if this page load is one. */
export async function loadMsalAuth(config: AuthConfig): Promise<AuthResult<AuthClient>> {
  try {
    const pca = new PublicClientApplication(msalConfiguration(config));
    await pca.initialize();
    const client = createMsalClient(pca, config, {
      guard: createInteractiveGuard(globalThis.sessionStorage),
      currentUrl: () => location.href,
    });
    // Every page load must let MSAL look at the URL, even one that is not a sign-in return:
    // it also clears a sign-out's or an abandoned sign-in's "interaction in progress" flag.
    await client.handleRedirect();
    return { ok: true, value: client };
  } catch (error) {
    return { ok: false, error: toAuthError(error) };
  }
}
