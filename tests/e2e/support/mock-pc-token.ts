import { createSign, createVerify, type KeyObject } from 'node:crypto';

// RS256 JWTs for the mock Partner Center: it verifies what a real one checks (signature,
// audience, scope, expiry, MFA in `amr`), because MSAL never checks token signatures itself.

export const PC_AUDIENCE = 'https://api.partnercenter.microsoft.com';
export const PC_SCOPE = 'user_impersonation';

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

/** A signed RS256 JWT (for specs, and for fake sign-in servers that need one). */
export function signJwt(privateKey: KeyObject | string, claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', ...header }));
  const body = b64url(JSON.stringify(claims));
  const signer = createSign('RSA-SHA256');
  signer.update(`${head}.${body}`);
  return `${head}.${body}.${signer.sign(privateKey).toString('base64url')}`;
}

export type TokenCheck =
  | { ok: true; claims: Record<string, unknown> }
  | { ok: false; reason: 'missing' | 'malformed' | 'signature' | 'audience' | 'scope' | 'expired' | 'mfa' };

/** The checks in the order a resource server makes them; `mfa` last (a valid token without MFA). */
export function checkBearer(header: string | undefined, publicKey: KeyObject | string, audience: string, nowSeconds: number): TokenCheck {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) return { ok: false, reason: 'missing' };
  const parts = match[1]!.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [head, body, signature] = parts as [string, string, string];
  let claims: Record<string, unknown>;
  try {
    const parsedHead = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: string };
    if (parsedHead.alg !== 'RS256') return { ok: false, reason: 'signature' };
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const verifier = createVerify('RSA-SHA256');
  verifier.update(`${head}.${body}`);
  if (!verifier.verify(publicKey, Buffer.from(signature, 'base64url'))) return { ok: false, reason: 'signature' };
  const aud = claims['aud'];
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (!audiences.includes(audience) && !audiences.includes(`${audience}/`)) return { ok: false, reason: 'audience' };
  if (typeof claims['exp'] !== 'number' || claims['exp'] < nowSeconds) return { ok: false, reason: 'expired' };
  if (typeof claims['nbf'] === 'number' && claims['nbf'] > nowSeconds + 300) return { ok: false, reason: 'expired' };
  const scopes = typeof claims['scp'] === 'string' ? claims['scp'].split(' ') : [];
  if (!scopes.includes(PC_SCOPE)) return { ok: false, reason: 'scope' };
  const amr = claims['amr'];
  if (!Array.isArray(amr) || !amr.includes('mfa')) return { ok: false, reason: 'mfa' };
  return { ok: true, claims };
}
