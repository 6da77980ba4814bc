// Registration jobs (spec §4) and the customers last read from Partner Center, kept in the meta
// store under `job:<id>` and `pc-customers`. A job is written before its first request and
// after every step, so a reload resumes it; what is read back goes through the core's restore
// step (an unreadable record is skipped, never half-read).
import { activeJobForList, restoreRegistrationJob, type RegistrationJob } from '../../core';
import type { Result } from './errors';
import { read, write, type StoreContext } from './context';

const JOB_PREFIX = 'job:';
const CUSTOMERS_KEY = 'pc-customers';

/** A customer as remembered for offline use (the Partner Center client's PcCustomer fits). */
export interface CachedCustomer {
  id: string;
  tenantId: string;
  companyName: string;
  domain?: string;
}

export function getRegistrationJobs(ctx: StoreContext): Promise<Result<RegistrationJob[]>> {
  return read(ctx, ['meta'], async (tx) => {
    const rows = await tx.objectStore('meta').getAll(IDBKeyRange.bound(JOB_PREFIX, `${JOB_PREFIX}\uffff`));
    return rows.flatMap((row) => {
      const job = restoreRegistrationJob(row.value);
      return job ? [job] : [];
    });
  });
}

export function putRegistrationJob(ctx: StoreContext, job: RegistrationJob): Promise<Result<RegistrationJob>> {
  return write(
    ctx,
    ['meta'],
    async (tx) => {
      await tx.objectStore('meta').put({ key: `${JOB_PREFIX}${job.id}`, value: structuredClone(job) });
      return job;
    },
    () => [],
  );
}

/**
 * Stores a new upload job unless the list already has one in progress, checked in the same
 * transaction: two tabs pressing "Register" at the same moment get one job, not two.
 */
export function addRegistrationJob(ctx: StoreContext, job: RegistrationJob): Promise<Result<{ added: RegistrationJob } | { busy: string }>> {
  return write(
    ctx,
    ['meta'],
    async (tx) => {
      const meta = tx.objectStore('meta');
      const rows = await meta.getAll(IDBKeyRange.bound(JOB_PREFIX, `${JOB_PREFIX}\uffff`));
      const jobs = rows.flatMap((row) => {
        const stored = restoreRegistrationJob(row.value);
        return stored ? [stored] : [];
      });
      const busy = job.kind === 'register' ? activeJobForList(jobs, job.listId) : undefined;
      if (busy) return { busy: busy.id };
      await meta.put({ key: `${JOB_PREFIX}${job.id}`, value: structuredClone(job) });
      return { added: job };
    },
    () => [],
  );
}

export function getCachedCustomers(ctx: StoreContext): Promise<Result<CachedCustomer[]>> {
  return read(ctx, ['meta'], async (tx) => {
    const value = (await tx.objectStore('meta').get(CUSTOMERS_KEY))?.value;
    if (!Array.isArray(value)) return [];
    return value.flatMap((raw: unknown): CachedCustomer[] => {
      if (typeof raw !== 'object' || raw === null) return [];
      const c = raw as Record<string, unknown>;
      if (typeof c['id'] !== 'string' || typeof c['companyName'] !== 'string') return [];
      const customer: CachedCustomer = { id: c['id'], tenantId: typeof c['tenantId'] === 'string' ? c['tenantId'] : c['id'], companyName: c['companyName'] };
      if (typeof c['domain'] === 'string') customer.domain = c['domain'];
      return [customer];
    });
  });
}

export function putCachedCustomers(ctx: StoreContext, customers: readonly CachedCustomer[]): Promise<Result<number>> {
  return write(
    ctx,
    ['meta'],
    async (tx) => {
      const value = customers.map((c) => ({ id: c.id, tenantId: c.tenantId, companyName: c.companyName, ...(c.domain ? { domain: c.domain } : {}) }));
      await tx.objectStore('meta').put({ key: CUSTOMERS_KEY, value });
      return value.length;
    },
    () => [],
  );
}
