// Registration jobs (spec §4, §6): pure rules, no fetch. The runner in the app layer stores the
// job, asks `nextAction`, makes the call with the Partner Center client and feeds the answer
// back as a `JobEvent`.
export type * from './types';
export { createRegistrationJob, MAX_DEVICES_PER_CHUNK, type NewJob, type CreateJobResult } from './create-job';
export { applyJobEvent, type JobEvent, type Transition, type TransitionError } from './transitions';
export { nextAction, type JobAction } from './next-action';
export { deriveState, isTerminal } from './derive-state';
export { activeJobForList, canSendList, failedDeviceIds, isJobActive, retryFailedDevices, summarizeJob, type CanSend } from './jobs';
export { mapDeviceStatuses, matchReported, outcomeOf, splitByPresence } from './outcomes';
export { REGISTRATION_MESSAGES, meaningOf, registrationProblem, jobProblem, type RegistrationProblemCode } from './error-codes';
export { toDeviceRegistration, problemOfRegistration, type DeviceRegistration } from './device-record';
export { restoreRegistrationJob } from './restore-job';
export { sendErrorKind, type RequestFailure, type SendErrorKind } from './send-errors';
export {
  POLL_INTERVAL_MS,
  STEADY_POLLS,
  MAX_POLL_INTERVAL_MS,
  MAX_RETRY_DELAY_MS,
  MAX_AUTOMATIC_SENDS,
  RECONCILE_DELAY_MS,
  pollDelayMs,
  retryDelayMs,
} from './schedule';
