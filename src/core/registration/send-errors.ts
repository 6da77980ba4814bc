// What a failed request means for the job, by the client's error code.

/** Needs the user: sign in again, go online, configure a relay. The job waits in the outbox. */
const WAIT_FOR_USER = new Set(['offline', 'blocked', 'mfa-required', 'unauthorized', 'aborted']);
/** Passing trouble: Boxpilot tries again by itself, a bounded number of times. */
const RETRY_LATER = new Set(['throttled', 'server', 'network']);

export type SendErrorKind = 'wait-for-user' | 'retry-later' | 'permanent';

export function sendErrorKind(code: string): SendErrorKind {
  if (WAIT_FOR_USER.has(code)) return 'wait-for-user';
  if (RETRY_LATER.has(code)) return 'retry-later';
  return 'permanent';
}

/** The part of the client's error the job rules read. */
export interface RequestFailure {
  code: string;
  retryAfterMs?: number;
  /** The request may have reached Partner Center (its answer was lost). */
  maybeSent?: boolean;
}
