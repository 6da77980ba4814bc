/**
 * Remembers, across the redirect, that the app itself just sent the user to Microsoft (for a
 * token or for MFA), so that a second automatic redirect soon after is refused instead of
 * looping between the app and Microsoft. An explicit "Sign in" always goes.
 */
export interface InteractiveGuard {
  /** May an automatic redirect for `reason` start now? */
  allows(reason: InteractiveReason): boolean;
  /** Records that one starts now. */
  record(reason: InteractiveReason): void;
}

export type InteractiveReason = 'token' | 'mfa' | 'sign-in';

/** Two minutes: longer than a sign-in round trip, shorter than a technician's next attempt. */
export const GUARD_MS = 120_000;
const KEY = 'boxpilot.auth.lastRedirect';

export function createInteractiveGuard(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
  now: () => number = Date.now,
): InteractiveGuard {
  let memory: string | null = null; // this page load's record, when sessionStorage fails
  const read = (): { at: number; reason: InteractiveReason } | undefined => {
    try {
      const raw = memory ?? storage?.getItem(KEY) ?? null;
      const parsed = raw ? (JSON.parse(raw) as { at?: unknown; reason?: unknown }) : undefined;
      return parsed && typeof parsed.at === 'number' && typeof parsed.reason === 'string'
        ? { at: parsed.at, reason: parsed.reason as InteractiveReason }
        : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    allows(reason) {
      const last = read();
      if (!last || now() - last.at > GUARD_MS || now() < last.at) return true;
      // After a plain sign-in, one MFA step-up is still the expected next step.
      return last.reason === 'sign-in' && reason === 'mfa';
    },
    record(reason) {
      const raw = JSON.stringify({ at: now(), reason });
      memory = raw;
      try {
        storage?.setItem(KEY, raw);
      } catch {
        // private mode or full: this page load still remembers it
      }
    },
  };
}
