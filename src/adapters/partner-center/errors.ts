// Partner Center failures are values with a stable code: the UI translates by code and says what
// to do (sign in again, wait, export the CSV, ask for a relay); nothing here throws at a caller.

export type PcErrorCode =
  /** The browser refused the call (no CORS for this origin): the host answers, but not to us. */
  | 'blocked'
  /** The browser says it has no network. */
  | 'offline'
  /** The host could not be reached (after retries for reads). */
  | 'network'
  /** The token lacks MFA (10001, 900421, AADSTS50076 or a claims challenge): sign in with MFA once. */
  | 'mfa-required'
  /** 401 even with a freshly acquired token. */
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  /** 400: Partner Center refused the request's content. */
  | 'bad-request'
  | 'throttled'
  | 'server'
  /** A 2xx answer we could not read (not JSON, no tracking link …). */
  | 'bad-response'
  | 'aborted'
  /** Refused before sending: more than MAX_DEVICES_PER_REQUEST devices in one request. */
  | 'too-many-devices'
  /** Refused before sending: no device, or a device without any field to send. */
  | 'no-devices';

export interface PcError {
  code: PcErrorCode;
  status?: number;
  /** Partner Center's own error code (`code` of its error body), e.g. 10001, 900421, 600012. */
  apiCode?: string | number;
  description?: string;
  /** For `throttled`: how long Partner Center asked us to wait. */
  retryAfterMs?: number;
  /** For `mfa-required`: the decoded claims challenge to pass to the sign-in, when one was sent. */
  claims?: string;
  /**
   * A POST/PATCH whose answer was lost (connection dropped, gateway error, unreadable answer):
   * Partner Center may have accepted it. The caller must check (list the batch's devices) before
   * sending the same devices again.
   */
  maybeSent?: boolean;
}

export type PcResult<T> = { ok: true; value: T } | { ok: false; error: PcError };

export const ok = <T>(value: T): PcResult<T> => ({ ok: true, value });
export const fail = <T = never>(error: PcError): PcResult<T> => ({ ok: false, error });

/** English text for each code: what is wrong and what to do. The UI translates by code. */
export const PC_ERROR_MESSAGES: Readonly<Record<PcErrorCode, string>> = {
  blocked:
    'The browser blocked the call to Partner Center (the API does not accept calls from this web address). Nothing is lost: export the list as a Partner Center CSV and upload it on the Partner Center website, or ask an administrator to set up the Boxpilot relay and enter its address as the Partner Center API base URL in Settings.',
  offline:
    'This device is offline. Nothing is lost: the registration waits and can be sent when the network is back.',
  network:
    'Partner Center could not be reached. Check the network connection and try again; nothing is lost.',
  'mfa-required':
    'Partner Center requires multi-factor authentication for this sign-in. Sign in again and complete the MFA prompt, then try again.',
  unauthorized: 'Partner Center did not accept your sign-in. Sign out, sign in again, and try again.',
  forbidden:
    'Your account may not do this in Partner Center. Check that your organisation has a reseller relationship with this customer and that your account has an Admin agent or Sales agent role.',
  'not-found':
    'Partner Center does not know this customer, batch or job. Check the customer you picked, or refresh the list of customers.',
  conflict: 'Partner Center reported a conflict (the batch may already exist). Refresh and try again.',
  'bad-request':
    'Partner Center refused the request. Check the devices for errors (exact manufacturer and model, a valid PKID or hash) and try again.',
  throttled: 'Partner Center asked us to slow down. Wait a moment; Boxpilot tries again by itself.',
  server: 'Partner Center had a problem of its own. Try again in a few minutes; nothing is lost.',
  'bad-response': 'Partner Center sent an answer Boxpilot could not read. Try again later; nothing is lost.',
  aborted: 'The request was cancelled.',
  'too-many-devices': 'At most 500 devices can be sent in one request. Send the list in parts of 500.',
  'no-devices': 'There is nothing to send: every device needs a serial number, PKID or hardware hash.',
};
