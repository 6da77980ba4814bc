import { CacheLookupPolicy, type AccountInfo, type IPublicClientApplication } from '@azure/msal-browser';
import { toAuthError } from './errors';
import type { InteractiveGuard } from './interactive-guard';
import type { AuthAccount, AuthClient, AuthConfig, AuthError, AuthResult, TokenResult } from './types';

/** The part of MSAL's PublicClientApplication this adapter uses (a fake in the unit tests). */
export type Pca = Pick<
  IPublicClientApplication,
  | 'handleRedirectPromise'
  | 'getAllAccounts'
  | 'getActiveAccount'
  | 'setActiveAccount'
  | 'acquireTokenSilent'
  | 'acquireTokenRedirect'
  | 'loginRedirect'
  | 'logoutRedirect'
>;

export interface MsalClientDeps {
  guard: InteractiveGuard;
  /** The page the user is on, where a token redirect must bring them back (location.href). */
  currentUrl: () => string;
}

const fail = (error: AuthError): { ok: false; error: AuthError } => ({ ok: false, error });
const REDIRECTING = { ok: true, value: 'redirecting' } as const;

function toAccount(account: AccountInfo): AuthAccount {
  return { name: account.name ?? account.username, username: account.username, tenantId: account.tenantId };
}

/**
 * The sign-in adapter over an initialised PublicClientApplication. Redirect flow only (auth
 * code + PKCE); no popups and no hidden iframes (see msal-load.ts).
 */
export function createMsalClient(pca: Pca, config: AuthConfig, deps: MsalClientDeps): AuthClient {
  const scopes = [...config.scopes];
  let redirect: Promise<AuthResult<AuthAccount | undefined>> | undefined;

  const current = (): AccountInfo | undefined => pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? undefined;

  /** Starts a redirect; MSAL's promise settles only if the navigation fails to start. */
  async function go(start: () => Promise<void>): Promise<AuthResult<'redirecting'>> {
    try {
      await start();
      return REDIRECTING;
    } catch (error) {
      return fail(toAuthError(error));
    }
  }

  function signInForMfa(claims: string | undefined): Promise<AuthResult<'redirecting'>> {
    deps.guard.record('mfa');
    const account = current();
    return go(() =>
      pca.acquireTokenRedirect({
        scopes,
        ...(account ? { account, loginHint: account.username } : {}),
        ...(claims ? { claims } : {}),
        // Entra asks for a second factor when the authorize request names it (spec §4).
        extraQueryParameters: { amr_values: 'mfa' },
        redirectStartPage: deps.currentUrl(),
      }),
    );
  }

  return {
    signIn(returnTo) {
      deps.guard.record('sign-in');
      return go(() =>
        pca.loginRedirect({
          scopes,
          // MSAL brings the user back here after the response is handled on the redirect URI.
          redirectStartPage: new URL(returnTo, config.redirectUri).href,
          prompt: 'select_account',
        }),
      );
    },

    signOut() {
      const account = current();
      if (!account) return Promise.resolve({ ok: true, value: 'signed-out' } as const);
      return go(() => pca.logoutRedirect({ account, postLogoutRedirectUri: config.redirectUri }));
    },

    account() {
      const account = current();
      return account ? toAccount(account) : undefined;
    },

    async getToken(request = {}): Promise<TokenResult> {
      const account = current();
      let problem: AuthError = { code: 'interaction-required', description: 'Not signed in.' };
      if (account) {
        try {
          const result = await pca.acquireTokenSilent({
            scopes,
            account,
            ...(request.forceRefresh ? { forceRefresh: true } : {}),
            ...(request.claims ? { claims: request.claims } : {}),
            // Cache and refresh token only: a hidden iframe needs third-party cookies, which
            // browsers now block, and would need frame-src for the sign-in host in the CSP.
            cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
          });
          if (result.accessToken) return { ok: true, token: result.accessToken };
          problem = { code: 'interaction-required', description: 'Empty access token.' };
        } catch (error) {
          problem = toAuthError(error);
        }
      }
      const interactive = problem.code === 'interaction-required' || problem.code === 'mfa-required';
      if (!interactive || request.allowRedirect === false) return fail(problem);
      if (problem.code === 'mfa-required' || request.claims) {
        if (!deps.guard.allows('mfa')) return fail({ ...problem, code: 'mfa-required' });
        const started = await signInForMfa(request.claims);
        return started.ok ? fail({ code: 'redirecting' }) : started;
      }
      if (!deps.guard.allows('token')) return fail(problem);
      deps.guard.record('token');
      const started = await go(() =>
        pca.acquireTokenRedirect({
          scopes,
          ...(account ? { account, loginHint: account.username } : {}),
          redirectStartPage: deps.currentUrl(),
        }),
      );
      return started.ok ? fail({ code: 'redirecting' }) : started;
    },

    requireMfa(claims) {
      if (!deps.guard.allows('mfa')) {
        return Promise.resolve(fail({ code: 'mfa-required', description: 'An MFA sign-in just happened and the token still lacks MFA.' }));
      }
      return signInForMfa(claims);
    },

    handleRedirect() {
      // Once per page load: MSAL reads the response from the URL and removes it.
      redirect ??= pca.handleRedirectPromise().then(
        (result): AuthResult<AuthAccount | undefined> => {
          if (!result?.account) return { ok: true, value: undefined };
          pca.setActiveAccount(result.account);
          return { ok: true, value: toAccount(result.account) };
        },
        (error: unknown) => fail(toAuthError(error)),
      );
      return redirect;
    },
  };
}
