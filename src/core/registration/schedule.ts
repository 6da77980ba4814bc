// When to poll and when to try again (spec §4: poll about every 5 s; jobs can take minutes).

export const POLL_INTERVAL_MS = 5_000;
/** Polls at the plain interval before backing off (one minute). */
export const STEADY_POLLS = 12;
export const MAX_POLL_INTERVAL_MS = 60_000;
/** A failed poll or send waits 5 s, 10 s, 20 s … at most this long. */
export const MAX_RETRY_DELAY_MS = 5 * 60_000;
/** Sends Boxpilot retries by itself (throttled, server, network) before it asks the user. */
export const MAX_AUTOMATIC_SENDS = 5;
/**
 * After an interrupted send, wait this long (from when it started) before listing the batch's
 * devices: an accepted upload may take a moment to show there.
 */
export const RECONCILE_DELAY_MS = 30_000;

/** Delay before the next poll after `polls` polls: 5 s for a minute, then ×1.5 up to 60 s. */
export function pollDelayMs(polls: number): number {
  if (polls < STEADY_POLLS) return POLL_INTERVAL_MS;
  return Math.min(MAX_POLL_INTERVAL_MS, Math.round(POLL_INTERVAL_MS * 1.5 ** (polls - STEADY_POLLS + 1)));
}

/** Delay after `failures` consecutive failures, never shorter than what the server asked for. */
export function retryDelayMs(failures: number, retryAfterMs = 0): number {
  const backoff = Math.min(MAX_RETRY_DELAY_MS, POLL_INTERVAL_MS * 2 ** Math.max(0, failures - 1));
  return Math.max(backoff, retryAfterMs);
}
