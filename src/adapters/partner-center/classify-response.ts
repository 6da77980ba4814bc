import type { PcError, PcErrorCode } from './errors';
import { isRecord, parseJson, text } from './read-body';
import { parseRetryAfter } from './retry-after';

// Turns a non-2xx answer into a PcError. The MFA refusal has several faces (spec §4): a 401
// with "MFA required (10001)", error 900421, AADSTS50076 text, or a claims challenge in
// WWW-Authenticate; all of them become `mfa-required`, with the claims when there are any.

const MFA_CODES = new Set(['10001', '900421']);
const MFA_TEXT = /MFA required|AADSTS50076|multi-?factor/i;

function statusCode(status: number): PcErrorCode {
  if (status === 400) return 'bad-request';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'server';
  return 'bad-request';
}

/** The `claims="…"` parameter of a Bearer challenge, base64-decoded when it is base64 JSON. */
export function claimsFromChallenge(header: string | null): string | undefined {
  if (!header) return undefined;
  const match = /claims\s*=\s*"([^"]*)"/i.exec(header);
  if (!match?.[1]) return undefined;
  const raw = match[1];
  if (raw.trimStart().startsWith('{')) return raw;
  try {
    const decoded = atob(raw.replace(/-/g, '+').replace(/_/g, '/'));
    JSON.parse(decoded);
    return decoded;
  } catch {
    return raw;
  }
}

export function classifyResponse(response: Response, body: string | undefined, now: number): PcError {
  const error: PcError = { code: statusCode(response.status), status: response.status };
  const parsed = body === undefined ? { ok: false as const } : parseJson(body);
  if (parsed.ok && isRecord(parsed.value)) {
    const apiCode = parsed.value['code'] ?? parsed.value['errorCode'] ?? parsed.value['error'];
    if (typeof apiCode === 'string' || typeof apiCode === 'number') error.apiCode = apiCode;
    const description = text(parsed.value, 'description') ?? text(parsed.value, 'message') ?? text(parsed.value, 'error_description');
    if (description) error.description = description;
  } else if (body && body.trim() !== '') {
    error.description = body.trim().slice(0, 500);
  }
  if (response.status === 429) {
    const wait = parseRetryAfter(response.headers.get('retry-after'), now);
    if (wait !== undefined) error.retryAfterMs = wait;
  }
  if (response.status === 401 || response.status === 403) {
    const challenge = response.headers.get('www-authenticate');
    const claims = claimsFromChallenge(challenge);
    const mfa =
      claims !== undefined ||
      /insufficient_claims/i.test(challenge ?? '') ||
      (error.apiCode !== undefined && MFA_CODES.has(String(error.apiCode))) ||
      MFA_TEXT.test(error.description ?? '') ||
      MFA_TEXT.test(challenge ?? '');
    if (mfa) {
      error.code = 'mfa-required';
      if (claims !== undefined) error.claims = claims;
    }
  }
  return error;
}
