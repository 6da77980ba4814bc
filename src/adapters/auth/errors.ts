import type { AuthError, AuthErrorCode } from './types';

// MSAL's errors carry `errorCode` (e.g. "interaction_required", "user_cancelled"),
// `errorMessage` (Microsoft's text with its AADSTS number) and sometimes `subError`. They are
// read structurally here so this mapping is tested without MSAL and MSAL stays a lazy chunk.
const BY_CODE: Readonly<Record<string, AuthErrorCode>> = {
  interaction_required: 'interaction-required',
  login_required: 'interaction-required',
  consent_required: 'consent-required',
  no_tokens_found: 'interaction-required',
  refresh_token_expired: 'interaction-required',
  bad_token: 'interaction-required',
  ui_not_allowed: 'interaction-required',
  interrupted_user: 'interaction-required',
  no_account_error: 'interaction-required',
  no_account_in_silent_request: 'interaction-required',
  user_cancelled: 'cancelled',
  user_canceled: 'cancelled',
  access_denied: 'cancelled',
  interaction_in_progress: 'busy',
  no_network_connectivity: 'network',
  post_request_failed: 'network',
  get_request_failed: 'network',
  network_error: 'network',
  endpoints_resolution_error: 'network',
  timed_out: 'network',
};

// Checked first: Microsoft reports these inside an "interaction_required" or "invalid_grant".
const BY_AADSTS: readonly [RegExp, AuthErrorCode][] = [
  [/AADSTS(50076|50079|50158)\b/, 'mfa-required'], // MFA needed (spec §4)
  [/AADSTS(65001|90094|90099)\b/, 'consent-required'], // nobody consented / admin consent needed
  [/AADSTS(700016|50011|900971|90102)\b/, 'not-configured'], // app not found, redirect URI not registered
  [/AADSTS50058\b/, 'interaction-required'],
];

interface MsalLike {
  errorCode?: unknown;
  errorMessage?: unknown;
  subError?: unknown;
  message?: unknown;
}

export function toAuthError(error: unknown): AuthError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as MsalLike;
  const code = typeof e.errorCode === 'string' ? e.errorCode : '';
  const own = [e.errorMessage, e.subError].filter((t): t is string => typeof t === 'string' && t !== '').join(' ');
  // MSAL's `message` repeats errorCode and errorMessage: use it only when those are missing.
  const text = own || (typeof e.message === 'string' ? e.message : '');
  const description = [code, text].filter(Boolean).join(': ') || String(error);
  for (const [pattern, mapped] of BY_AADSTS) {
    if (pattern.test(text)) return { code: mapped, description };
  }
  // fetch() itself failed (offline, CSP, DNS) before MSAL could wrap it.
  if (error instanceof TypeError) return { code: 'network', description };
  return { code: BY_CODE[code] ?? 'unknown', description };
}
