import type { Problem } from '../types';

// A registration job (spec §4): the record written to storage before the first request, so a
// reload, a browser restart or a lost connection resumes it instead of sending it again.

/**
 * outbox: waiting for the user to confirm (new, or held after an error only they can fix:
 * offline, sign-in, blocked) · submitting: chunks being sent · polling: every chunk sent, waiting
 * for Partner Center · finished | finished-with-errors | failed: nothing left to do.
 */
export type JobState = 'outbox' | 'submitting' | 'polling' | 'finished' | 'finished-with-errors' | 'failed';

/**
 * pending: not sent (or to be sent again) · sending: its request has started (written before the
 * request goes out) · unsure: the request may have reached Partner Center but we have no tracking
 * id (a reload during `sending`, a lost answer): check the batch before sending again ·
 * polling: accepted, tracking id known: only ever polled again · done · failed.
 */
export type ChunkState = 'pending' | 'sending' | 'unsure' | 'polling' | 'done' | 'failed';

/** register: upload devices to a batch; assign-profile: DevicePolicyUpdates for registered ones. */
export type JobKind = 'register' | 'assign-profile';

export interface JobError {
  /** The client's error code (`offline`, `throttled`, `blocked`, `mfa-required` …). */
  code: string;
  at: number;
  retryAfterMs?: number;
}

export interface JobChunk {
  index: number;
  /** Boxpilot device ids sent in this request (at most 500). */
  deviceIds: string[];
  state: ChunkState;
  trackingId?: string;
  /** The batch the devices went to (its exact name when appended). */
  batchId?: string;
  /** When its request last started. */
  sendingSince?: number;
  /** Earliest time to send again after a failure Boxpilot retries by itself. */
  retryAt?: number;
  sendFailures: number;
  polls: number;
  pollFailures: number;
  nextPollAt?: number;
  /** Partner Center's last job status for it (`queued`, `processing` …). */
  status?: string;
  error?: JobError;
}

export type OutcomeStatus =
  /** Registered by this job. */
  | 'registered'
  /** 806: already registered to this customer; nothing to do. */
  | 'already-registered'
  /** ZtdDeviceDuplicated: sent twice in one upload, processed once. */
  | 'duplicate'
  | 'failed'
  /** Partner Center has not finished with it yet. */
  | 'pending'
  /** Found in the batch when checking after an interrupted send: accepted, no per-device result. */
  | 'in-batch'
  /** The job finished but said nothing about this device. */
  | 'unknown';

export interface DeviceOutcome {
  deviceId: string;
  status: OutcomeStatus;
  /** Partner Center's error code, as sent (`808`, `ZtdDeviceDuplicated` …). */
  errorCode?: string;
  errorDescription?: string;
  /** What it means and what to do (registration.* codes, English message). */
  problem?: Problem;
  /** Partner Center's own device id (needed to assign a profile). */
  pcDeviceId?: string;
  at: number;
}

export interface RegistrationJob {
  id: string;
  kind: JobKind;
  listId: string;
  customer: { id: string; name: string };
  batchName: string;
  /** For assign-profile jobs: the Partner Center profile (policy) id. */
  profileId?: string;
  deviceIds: string[];
  chunks: JobChunk[];
  state: JobState;
  /** True while the job waits for the user (see `outbox`). */
  held: boolean;
  createdAt: number;
  updatedAt: number;
  /** Requests started (sends and resends). */
  attempts: number;
  outcomes: Record<string, DeviceOutcome>;
  lastError?: JobError;
}

/** The identifiers Partner Center reports back, to match its results to Boxpilot devices. */
export interface DeviceKeys {
  id: string;
  serialNumber?: string;
  pkid?: string;
  hardwareHash?: string;
}

/** One entry of Partner Center's `devicesStatus[]` (the client's `PcDeviceStatus` is this type). */
export interface ReportedDeviceStatus {
  deviceId?: string;
  serialNumber?: string;
  productKey?: string;
  hardwareHash?: string;
  status?: string;
  errorCode?: string;
  errorDescription?: string;
}

/** A device found in the batch (the client's `PcBatchDevice` extends this). */
export interface BatchDeviceKeys {
  id: string;
  serialNumber?: string;
  productKey?: string;
  hardwareHash?: string;
}
