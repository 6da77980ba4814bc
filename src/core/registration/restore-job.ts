import { deriveState } from './derive-state';
import type { ChunkState, DeviceOutcome, JobChunk, JobError, JobKind, OutcomeStatus, RegistrationJob } from './types';
import { registrationProblem } from './error-codes';
import { problemOfRegistration } from './device-record';

// The one restore step for a job read back from storage or a backup: an old or damaged record
// becomes a valid job or is refused (undefined), never half-read. Unknown states are not guessed
// into "sent": a chunk whose state is unreadable but has a tracking id is polled; without one it
// is `unsure` (checked against the batch before anything is sent again).

const CHUNK_STATES: readonly ChunkState[] = ['pending', 'sending', 'unsure', 'polling', 'done', 'failed'];
const OUTCOMES: readonly OutcomeStatus[] = ['registered', 'already-registered', 'duplicate', 'failed', 'pending', 'in-batch', 'unknown'];

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const count = (v: unknown): number => {
  const n = num(v);
  return n !== undefined && n >= 0 ? Math.floor(n) : 0;
};
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : []);

function restoreError(raw: unknown): JobError | undefined {
  if (!isRecord(raw)) return undefined;
  const code = str(raw['code']);
  const at = num(raw['at']);
  if (!code || at === undefined) return undefined;
  const error: JobError = { code, at };
  const wait = num(raw['retryAfterMs']);
  if (wait !== undefined) error.retryAfterMs = wait;
  return error;
}

function restoreChunk(raw: unknown, index: number): JobChunk | undefined {
  if (!isRecord(raw)) return undefined;
  const deviceIds = strings(raw['deviceIds']);
  const trackingId = str(raw['trackingId']);
  const stated = CHUNK_STATES.find((s) => s === raw['state']);
  let state: ChunkState = stated ?? (trackingId ? 'polling' : 'unsure');
  if (state === 'polling' && !trackingId) state = 'unsure';
  const chunk: JobChunk = { index, deviceIds, state, sendFailures: count(raw['sendFailures']), polls: count(raw['polls']), pollFailures: count(raw['pollFailures']) };
  if (trackingId) chunk.trackingId = trackingId;
  for (const key of ['batchId', 'status'] as const) {
    const value = str(raw[key]);
    if (value) chunk[key] = value;
  }
  for (const key of ['sendingSince', 'retryAt', 'nextPollAt'] as const) {
    const value = num(raw[key]);
    if (value !== undefined) chunk[key] = value;
  }
  const error = restoreError(raw['error']);
  if (error) chunk.error = error;
  return chunk;
}

function restoreOutcome(id: string, raw: unknown, fallbackTime: number): DeviceOutcome | undefined {
  if (!isRecord(raw)) return undefined;
  const status = OUTCOMES.find((s) => s === raw['status']);
  if (!status) return undefined;
  const outcome: DeviceOutcome = { deviceId: id, status, at: num(raw['at']) ?? fallbackTime };
  for (const key of ['errorCode', 'errorDescription', 'pcDeviceId'] as const) {
    const value = typeof raw[key] === 'number' ? String(raw[key]) : str(raw[key]);
    if (value) outcome[key] = value;
  }
  // The explanation is rebuilt from the codes (its English text may be from an older version).
  const problem = status === 'failed' || status === 'unknown' || outcome.errorCode ? (problemOfRegistration(outcome) ?? registrationProblem(outcome.errorCode)) : undefined;
  if (problem) outcome.problem = problem;
  return outcome;
}

export function restoreRegistrationJob(raw: unknown): RegistrationJob | undefined {
  if (!isRecord(raw)) return undefined;
  const id = str(raw['id']);
  const listId = str(raw['listId']);
  const customer = isRecord(raw['customer']) ? raw['customer'] : undefined;
  const customerId = customer && str(customer['id']);
  const createdAt = num(raw['createdAt']);
  if (!id || !listId || !customerId || createdAt === undefined) return undefined;
  const kind: JobKind = raw['kind'] === 'assign-profile' ? 'assign-profile' : 'register';
  const chunks = (Array.isArray(raw['chunks']) ? raw['chunks'] : []).map(restoreChunk);
  if (chunks.length === 0 || chunks.some((c) => c === undefined)) return undefined;
  const updatedAt = num(raw['updatedAt']) ?? createdAt;
  const outcomes: Record<string, DeviceOutcome> = {};
  if (isRecord(raw['outcomes'])) {
    for (const [deviceId, value] of Object.entries(raw['outcomes'])) {
      const outcome = restoreOutcome(deviceId, value, updatedAt);
      if (outcome) outcomes[deviceId] = outcome;
    }
  }
  const job: RegistrationJob = {
    id,
    kind,
    listId,
    customer: { id: customerId, name: str(customer['name']) ?? '' },
    batchName: typeof raw['batchName'] === 'string' ? raw['batchName'] : '',
    deviceIds: strings(raw['deviceIds']),
    chunks: chunks as JobChunk[],
    state: 'outbox',
    held: raw['held'] === true,
    createdAt,
    updatedAt,
    attempts: count(raw['attempts']),
    outcomes,
  };
  const profileId = str(raw['profileId']);
  if (profileId) job.profileId = profileId;
  if (kind === 'assign-profile' && !profileId) return undefined;
  const lastError = restoreError(raw['lastError']);
  if (lastError) job.lastError = lastError;
  job.state = deriveState(job);
  return job;
}
