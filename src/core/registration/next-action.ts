import { isTerminal } from './derive-state';
import { RECONCILE_DELAY_MS } from './schedule';
import type { JobError, RegistrationJob } from './types';

// What the runner should do next with a job, and when. One action at a time: chunks are sent
// in order, one request in flight; polls of sent chunks go on even while unsent ones wait for
// the user.

export type JobAction =
  | { kind: 'done' }
  /** Nothing runs until the user confirms (`confirm` event); `error` says why it waits. */
  | { kind: 'wait-for-confirm'; error?: JobError }
  /** A request of this chunk is under way in this tab: wait for its answer. */
  | { kind: 'in-flight'; chunk: number }
  /** List the batch's devices, then send a `reconciled` event; never send the chunk before. */
  | { kind: 'reconcile'; chunk: number; at: number }
  /** Send this chunk (createOrAppend of its devices, or the profile assignment). */
  | { kind: 'submit'; chunk: number; at: number }
  | { kind: 'poll'; chunk: number; trackingId: string; at: number };

export function nextAction(job: RegistrationJob, now: number): JobAction {
  if (isTerminal(job.state)) return { kind: 'done' };
  const sending = job.chunks.find((c) => c.state === 'sending');
  if (sending) return { kind: 'in-flight', chunk: sending.index };

  const candidates: JobAction[] = [];
  const unsent = job.chunks.find((c) => c.state === 'unsure' || c.state === 'pending');
  if (unsent && !job.held) {
    if (unsent.state === 'unsure') {
      const at = Math.max(unsent.retryAt ?? 0, (unsent.sendingSince ?? 0) + RECONCILE_DELAY_MS);
      candidates.push({ kind: 'reconcile', chunk: unsent.index, at: Math.max(now, at) });
    } else {
      candidates.push({ kind: 'submit', chunk: unsent.index, at: Math.max(now, unsent.retryAt ?? now) });
    }
  }
  for (const chunk of job.chunks) {
    if (chunk.state === 'polling' && chunk.trackingId) {
      candidates.push({ kind: 'poll', chunk: chunk.index, trackingId: chunk.trackingId, at: Math.max(now, chunk.nextPollAt ?? now) });
    }
  }
  if (candidates.length === 0) return job.lastError ? { kind: 'wait-for-confirm', error: job.lastError } : { kind: 'wait-for-confirm' };
  // Earliest first; on a tie, sending before polling (candidates keep that order).
  return candidates.reduce((best, c) => ('at' in c && 'at' in best && c.at < best.at ? c : best));
}
