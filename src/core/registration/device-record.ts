import { jobProblem, meaningOf, registrationProblem } from './error-codes';
import type { Problem } from '../types';
import type { DeviceOutcome, RegistrationJob } from './types';

// A device's registration result as it is kept on the device record (the storage adapter's
// `Registration` is this type), and the explanation shown for it, rebuilt from the stored
// codes so a stored record never needs its English text.

export interface DeviceRegistration {
  status: string;
  batchId?: string;
  trackingId?: string;
  errorCode?: string;
  errorDescription?: string;
  updatedAt: number;
}

/** The record to store on the device for its outcome in this job. */
export function toDeviceRegistration(job: RegistrationJob, outcome: DeviceOutcome): DeviceRegistration {
  const chunk = job.chunks.find((c) => c.deviceIds.includes(outcome.deviceId));
  const record: DeviceRegistration = { status: outcome.status, updatedAt: outcome.at };
  const batchId = chunk?.batchId ?? job.batchName;
  if (batchId) record.batchId = batchId;
  if (chunk?.trackingId) record.trackingId = chunk.trackingId;
  if (outcome.errorCode) record.errorCode = outcome.errorCode;
  if (outcome.errorDescription) record.errorDescription = outcome.errorDescription;
  return record;
}

/**
 * What to tell the user about a stored registration: Partner Center's device errors by code,
 * a whole-request refusal by the client's code (`forbidden` …), a device with no result; nothing
 * for a success.
 */
export function problemOfRegistration(record: Pick<DeviceRegistration, 'status' | 'errorCode' | 'errorDescription'>): Problem | undefined {
  const { status, errorCode, errorDescription } = record;
  if (status === 'registered' || status === 'in-batch' || status === 'pending') return undefined;
  if (status === 'unknown' && !errorCode) return jobProblem('registration.no-result');
  if (!errorCode && !errorDescription) return status === 'failed' ? jobProblem('registration.abandoned') : undefined;
  if (errorCode && !meaningOf(errorCode, errorDescription).known && /^[a-z][a-z-]*$/.test(errorCode)) {
    return jobProblem('registration.request-refused', { code: errorCode });
  }
  return registrationProblem(errorCode, errorDescription);
}
