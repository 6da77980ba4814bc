// The sign-in adapter's contract. Everything that crosses it is a value: a failure is an
// AuthError with a stable code that the UI translates, never a thrown string.

/** What the app needs to sign in: the SPA registration (README) and the app's own URL. */
export interface AuthConfig {
  /** The application (client) ID of the multi-tenant single-page application registration. */
  clientId: string;
  /** https URL; default https://login.microsoftonline.com/organizations (any work account). */
  authority: string;
  /** The app's URL (its folder, ending in '/'): registered as the SPA redirect URI. */
  redirectUri: string;
  scopes: readonly string[];
}

export interface AuthAccount {
  /** Display name, e.g. "Alex Wilber". */
  name: string;
  /** The sign-in name, e.g. "alex@contoso.com". */
  username: string;
  /** Directory (tenant) ID of the partner organisation the user signed in to. */
  tenantId: string;
}

export type AuthErrorCode =
  /** No (valid) client ID in Settings: sign-in cannot start. */
  | 'not-configured'
  /** A silent token is impossible; the user must sign in (again). */
  | 'interaction-required'
  /** Partner Center wants a token with MFA and one MFA sign-in did not give one. */
  | 'mfa-required'
  /** The user stopped the sign-in (closed it, went back, declined). */
  | 'cancelled'
  /** The organisation has not consented to the app (an administrator must, README). */
  | 'consent-required'
  /** Microsoft's sign-in could not be reached (offline, blocked, DNS). */
  | 'network'
  /** Another sign-in is still under way in this browser. */
  | 'busy'
  /** Not an error: the page is leaving for Microsoft's sign-in and comes back by itself. */
  | 'redirecting'
  | 'unknown';

export interface AuthError {
  code: AuthErrorCode;
  /** What Microsoft said (e.g. "AADSTS50076: …"), for support; the UI shows its own text. */
  description?: string;
}

export type AuthResult<T> = { ok: true; value: T } | { ok: false; error: AuthError };

export interface TokenRequest {
  /** Skip the cached access token (after a 401 with a token that looked valid). */
  forceRefresh?: boolean;
  /** A claims challenge from the API's WWW-Authenticate header (JSON, not base64). */
  claims?: string;
  /** false: never leave the page; report 'interaction-required' instead. Default true. */
  allowRedirect?: boolean;
}

/** The shape the Partner Center client asks for tokens with (structural, no import needed). */
export type TokenResult = { ok: true; token: string } | { ok: false; error: AuthError };

export interface AuthClient {
  /** Interactive sign-in (full-page redirect); Microsoft sends the user back to `returnTo`
   *  (e.g. the current `#/…` route). Resolves with 'redirecting' as the page leaves. */
  signIn(returnTo: string): Promise<AuthResult<'redirecting'>>;
  /** Forgets the tokens here and ends the session at Microsoft too (shared tablets), which
   *  then returns to the app's start; 'signed-out' when nobody was signed in. */
  signOut(): Promise<AuthResult<'redirecting' | 'signed-out'>>;
  account(): AuthAccount | undefined;
  /** A Partner Center access token: from the cache, renewed silently, else by one redirect. */
  getToken(request?: TokenRequest): Promise<TokenResult>;
  /** One interactive sign-in that asks for MFA (a claims challenge if the API sent one, else
   *  amr_values=mfa). A second call within a short time reports 'mfa-required': never a loop. */
  requireMfa(claims?: string): Promise<AuthResult<'redirecting'>>;
  /** The outcome of a sign-in redirect that brought the user back to this page: the account
   *  signed in, or undefined when this page load was not such a return. */
  handleRedirect(): Promise<AuthResult<AuthAccount | undefined>>;
}
