import { createRegistrationJob, type CreateJobResult } from './create-job';
import { isTerminal } from './derive-state';
import type { OutcomeStatus, RegistrationJob } from './types';

// Rules across jobs: a list is never sent twice while a job for it runs; "Retry failed devices"
// sends only those.

export const isJobActive = (job: RegistrationJob): boolean => !isTerminal(job.state);

/** The list's unfinished upload job, if any (a profile assignment does not block an upload). */
export function activeJobForList(jobs: readonly RegistrationJob[], listId: string): RegistrationJob | undefined {
  return jobs.find((job) => job.listId === listId && job.kind === 'register' && isJobActive(job));
}

export type CanSend = { ok: true } | { ok: false; error: { code: 'job-in-progress'; jobId: string } };

export function canSendList(jobs: readonly RegistrationJob[], listId: string): CanSend {
  const active = activeJobForList(jobs, listId);
  return active ? { ok: false, error: { code: 'job-in-progress', jobId: active.id } } : { ok: true };
}

/** Outcomes worth sending again after a fix (806 and duplicates need nothing). */
const RETRYABLE: ReadonlySet<OutcomeStatus> = new Set(['failed', 'unknown']);

export function failedDeviceIds(job: RegistrationJob): string[] {
  return job.deviceIds.filter((id) => {
    const outcome = job.outcomes[id];
    return outcome !== undefined && RETRYABLE.has(outcome.status);
  });
}

/** A new job for the failed devices of a finished one, same customer, batch and kind. */
export function retryFailedDevices(job: RegistrationJob, next: { id: string; now: number; confirmed?: boolean }): CreateJobResult | { ok: false; error: { code: 'job-in-progress' } } {
  if (isJobActive(job)) return { ok: false, error: { code: 'job-in-progress' } };
  return createRegistrationJob({
    id: next.id,
    kind: job.kind,
    listId: job.listId,
    customer: job.customer,
    batchName: job.batchName,
    ...(job.profileId ? { profileId: job.profileId } : {}),
    deviceIds: failedDeviceIds(job),
    now: next.now,
    confirmed: next.confirmed ?? true,
  });
}

/** How many devices have each outcome (devices without one yet count as `pending`). */
export function summarizeJob(job: RegistrationJob): Record<OutcomeStatus, number> {
  const counts: Record<OutcomeStatus, number> = { registered: 0, 'already-registered': 0, duplicate: 0, failed: 0, pending: 0, 'in-batch': 0, unknown: 0 };
  for (const id of job.deviceIds) counts[job.outcomes[id]?.status ?? 'pending'] += 1;
  return counts;
}
