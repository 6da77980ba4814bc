// Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3).

export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Exponential back-off with jitter: about base·2^attempt, never below half of it. */
export function backoffMs(attempt: number, baseMs: number, random: () => number, capMs = 30_000): number {
  const full = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(full / 2 + (full / 2) * random());
}
