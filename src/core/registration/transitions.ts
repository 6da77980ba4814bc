import { isTerminal, deriveState } from './derive-state';
import { jobProblem } from './error-codes';
import { mapDeviceStatuses, splitByPresence } from './outcomes';
import { MAX_AUTOMATIC_SENDS, POLL_INTERVAL_MS, pollDelayMs, retryDelayMs } from './schedule';
import { sendErrorKind, type RequestFailure } from './send-errors';
import type { BatchDeviceKeys, ChunkState, DeviceKeys, JobChunk, RegistrationJob, ReportedDeviceStatus } from './types';

// The job's state machine. Each event is what the runner saw; the answer is the new job record
// (to store before acting on it) or a refused transition as a value. Pure: the clock is passed in.
//
// The rule that prevents a double submit: a chunk with a tracking id is only ever polled; a
// chunk whose request may have gone out (`sending` found after a reload, or a lost answer) is
// `unsure` and is checked against the batch's devices before anything is sent again.

export type JobEvent =
  /** The user confirmed sending (first time, or after a held error such as offline). */
  | { type: 'confirm' }
  /** The app (re)loaded the job from storage. */
  | { type: 'resume' }
  /** The runner is about to send this chunk (store this before the request goes out). */
  | { type: 'chunk-sending'; chunk: number }
  | { type: 'chunk-accepted'; chunk: number; trackingId: string; batchId?: string }
  /** Sending, or checking an unsure chunk, failed. */
  | { type: 'chunk-failed'; chunk: number; error: RequestFailure }
  /** The batch's devices were listed for an unsure chunk (`inBatch` empty when the batch does not exist). */
  | { type: 'reconciled'; chunk: number; devices: readonly DeviceKeys[]; inBatch: readonly BatchDeviceKeys[] }
  /** A poll answered: the job status and the per-device results so far. */
  | { type: 'status'; chunk: number; status: string; devicesStatus: readonly ReportedDeviceStatus[]; devices: readonly DeviceKeys[] }
  | { type: 'poll-failed'; chunk: number; error: RequestFailure }
  /** The user stopped the job: whatever has no result yet is failed. */
  | { type: 'abandon' };

export interface TransitionError {
  code: 'invalid-transition' | 'no-such-chunk';
  event: JobEvent['type'];
  state: RegistrationJob['state'];
  chunkState?: ChunkState;
}

export type Transition = { ok: true; job: RegistrationJob } | { ok: false; error: TransitionError };

const RUNNING = new Set(['queued', 'processing', 'unknown']);

function clone(job: RegistrationJob): RegistrationJob {
  return { ...job, chunks: job.chunks.map((c) => ({ ...c, deviceIds: [...c.deviceIds] })), outcomes: { ...job.outcomes } };
}

function settle(job: RegistrationJob, now: number): Transition {
  job.updatedAt = now;
  job.state = deriveState(job);
  if (isTerminal(job.state)) job.held = false;
  return { ok: true, job };
}

export function applyJobEvent(current: RegistrationJob, event: JobEvent, now: number): Transition {
  const refuse = (code: TransitionError['code'] = 'invalid-transition', chunkState?: ChunkState): Transition => ({
    ok: false,
    error: { code, event: event.type, state: current.state, ...(chunkState ? { chunkState } : {}) },
  });
  if (isTerminal(current.state) && event.type !== 'resume') return refuse();
  const job = clone(current);

  if (event.type === 'confirm') {
    if (!job.held) return refuse();
    job.held = false;
    delete job.lastError;
    for (const chunk of job.chunks) {
      chunk.sendFailures = 0;
      delete chunk.retryAt;
    }
    return settle(job, now);
  }
  if (event.type === 'resume') {
    if (isTerminal(job.state)) return { ok: true, job: current };
    for (const chunk of job.chunks) {
      // A request that was under way when the page died may have reached Partner Center. A
      // profile assignment can simply be repeated; an upload must be checked first.
      if (chunk.state === 'sending') chunk.state = job.kind === 'assign-profile' ? 'pending' : 'unsure';
      if (chunk.state === 'polling') chunk.nextPollAt = now;
    }
    return settle(job, now);
  }
  if (event.type === 'abandon') {
    for (const chunk of job.chunks) {
      if (chunk.state === 'done' || chunk.state === 'failed') continue;
      chunk.state = 'failed';
      for (const id of chunk.deviceIds) {
        if (!job.outcomes[id]) job.outcomes[id] = { deviceId: id, status: 'failed', problem: jobProblem('registration.abandoned'), at: now };
      }
    }
    return settle(job, now);
  }

  const chunk = job.chunks[event.chunk];
  if (!chunk) return refuse('no-such-chunk');
  const only = (...states: ChunkState[]): boolean => states.includes(chunk.state);

  switch (event.type) {
    case 'chunk-sending':
      if (job.held || !only('pending')) return refuse('invalid-transition', chunk.state);
      chunk.state = 'sending';
      chunk.sendingSince = now;
      delete chunk.retryAt;
      job.attempts += 1;
      return settle(job, now);

    case 'chunk-accepted':
      if (!only('sending', 'unsure')) return refuse('invalid-transition', chunk.state);
      chunk.state = 'polling';
      chunk.trackingId = event.trackingId;
      if (event.batchId !== undefined) chunk.batchId = event.batchId;
      chunk.polls = 0;
      chunk.pollFailures = 0;
      chunk.nextPollAt = now + POLL_INTERVAL_MS;
      delete chunk.error;
      delete chunk.retryAt;
      return settle(job, now);

    case 'chunk-failed':
      if (!only('sending', 'unsure')) return refuse('invalid-transition', chunk.state);
      failChunk(job, chunk, event.error, now);
      return settle(job, now);

    case 'reconciled': {
      if (!only('unsure')) return refuse('invalid-transition', chunk.state);
      const mine = event.devices.filter((d) => chunk.deviceIds.includes(d.id));
      const { found, missing } = splitByPresence(mine, event.inBatch);
      for (const hit of found) job.outcomes[hit.deviceId] = { deviceId: hit.deviceId, status: 'in-batch', pcDeviceId: hit.pcDeviceId, at: now };
      // Devices we hold no keys for cannot be matched: they stay in the chunk, to be sent.
      const unknownKeys = chunk.deviceIds.filter((id) => !mine.some((d) => d.id === id));
      const remaining = [...missing, ...unknownKeys];
      chunk.deviceIds = remaining;
      chunk.state = remaining.length === 0 ? 'done' : 'pending';
      delete chunk.error;
      return settle(job, now);
    }

    case 'status': {
      if (!only('polling')) return refuse('invalid-transition', chunk.state);
      chunk.status = event.status;
      chunk.pollFailures = 0;
      if (RUNNING.has(event.status)) {
        chunk.polls += 1;
        chunk.nextPollAt = now + pollDelayMs(chunk.polls);
        return settle(job, now);
      }
      const mine = event.devices.filter((d) => chunk.deviceIds.includes(d.id));
      for (const outcome of mapDeviceStatuses(mine, event.devicesStatus, event.status, now)) job.outcomes[outcome.deviceId] = outcome;
      chunk.state = 'done';
      delete chunk.nextPollAt;
      return settle(job, now);
    }

    case 'poll-failed':
      if (!only('polling')) return refuse('invalid-transition', chunk.state);
      chunk.polls += 1;
      chunk.pollFailures += 1;
      chunk.nextPollAt = now + retryDelayMs(chunk.pollFailures, event.error.retryAfterMs);
      chunk.error = errorOf(event.error, now);
      job.lastError = chunk.error;
      return settle(job, now);
  }
}

function errorOf(error: RequestFailure, now: number): NonNullable<JobChunk['error']> {
  return { code: error.code, at: now, ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}) };
}

function failChunk(job: RegistrationJob, chunk: JobChunk, error: RequestFailure, now: number): void {
  const kind = sendErrorKind(error.code);
  const unsure = chunk.state === 'unsure' || (error.maybeSent === true && job.kind === 'register');
  chunk.error = errorOf(error, now);
  job.lastError = chunk.error;
  delete chunk.retryAt;
  if (!unsure && kind === 'permanent') {
    chunk.state = 'failed';
    for (const id of chunk.deviceIds) {
      job.outcomes[id] = { deviceId: id, status: 'failed', errorCode: error.code, problem: jobProblem('registration.request-refused', { code: error.code }), at: now };
    }
    return;
  }
  chunk.state = unsure ? 'unsure' : 'pending';
  if (kind === 'retry-later') {
    chunk.sendFailures += 1;
    if (chunk.sendFailures < MAX_AUTOMATIC_SENDS) {
      chunk.retryAt = now + retryDelayMs(chunk.sendFailures, error.retryAfterMs);
      return;
    }
  }
  // Offline, signed out, blocked, a check that cannot be made, or too many automatic retries:
  // the job waits in the outbox until the user confirms again.
  job.held = true;
}
