import type { AuthAccount, AuthClient, AuthError, AuthErrorCode, AuthResult, TokenRequest, TokenResult } from './types';

export interface FakeAuthOptions {
  /** Signed in from the start as this account. */
  account?: AuthAccount;
  /** Whether the tokens handed out carry MFA (default true). */
  mfa?: boolean;
}

type Pending = { kind: 'sign-in'; returnTo: string } | { kind: 'token' } | { kind: 'mfa'; claims: string | undefined };

/**
 * An in-memory stand-in for the sign-in adapter, for the tests of the layers above it: the
 * same interface, tokens as plain strings (`fake-token-1`, `fake-token-2-mfa` …), and a record
 * of what was asked. A "redirect" stays pending until completeRedirect() plays the return.
 */
export interface FakeAuth extends AuthClient {
  /** Whether the next tokens carry MFA; an MFA sign-in sets it. */
  mfa: boolean;
  readonly calls: {
    signIn: string[];
    signOut: number;
    getToken: TokenRequest[];
    requireMfa: (string | undefined)[];
  };
  /** Every token handed out, oldest first. */
  readonly tokens: string[];
  /** The redirect started and not yet completed, if any. */
  readonly pending: Pending | undefined;
  /** The next getToken fails with this code (once). */
  failNext(code: AuthErrorCode, description?: string): void;
  /** Plays the return from Microsoft: the next handleRedirect() reports the account. */
  completeRedirect(account?: AuthAccount): void;
}

// A plain literal, not Object.freeze(): a call would keep it in every bundle that imports index.ts.
export const FAKE_ACCOUNT: Readonly<AuthAccount> = {
  name: 'Alex Wilber',
  username: 'alex@contoso.example',
  tenantId: '11111111-2222-3333-4444-555555555555',
};

export function createFakeAuth(options: FakeAuthOptions = {}): FakeAuth {
  let account = options.account;
  let pending: Pending | undefined;
  let returned: AuthAccount | undefined;
  let nextFailure: AuthError | undefined;
  let mfaAsked = false; // an MFA sign-in happened and no token with MFA came out of it yet
  const calls: FakeAuth['calls'] = { signIn: [], signOut: 0, getToken: [], requireMfa: [] };
  const tokens: string[] = [];
  const redirecting = { ok: true, value: 'redirecting' } as const;
  const fail = (code: AuthErrorCode, description?: string) =>
    ({ ok: false, error: description ? { code, description } : { code } }) as const;

  const fake: FakeAuth = {
    mfa: options.mfa ?? true,
    calls,
    tokens,
    get pending() {
      return pending;
    },
    failNext(code, description) {
      nextFailure = description ? { code, description } : { code };
    },
    completeRedirect(as = account ?? FAKE_ACCOUNT) {
      if (!pending) throw new Error('completeRedirect() without a redirect in progress');
      if (pending.kind === 'mfa') fake.mfa = true;
      account = as;
      returned = as;
      pending = undefined;
    },
    async signIn(returnTo) {
      calls.signIn.push(returnTo);
      pending = { kind: 'sign-in', returnTo };
      return redirecting;
    },
    async signOut() {
      calls.signOut += 1;
      const was = account;
      account = undefined;
      return was ? redirecting : ({ ok: true, value: 'signed-out' } as const);
    },
    account() {
      return account;
    },
    async getToken(request = {}): Promise<TokenResult> {
      calls.getToken.push(request);
      if (nextFailure) {
        const error = nextFailure;
        nextFailure = undefined;
        return { ok: false, error };
      }
      if (!account || pending) {
        if (request.allowRedirect === false || pending) return fail('interaction-required');
        pending = { kind: 'token' };
        return fail('redirecting');
      }
      const token = `fake-token-${tokens.length + 1}${fake.mfa ? '-mfa' : ''}`;
      tokens.push(token);
      if (fake.mfa) mfaAsked = false;
      return { ok: true, token };
    },
    async requireMfa(claims): Promise<AuthResult<'redirecting'>> {
      calls.requireMfa.push(claims);
      // Like the real adapter: a second MFA sign-in that follows one which gave no MFA token
      // (or has not come back) is refused, so a caller cannot loop.
      if (mfaAsked) return fail('mfa-required');
      mfaAsked = true;
      pending = { kind: 'mfa', claims };
      return redirecting;
    },
    async handleRedirect() {
      const value = returned;
      returned = undefined;
      return { ok: true, value };
    },
  };
  return fake;
}
