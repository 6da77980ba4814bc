import type { JobState, RegistrationJob } from './types';

// A job's state follows from its chunks (and whether it waits for the user): stored for
// queries, always recomputed after a transition, never set by hand.

const TERMINAL_CHUNK = new Set(['done', 'failed']);
const UNSENT_CHUNK = new Set(['pending', 'sending', 'unsure']);

export const isTerminal = (state: JobState): boolean => state === 'finished' || state === 'finished-with-errors' || state === 'failed';

export function deriveState(job: RegistrationJob): JobState {
  const chunks = job.chunks;
  if (chunks.every((c) => TERMINAL_CHUNK.has(c.state))) {
    if (chunks.every((c) => c.state === 'failed')) return 'failed';
    const bad = chunks.some((c) => c.state === 'failed') || Object.values(job.outcomes).some((o) => o.status === 'failed' || o.status === 'unknown');
    return bad ? 'finished-with-errors' : 'finished';
  }
  if (chunks.some((c) => UNSENT_CHUNK.has(c.state))) return job.held ? 'outbox' : 'submitting';
  return 'polling';
}
