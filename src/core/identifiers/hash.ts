// The 4K hardware hash (spec §3): base64 text of about 4,096 characters.

/** Nominal length (error 802 says a valid hash is 4,096 characters; exact length unconfirmed). */
export const HASH_NOMINAL_LENGTH = 4096;
/** Outside this range the hash is "far from 4 KB" and probably cut off or joined: warn. */
export const HASH_PLAUSIBLE_MIN = 2500;
export const HASH_PLAUSIBLE_MAX = 6000;

/** base64: A-Z a-z 0-9 + /, length a multiple of 4, at most two '=' at the end. A char loop, not a regex: hashes are 4 KB each. */
export function isBase64(v: string): boolean {
  const n = v.length;
  if (n === 0 || n % 4 !== 0) return false;
  let pad = 0;
  if (v.charCodeAt(n - 1) === 0x3d) pad = v.charCodeAt(n - 2) === 0x3d ? 2 : 1;
  for (let i = 0; i < n - pad; i++) {
    const c = v.charCodeAt(i);
    const ok =
      (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
    if (!ok) return false;
  }
  return true;
}

export const isPlausibleHashLength = (n: number): boolean => n >= HASH_PLAUSIBLE_MIN && n <= HASH_PLAUSIBLE_MAX;

/** Long enough and base64: what a scanner or a column guesser may take for a hash. */
export const looksLikeHash = (v: string): boolean => v.length >= 256 && isBase64(v);
