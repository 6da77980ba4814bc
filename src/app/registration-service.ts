// Registration in Partner Center (spec §4, §6), end to end: a job is stored before its first
// request and after every step; one tab runs the jobs (Web Locks); the core decides each step
// (nextAction / applyJobEvent), registration-actions.ts makes the call, and each device's result
// is stored on the device. Every answer is a value; every stored change ends in one event.
import { PartnerCenterClient, type PartnerCenterOptions, type PcCustomer, type PcError, type PcProfile } from '../adapters/partner-center';
import type { CachedCustomer, Registration, Result, StorageError, StoredDevice } from '../adapters/storage';
import {
  activeJobForList,
  applyJobEvent,
  canSendList,
  createRegistrationJob,
  isJobActive,
  nextAction,
  retryFailedDevices,
  toDeviceRegistration,
  type Device,
  type JobAction,
  type JobEvent,
  type RegistrationJob,
} from '../core';
import type { AppEvents } from './events';
import { tokensFor, type RegistrationAuth } from './registration-auth';
import { pollChunk, reconcileChunk, submitChunk, type JobDevices } from './registration-actions';
import { runExclusively, sleepUnlessWoken, type LocksLike } from './registration-lock';
import type { AppStore } from './store-port';

export type RegistrationStore = Pick<AppStore, 'getList' | 'getDevices' | 'updateDevices' | 'updateList'> & {
  getSettings(): Promise<Result<{ apiBaseUrl: string }>>;
  getRegistrationJobs(): Promise<Result<RegistrationJob[]>>;
  putRegistrationJob(job: RegistrationJob): Promise<Result<RegistrationJob>>;
  addRegistrationJob(job: RegistrationJob): Promise<Result<{ added: RegistrationJob } | { busy: string }>>;
  getCachedCustomers(): Promise<Result<CachedCustomer[]>>;
  putCachedCustomers(customers: readonly CachedCustomer[]): Promise<Result<number>>;
};

/** What survives the MFA sign-in's redirect (sessionStorage in the app): one step-up per job. */
export interface Memo {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface RegistrationDeps {
  store: RegistrationStore;
  events: AppEvents;
  auth: RegistrationAuth;
  fetch: typeof fetch;
  now?: () => number;
  isOnline?: () => boolean;
  /** Waits `ms`, or less when `woken` settles first (specs advance a clock instead). */
  wait?: (ms: number, woken: Promise<void>) => Promise<void>;
  locks?: LocksLike;
  memo?: Memo;
  /** Tells other tabs a job changed (their screens re-read, their runner wakes). */
  channel?: Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'close'>;
  client?: Partial<Omit<PartnerCenterOptions, 'baseUrl' | 'fetch' | 'tokens'>>;
  newJobId?: () => string;
}

export type RegistrationErrorCode = 'job-in-progress' | 'no-devices' | 'no-batch-name' | 'no-profile' | 'no-customer' | 'no-such-job' | 'not-waiting' | 'nothing-registered';
export type RegistrationError = { code: RegistrationErrorCode; jobId?: string } | StorageError | PcError;
export type RegResult<T> = { ok: true; value: T } | { ok: false; error: RegistrationError };

export interface CustomerAnswer {
  customers: CachedCustomer[];
  /** Read from what was remembered (offline, or Partner Center could not be asked). */
  fromCache: boolean;
  error?: PcError;
}

/** How often an idle runner looks for jobs another tab stored. */
const IDLE_MS = 5_000;
/** Outcomes that mean Partner Center has the device (a profile can be assigned to it). */
const HAS_DEVICE = new Set(['registered', 'already-registered', 'in-batch', 'duplicate']);
const MFA_KEY = (jobId: string): string => `boxpilot-mfa:${jobId}`;

function defaultWait(ms: number, woken: Promise<void>): Promise<void> {
  return sleepUnlessWoken(ms, woken);
}

export class RegistrationService {
  readonly #d: Required<Omit<RegistrationDeps, 'locks' | 'channel' | 'client' | 'memo'>> & Pick<RegistrationDeps, 'locks' | 'channel' | 'client' | 'memo'>;
  #client: { baseUrl: string; client: PartnerCenterClient } | undefined;
  #wake: () => void = () => undefined;
  #woken: Promise<void>;
  #running = false;
  #stopped = false;
  #chain: Promise<unknown> = Promise.resolve();

  constructor(deps: RegistrationDeps) {
    this.#d = {
      now: Date.now,
      isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
      wait: defaultWait,
      newJobId: () => `j${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`,
      ...deps,
    };
    this.#woken = this.#newWake();
    deps.channel?.addEventListener('message', (message: MessageEvent) => {
      const data = message.data as { listId?: unknown; jobId?: unknown } | null;
      if (typeof data?.listId === 'string' && typeof data.jobId === 'string') this.#d.events.emit({ type: 'registration-changed', listId: data.listId, jobId: data.jobId });
      this.#wakeUp();
    });
  }

  #newWake(): Promise<void> {
    return new Promise((resolve) => {
      this.#wake = resolve;
    });
  }
  #wakeUp(): void {
    this.#wake();
    this.#woken = this.#newWake();
  }

  // ---- Reading

  async jobs(): Promise<Result<RegistrationJob[]>> {
    return this.#d.store.getRegistrationJobs();
  }

  /** The list's jobs, newest first. */
  async jobsFor(listId: string): Promise<Result<RegistrationJob[]>> {
    const all = await this.jobs();
    if (!all.ok) return all;
    return { ok: true, value: all.value.filter((j) => j.listId === listId).sort((a, b) => b.createdAt - a.createdAt) };
  }

  /** Customers (every page), searched by name or domain; what was last read when offline. */
  async customers(query = ''): Promise<RegResult<CustomerAnswer>> {
    const needle = query.trim().toLowerCase();
    const pick = (all: CachedCustomer[]) => all.filter((c) => !needle || c.companyName.toLowerCase().includes(needle) || (c.domain ?? '').toLowerCase().includes(needle));
    const cached = async (error?: PcError): Promise<RegResult<CustomerAnswer>> => {
      const stored = await this.#d.store.getCachedCustomers();
      if (!stored.ok) return stored;
      return { ok: true, value: { customers: pick(stored.value), fromCache: true, ...(error ? { error } : {}) } };
    };
    if (!this.#d.isOnline()) return cached({ code: 'offline' });
    const client = await this.#pc();
    if (!client.ok) return client;
    const all = await client.value.listAllCustomers();
    if (!all.ok) return cached(all.error);
    const remembered: CachedCustomer[] = all.value.map((c: PcCustomer) => ({ id: c.id, tenantId: c.tenantId, companyName: c.companyName, ...(c.domain ? { domain: c.domain } : {}) }));
    const saved = await this.#d.store.putCachedCustomers(remembered);
    if (!saved.ok) return saved;
    return { ok: true, value: { customers: pick(remembered), fromCache: false } };
  }

  /** The customer's Autopilot profiles made in Partner Center (Intune's are not listed there). */
  async profiles(customerId: string): Promise<RegResult<PcProfile[]>> {
    const client = await this.#pc();
    if (!client.ok) return client;
    return client.value.listProfiles(customerId);
  }

  // ---- Commands

  /**
   * A job for every device of the list, stored before anything is sent. Online it runs at once;
   * offline it waits in the outbox until `confirm`. The customer is saved on the list.
   */
  async start(listId: string, customer: { id: string; name: string }): Promise<RegResult<RegistrationJob>> {
    if (!customer.id) return { ok: false, error: { code: 'no-customer' } };
    const [list, devices, jobs] = await Promise.all([this.#d.store.getList(listId), this.#d.store.getDevices(listId), this.jobs()]);
    if (!list.ok) return list;
    if (!devices.ok) return devices;
    if (!jobs.ok) return jobs;
    const free = canSendList(jobs.value, listId);
    if (!free.ok) return free;
    const created = createRegistrationJob({
      id: this.#d.newJobId(),
      listId,
      customer,
      batchName: list.value.name,
      deviceIds: devices.value.map((d) => d.id),
      now: this.#d.now(),
      confirmed: this.#d.isOnline(),
    });
    if (!created.ok) return created;
    if (list.value.customerTenantId !== customer.id) {
      const saved = await this.#d.store.updateList(listId, { customerTenantId: customer.id, ...(list.value.customerName ? {} : { customerName: customer.name }) });
      if (!saved.ok) return saved;
      this.#d.events.emit({ type: 'lists-changed' });
    }
    return this.#save(created.job);
  }

  /** The user confirms a job that waits (new offline, or held after an error only they can fix). */
  confirm(jobId: string): Promise<RegResult<RegistrationJob>> {
    return this.#mutate(jobId, { type: 'confirm' }, 'not-waiting');
  }

  /** Stops a job: devices without a result are marked failed (and can be retried). */
  abandon(jobId: string): Promise<RegResult<RegistrationJob>> {
    return this.#mutate(jobId, { type: 'abandon' }, 'not-waiting');
  }

  /** "Retry failed devices": a new job with only the failed ones, same customer and batch. */
  async retryFailed(jobId: string): Promise<RegResult<RegistrationJob>> {
    const jobs = await this.jobs();
    if (!jobs.ok) return jobs;
    const job = jobs.value.find((j) => j.id === jobId);
    if (!job) return { ok: false, error: { code: 'no-such-job' } };
    const busy = activeJobForList(jobs.value, job.listId);
    if (busy) return { ok: false, error: { code: 'job-in-progress', jobId: busy.id } };
    const retry = retryFailedDevices(job, { id: this.#d.newJobId(), now: this.#d.now(), confirmed: this.#d.isOnline() });
    if (!retry.ok) return retry;
    return this.#save(retry.job);
  }

  /** Assigns a profile to the list's devices Partner Center has (DevicePolicyUpdates), polled the same way. */
  async assignProfile(listId: string, profileId: string): Promise<RegResult<RegistrationJob>> {
    const [devices, jobs] = await Promise.all([this.#d.store.getDevices(listId), this.jobs()]);
    if (!devices.ok) return devices;
    if (!jobs.ok) return jobs;
    const upload = jobs.value.filter((j) => j.listId === listId && j.kind === 'register').sort((a, b) => b.createdAt - a.createdAt)[0];
    const ids = devices.value.filter((d) => HAS_DEVICE.has(d.registration?.status ?? '')).map((d) => d.id);
    if (!upload || ids.length === 0) return { ok: false, error: { code: 'nothing-registered' } };
    const running = jobs.value.find((j) => j.listId === listId && j.kind === 'assign-profile' && isJobActive(j));
    if (running) return { ok: false, error: { code: 'job-in-progress', jobId: running.id } };
    const created = createRegistrationJob({
      id: this.#d.newJobId(),
      kind: 'assign-profile',
      listId,
      customer: upload.customer,
      batchName: upload.batchName,
      profileId,
      deviceIds: ids,
      now: this.#d.now(),
      confirmed: this.#d.isOnline(),
    });
    if (!created.ok) return created;
    return this.#save(created.job);
  }

  // ---- Running

  /**
   * Runs the jobs in this tab while it holds the registration lock (another tab that holds it
   * runs them instead; this one takes over when that tab closes). Returns at once.
   */
  run(): void {
    if (this.#running) return;
    this.#running = true;
    void runExclusively(this.#d.locks, 'boxpilot-registration', async () => {
      await this.resumeAll();
      while (!this.#stopped) {
        const next = await this.step();
        if (next.kind === 'worked') continue;
        await this.#d.wait(next.kind === 'wait' ? Math.min(next.ms, IDLE_MS) : IDLE_MS, this.#woken);
      }
    });
  }

  stop(): void {
    this.#stopped = true;
    this.#wakeUp();
    this.#d.channel?.close();
  }

  /** The network came back: screens show "Send now" for waiting jobs; polls go on. */
  online(): void {
    this.#wakeUp();
  }

  /**
   * After a (re)load: a request that was under way is checked before anything is sent again,
   * polls restart; a job whose MFA sign-in just came back is retried once.
   */
  async resumeAll(): Promise<void> {
    const jobs = await this.jobs();
    if (!jobs.ok) return;
    for (const job of jobs.value.filter((j) => isJobActive(j))) {
      const resumed = await this.#mutate(job.id, { type: 'resume' });
      const memo = this.#d.memo;
      if (resumed.ok && resumed.value.held && resumed.value.lastError?.code === 'mfa-required' && memo?.get(MFA_KEY(job.id)) === 'asked') {
        memo.set(MFA_KEY(job.id), 'retried');
        await this.#mutate(job.id, { type: 'confirm' });
      }
    }
  }

  /** One due step of one job; or how long until the next one. */
  async step(): Promise<{ kind: 'worked' } | { kind: 'wait'; ms: number } | { kind: 'idle' }> {
    const jobs = await this.jobs();
    if (!jobs.ok) return { kind: 'idle' };
    const now = this.#d.now();
    let best: { job: RegistrationJob; action: Extract<JobAction, { at: number }> } | undefined;
    for (const job of jobs.value) {
      const action = nextAction(job, now);
      if (!('at' in action)) continue;
      if (!best || action.at < best.action.at) best = { job, action };
    }
    if (!best) return { kind: 'idle' };
    if (!this.#d.isOnline()) return { kind: 'idle' };
    if (best.action.at > now) return { kind: 'wait', ms: best.action.at - now };
    // A step that could not start (settings or devices unreadable) waits instead of spinning.
    return (await this.#perform(best.job, best.action)) ? { kind: 'worked' } : { kind: 'wait', ms: IDLE_MS };
  }

  async #perform(job: RegistrationJob, action: Extract<JobAction, { at: number }>): Promise<boolean> {
    const client = await this.#pc();
    const devices = await this.#devicesOf(job.listId);
    if (!client.ok || !devices) return false;
    let event: JobEvent;
    if (action.kind === 'submit') {
      // Stored before the request goes out: a reload from here on checks before sending again.
      const sending = await this.#mutate(job.id, { type: 'chunk-sending', chunk: action.chunk });
      if (!sending.ok) return false;
      event = await submitChunk(client.value, sending.value, action.chunk, devices);
    } else if (action.kind === 'reconcile') {
      event = await reconcileChunk(client.value, job, action.chunk, devices);
    } else {
      event = await pollChunk(client.value, job, action.chunk, action.trackingId, devices);
    }
    const after = await this.#mutate(job.id, event);
    if (!after.ok) return false;
    const failure = event.type === 'chunk-failed' || event.type === 'poll-failed' ? event.error : undefined;
    if (failure?.code === 'mfa-required') await this.#stepUpMfa(after.value, (failure as PcError).claims);
    return true;
  }

  /** One interactive MFA sign-in per job, then one retry (resumeAll): never a loop. */
  async #stepUpMfa(job: RegistrationJob, claims: string | undefined): Promise<void> {
    const memo = this.#d.memo;
    if (!memo || memo.get(MFA_KEY(job.id)) !== null) return;
    memo.set(MFA_KEY(job.id), 'asked');
    const answer = await this.#d.auth.requireMfa(claims);
    if (answer.ok) this.stop(); // the page is leaving for Microsoft's sign-in
  }

  async #devicesOf(listId: string): Promise<JobDevices | undefined> {
    const devices = await this.#d.store.getDevices(listId);
    if (!devices.ok) return undefined;
    return new Map(devices.value.map((d): [string, Device] => [d.id, d.device]));
  }

  async #pc(): Promise<RegResult<PartnerCenterClient>> {
    const settings = await this.#d.store.getSettings();
    if (!settings.ok) return settings;
    const baseUrl = settings.value.apiBaseUrl;
    if (this.#client?.baseUrl !== baseUrl) {
      const client = new PartnerCenterClient({ ...this.#d.client, baseUrl, fetch: this.#d.fetch, tokens: tokensFor(this.#d.auth, this.#d.isOnline), isOnline: this.#d.isOnline });
      this.#client = { baseUrl, client };
    }
    return { ok: true, value: this.#client.client };
  }

  // ---- Storing

  /** Read the stored job, apply the event, store it (one at a time in this tab). */
  #mutate(jobId: string, event: JobEvent, refused?: RegistrationErrorCode): Promise<RegResult<RegistrationJob>> {
    const work = this.#chain.then(async (): Promise<RegResult<RegistrationJob>> => {
      const jobs = await this.jobs();
      if (!jobs.ok) return jobs;
      const job = jobs.value.find((j) => j.id === jobId);
      if (!job) return { ok: false, error: { code: 'no-such-job' } };
      const next = applyJobEvent(job, event, this.#d.now());
      if (!next.ok) return { ok: false, error: { code: refused ?? 'not-waiting' } };
      return this.#store(job, next.job);
    });
    this.#chain = work.catch(() => undefined);
    return work;
  }

  /** A new job: stored only if its list has no upload in progress (also not from another tab). */
  #save(job: RegistrationJob): Promise<RegResult<RegistrationJob>> {
    const work = this.#chain.then(async (): Promise<RegResult<RegistrationJob>> => {
      const added = await this.#d.store.addRegistrationJob(job);
      if (!added.ok) return added;
      if ('busy' in added.value) return { ok: false, error: { code: 'job-in-progress', jobId: added.value.busy } };
      return this.#store(undefined, job);
    });
    this.#chain = work.catch(() => undefined);
    return work;
  }

  async #store(before: RegistrationJob | undefined, job: RegistrationJob): Promise<RegResult<RegistrationJob>> {
    const put = await this.#d.store.putRegistrationJob(job);
    if (!put.ok) return put;
    if (job.kind === 'register') await this.#recordOnDevices(before, job);
    this.#d.events.emit({ type: 'registration-changed', listId: job.listId, jobId: job.id });
    this.#d.channel?.postMessage({ listId: job.listId, jobId: job.id });
    this.#wakeUp();
    return { ok: true, value: job };
  }

  /** New outcomes, and chunks just accepted (pending, with their tracking id), onto the devices. */
  async #recordOnDevices(before: RegistrationJob | undefined, job: RegistrationJob): Promise<void> {
    const updates: { id: string; patch: { registration: Registration } }[] = [];
    for (const [id, outcome] of Object.entries(job.outcomes)) {
      if (before?.outcomes[id] === outcome || (before?.outcomes[id]?.at === outcome.at && before.outcomes[id]?.status === outcome.status)) continue;
      updates.push({ id, patch: { registration: toDeviceRegistration(job, outcome) } });
    }
    for (const chunk of job.chunks) {
      const was = before?.chunks[chunk.index];
      if (chunk.state !== 'polling' || was?.state === 'polling' || !chunk.trackingId) continue;
      for (const id of chunk.deviceIds) {
        if (job.outcomes[id]) continue;
        updates.push({ id, patch: { registration: { status: 'pending', trackingId: chunk.trackingId, batchId: chunk.batchId ?? job.batchName, updatedAt: job.updatedAt } } });
      }
    }
    if (updates.length === 0) return;
    const saved = await this.#d.store.updateDevices(updates);
    if (saved.ok && saved.value.updated.length > 0) this.#d.events.emit({ type: 'devices-saved', listId: job.listId, devices: saved.value.updated as StoredDevice[] });
  }
}
