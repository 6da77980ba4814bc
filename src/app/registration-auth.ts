// The sign-in the registration runner needs, and the token source it hands the Partner Center
// client. Structural (the auth adapter and its fake fit): the app layer stays free of MSAL, which
// loads only when sign-in or registration is opened.
import type { PcError, PcErrorCode, TokenProvider } from '../adapters/partner-center';

export interface RegistrationAuth {
  getToken(request?: { forceRefresh?: boolean; claims?: string; allowRedirect?: boolean }): Promise<{ ok: true; token: string } | { ok: false; error: { code: string; description?: string } }>;
  /** One interactive sign-in asking for MFA (the page leaves for Microsoft and comes back). */
  requireMfa(claims?: string): Promise<{ ok: boolean }>;
}

/** A sign-in failure in the client's words, so the job rules can tell what to wait for. */
export function tokenErrorCode(code: string, online: boolean): PcErrorCode {
  if (code === 'mfa-required') return 'mfa-required';
  if (code === 'network') return online ? 'network' : 'offline';
  if (code === 'redirecting') return 'aborted';
  // not-configured, interaction-required, cancelled, consent-required, busy …: sign in again.
  return 'unauthorized';
}

/** Tokens without ever leaving the page: a job in the background must not redirect by itself. */
export function tokensFor(auth: RegistrationAuth, isOnline: () => boolean): TokenProvider {
  return {
    async getToken(request) {
      const answer = await auth.getToken({ ...request, allowRedirect: false });
      if (answer.ok) return answer;
      const error: PcError = { code: tokenErrorCode(answer.error.code, isOnline()), description: answer.error.description ?? answer.error.code };
      return { ok: false, error };
    },
  };
}
