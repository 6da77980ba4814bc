import type { JobChunk, JobKind, RegistrationJob } from './types';

// A new job, in the outbox, written to storage before any request is made.

export const MAX_DEVICES_PER_CHUNK = 500;

export interface NewJob {
  id: string;
  kind?: JobKind;
  listId: string;
  customer: { id: string; name: string };
  batchName: string;
  profileId?: string;
  deviceIds: readonly string[];
  now: number;
  /** The user already confirmed (e.g. pressed "Register" online): start in `submitting`. */
  confirmed?: boolean;
  chunkSize?: number;
}

export type CreateJobResult = { ok: true; job: RegistrationJob } | { ok: false; error: { code: 'no-devices' | 'no-batch-name' | 'no-profile' } };

export function createRegistrationJob(input: NewJob): CreateJobResult {
  const ids = [...new Set(input.deviceIds)];
  if (ids.length === 0) return { ok: false, error: { code: 'no-devices' } };
  const kind = input.kind ?? 'register';
  if (kind === 'register' && input.batchName.trim() === '') return { ok: false, error: { code: 'no-batch-name' } };
  if (kind === 'assign-profile' && !input.profileId) return { ok: false, error: { code: 'no-profile' } };
  const size = Math.max(1, Math.min(MAX_DEVICES_PER_CHUNK, input.chunkSize ?? MAX_DEVICES_PER_CHUNK));
  const chunks: JobChunk[] = [];
  for (let start = 0; start < ids.length; start += size) {
    chunks.push({ index: chunks.length, deviceIds: ids.slice(start, start + size), state: 'pending', sendFailures: 0, polls: 0, pollFailures: 0 });
  }
  const held = input.confirmed !== true;
  const job: RegistrationJob = {
    id: input.id,
    kind,
    listId: input.listId,
    customer: { ...input.customer },
    batchName: input.batchName,
    deviceIds: ids,
    chunks,
    state: held ? 'outbox' : 'submitting',
    held,
    createdAt: input.now,
    updatedAt: input.now,
    attempts: 0,
    outcomes: {},
  };
  if (input.profileId) job.profileId = input.profileId;
  return { ok: true, job };
}
