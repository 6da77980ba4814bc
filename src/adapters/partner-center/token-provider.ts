import type { PcError } from './errors';

// What the client needs from sign-in. The auth adapter satisfies it structurally, without
// importing this file (adapters never import each other).

export type TokenResult = { ok: true; token: string } | { ok: false; error: PcError };

export interface TokenRequest {
  /** Skip the cache: the API refused the cached token once (401). */
  forceRefresh?: boolean;
  /** A claims challenge from the API (MFA): the auth layer asks for it interactively. */
  claims?: string;
}

export interface TokenProvider {
  getToken(request?: TokenRequest): Promise<TokenResult>;
}
