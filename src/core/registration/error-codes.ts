import type { Problem, Severity } from '../types';

// Partner Center's per-device registration errors (spec §6) as stable problem codes with an
// English text that says what to do. Kept out of core/messages.ts on purpose: those are the
// file rules; these come from Partner Center, and the UI translates them by code the same way.

export const REGISTRATION_MESSAGES = {
  'registration.invalid-request':
    "Partner Center could not read this device's data (801). Check the device for errors and send it again; if it keeps failing, export a CSV and upload it on the Partner Center website.",
  'registration.invalid-hash':
    'Partner Center says the hardware hash is not valid (802). Read the hash again on the device, or register it by its PKID instead.',
  'registration.no-identifier':
    'Partner Center found neither a usable serial number nor a PKID (803). Scan the PKID from the box, or give serial number + exact manufacturer + model.',
  'registration.already-registered': 'This device is already registered to this customer (806). Nothing to do.',
  'registration.not-in-tenant':
    "This device is not registered to this customer (807). Register it first, then assign the profile.",
  'registration.other-organisation':
    'This device is registered to another organisation (808), often because it was refurbished or resold. The previous owner must deregister (release) it; then use "Retry failed devices".',
  'registration.profile-not-registered':
    "The Autopilot profile is not registered to this customer (809). Pick one of this customer's profiles and try again.",
  'registration.profile-other-tenant':
    "The Autopilot profile belongs to another tenant (810). Pick one of this customer's own profiles.",
  'registration.other-partner':
    'Another partner registered this device (811), so you cannot change it. Ask that partner, or the customer, to deregister it first.',
  'registration.device-not-found':
    'Partner Center found no device with this serial number, manufacturer and model (812). Check that manufacturer and model are exactly the firmware strings (for example "Dell Inc.", "HP", "LENOVO" with the 10-character machine type model), or register by PKID or hash. If they are right, the manufacturer may not have reported the device yet: retry later.',
  'registration.not-unique':
    'The hardware hash matches several devices (813). Register this device by its PKID or serial number instead.',
  'registration.already-in-entra':
    'This device is already in Microsoft Entra ID (814). Ask the customer to remove it from Entra ID, then use "Retry failed devices".',
  'registration.duplicated':
    'The same device was sent twice in this upload; Partner Center processed it once (ZtdDeviceDuplicated). Nothing to do, but remove the duplicate from the list.',
  'registration.failed':
    'Partner Center did not register this device (error {errorCode}: {description}). Check its details and use "Retry failed devices"; if it keeps failing, export a CSV and upload it on the Partner Center website.',
  'registration.request-refused':
    'Partner Center refused the whole request ({code}), so these devices were not registered. Check the customer and your permissions, then use "Retry failed devices", or export a CSV instead.',
  'registration.no-result':
    'Partner Center finished the upload but reported nothing about this device. Look for it in the batch in Partner Center, or use "Retry failed devices".',
  'registration.abandoned':
    'The registration was stopped before Partner Center reported a result for this device. Check the device in Partner Center, or use "Retry failed devices".',
} as const;

export type RegistrationProblemCode = keyof typeof REGISTRATION_MESSAGES;

interface Meaning {
  code: RegistrationProblemCode;
  severity: Severity;
}

const BY_NUMBER: Record<string, Meaning> = {
  '801': { code: 'registration.invalid-request', severity: 'error' },
  '802': { code: 'registration.invalid-hash', severity: 'error' },
  '803': { code: 'registration.no-identifier', severity: 'error' },
  '806': { code: 'registration.already-registered', severity: 'info' },
  '807': { code: 'registration.not-in-tenant', severity: 'error' },
  '808': { code: 'registration.other-organisation', severity: 'error' },
  '809': { code: 'registration.profile-not-registered', severity: 'error' },
  '810': { code: 'registration.profile-other-tenant', severity: 'error' },
  '811': { code: 'registration.other-partner', severity: 'error' },
  '812': { code: 'registration.device-not-found', severity: 'error' },
  '813': { code: 'registration.not-unique', severity: 'error' },
  '814': { code: 'registration.already-in-entra', severity: 'error' },
};

const NAMES: Record<string, string> = {
  invalidztdrequestbody: '801',
  invalidztdhardwarehash: '802',
  missingztdserialnumberandproductkey: '803',
  ztddevicealreadyassigned: '806',
  ztddeviceisnotregistered: '807',
  ztddeviceassignedtoothertenant: '808',
  ztdprofileisnotregistered: '809',
  ztdprofileassignedtoothertenant: '810',
  ztddeviceregisteredbyothertenant: '811',
  ztddevicenotfound: '812',
  ztddeviceisnotunique: '813',
  ztddevicealreadyaadregistered: '814',
};

const DUPLICATED = /ZtdDeviceDuplicated/i;

/** Partner Center's code (a number, a name, or only a name inside the description) → meaning. */
export function meaningOf(errorCode: string | undefined, description?: string): Meaning & { known: boolean } {
  const candidates = [errorCode ?? '', description ?? ''];
  for (const candidate of candidates) {
    if (DUPLICATED.test(candidate)) return { code: 'registration.duplicated', severity: 'warning', known: true };
    const number = /\b(80[1-9]|81[0-4])\b/.exec(candidate)?.[1] ?? NAMES[candidate.trim().toLowerCase()];
    const known = number ? BY_NUMBER[number] : undefined;
    if (known) return { ...known, known: true };
    const name = /\b(\w*Ztd\w+)\b/i.exec(candidate)?.[1];
    const byName = name ? BY_NUMBER[NAMES[name.toLowerCase()] ?? ''] : undefined;
    if (byName) return { ...byName, known: true };
  }
  return { code: 'registration.failed', severity: 'error', known: false };
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? '');
}

/** The Problem for one device's Partner Center error. */
export function registrationProblem(errorCode: string | undefined, description?: string): Problem {
  const meaning = meaningOf(errorCode, description);
  const params = { errorCode: errorCode ?? '?', description: description ?? '' };
  return { code: meaning.code, severity: meaning.severity, message: fill(REGISTRATION_MESSAGES[meaning.code], params), params };
}

/** A Problem with a fixed registration code (whole-request refusals, no result, abandoned jobs). */
export function jobProblem(code: 'registration.request-refused' | 'registration.no-result' | 'registration.abandoned', params: Record<string, string> = {}): Problem {
  return { code, severity: 'error', message: fill(REGISTRATION_MESSAGES[code], params), params };
}
