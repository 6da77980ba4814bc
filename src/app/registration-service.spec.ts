import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFakeAuth, FAKE_ACCOUNT, type FakeAuth } from '../adapters/auth';
import { fakeClock, useTestStores } from '../adapters/storage/test-data';
import type { BoxpilotStore } from '../adapters/storage';
import { MockPartnerCenter } from '../../tests/e2e/support/mock-partner-center';
import { PC_AUDIENCE, signJwt } from '../../tests/e2e/support/mock-pc-token';
import { AppEvents, type AppEvent } from './events';
import type { RegistrationAuth } from './registration-auth';
import { RegistrationService, type Memo, type RegistrationDeps } from './registration-service';

// The app's registration runner over a real store (fake-indexeddb) and the mock Partner Center
// over HTTP (it checks each token's signature, audience, scope and MFA claim, and records every
// request). Tokens come from the fake sign-in, signed for the mock.

const setup = useTestStores();

/** The value of an ok answer (storage or registration), failing the test otherwise. */
function value<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) expect.fail(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const mock = new MockPartnerCenter({ publicKey: keys.publicKey, appOrigin: 'http://localhost:4173' });
const CUSTOMER = { id: '11111111-1111-4111-8111-111111111111', name: 'Contoso AB' };

function authOver(fake: FakeAuth): RegistrationAuth {
  return {
    async getToken(request) {
      const answer = await fake.getToken(request);
      if (!answer.ok) return answer;
      const exp = Math.floor(Date.now() / 1000) + 3600;
      return { ok: true, token: signJwt(keys.privateKey, { aud: PC_AUDIENCE, scp: 'user_impersonation', amr: fake.mfa ? ['pwd', 'mfa'] : ['pwd'], exp }) };
    },
    requireMfa: (claims) => fake.requireMfa(claims),
  };
}

function memo(): Memo {
  const m = new Map<string, string>();
  return { get: (k) => m.get(k) ?? null, set: (k, v) => void m.set(k, v) };
}

interface World {
  store: BoxpilotStore;
  listId: string;
  fake: FakeAuth;
  clock: ReturnType<typeof fakeClock>;
  online: { value: boolean };
  events: AppEvent[];
  memo: Memo;
  service: (extra?: Partial<RegistrationDeps>) => RegistrationService;
}

async function world(serials: string[], listName = 'Contoso December'): Promise<World> {
  const { store } = await setup();
  value(await store.updateSettings({ apiBaseUrl: mock.url }));
  const list = value(await store.createList({ name: listName, customerName: '' }));
  if (serials.length) value(await store.addDevices(list.id, serials.map((s, i) => ({ device: { serialNumber: s, pkid: String(3258460000000 + i), manufacturer: 'HP', model: 'HP ProBook 450 G10' }, source: 'typed' as const }))));
  const fake = createFakeAuth({ account: FAKE_ACCOUNT, mfa: true });
  const clock = fakeClock(Date.parse('2026-12-02T12:00:00Z'));
  const online = { value: true };
  const events: AppEvent[] = [];
  const appEvents = new AppEvents();
  appEvents.on('registration-changed', (e) => events.push(e));
  const m = memo();
  let n = 0;
  const service = (extra: Partial<RegistrationDeps> = {}) =>
    new RegistrationService({
      store,
      events: appEvents,
      auth: authOver(fake),
      fetch,
      now: clock,
      isOnline: () => online.value,
      memo: m,
      client: { sleep: () => Promise.resolve() },
      newJobId: () => `job-${++n}`,
      ...extra,
    });
  return { store, listId: list.id, fake, clock, online, events, memo: m, service };
}

/** Runs due steps, jumping the clock to the next one, until nothing is due. */
async function drain(service: RegistrationService, clock: World['clock'], max = 300): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    const next = await service.step();
    if (next.kind === 'idle') return;
    if (next.kind === 'wait') clock.advance(next.ms);
  }
  throw new Error('the runner did not settle');
}

async function stepsUntil(service: RegistrationService, clock: World['clock'], done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 50 && !(await done()); i += 1) {
    const next = await service.step();
    if (next.kind === 'wait') clock.advance(next.ms);
  }
}

const posts = () => mock.calls('POST');
const registrationsOf = async (w: World) => Object.fromEntries(value(await w.store.getDevices(w.listId)).map((d) => [d.device.serialNumber, d.registration?.errorCode ?? d.registration?.status]));

beforeAll(() => mock.start());
afterAll(() => mock.stop());
beforeEach(() => {
  mock.requests.length = 0;
  mock.deviceResults.clear();
  mock.release();
  mock.trackingLink = 'location';
});

describe('RegistrationService: a list registered in Partner Center', () => {
  it('stores the job before the first request, creates the batch, and stores 806 / 808 / 812 / success on the devices', async () => {
    mock.deviceResults.set('E-806', 806);
    mock.deviceResults.set('E-808', 808);
    mock.deviceResults.set('E-812', 812);
    const w = await world(['E-OK', 'E-806', 'E-808', 'E-812']);
    const svc = w.service();
    const job = value(await svc.start(w.listId, CUSTOMER));
    expect(job.state).toBe('submitting');
    expect(mock.requests).toHaveLength(0);
    expect(value(await w.store.getRegistrationJobs()).map((j) => j.id)).toEqual([job.id]);
    expect(value(await w.store.getList(w.listId)).customerTenantId).toBe(CUSTOMER.id);

    await drain(svc, w.clock);
    const [done] = value(await svc.jobsFor(w.listId));
    expect(done?.state).toBe('finished-with-errors');
    expect(await registrationsOf(w)).toEqual({ 'E-OK': 'registered', 'E-806': '806', 'E-808': '808', 'E-812': '812' });
    expect(posts()).toHaveLength(1);
    expect(mock.batches(CUSTOMER.id).map((b) => b.id)).toContain('Contoso December');
    expect(w.events.length).toBeGreaterThanOrEqual(4);
    expect(w.events.every((e) => e.type === 'registration-changed' && e.listId === w.listId)).toBe(true);
  });

  it('a list with a job in progress is not sent twice; "Retry failed devices" sends only the failed ones', async () => {
    mock.deviceResults.set('R-812', 812);
    const w = await world(['R-OK', 'R-806x', 'R-812']);
    const svc = w.service();
    const first = value(await svc.start(w.listId, CUSTOMER));
    const again = await svc.start(w.listId, CUSTOMER);
    expect(again).toEqual({ ok: false, error: { code: 'job-in-progress', jobId: first.id } });
    await drain(svc, w.clock);
    expect(posts()).toHaveLength(1);

    mock.deviceResults.delete('R-812');
    mock.requests.length = 0;
    const retry = value(await svc.retryFailed(first.id));
    expect(retry.deviceIds).toHaveLength(1);
    await drain(svc, w.clock);
    const sent = posts().flatMap((r) => (Array.isArray(r.body) ? r.body : ((r.body as { devices?: unknown[] }).devices ?? [])) as { serialNumber?: string }[]);
    expect(sent.map((d) => d.serialNumber)).toEqual(['R-812']);
    expect((await registrationsOf(w))['R-812']).toBe('registered');
  });

  it('two tabs pressing Register at the same moment: one job, the other is told a job is in progress', async () => {
    const w = await world(['TT-1']);
    const [a, b] = await Promise.all([w.service().start(w.listId, CUSTOMER), w.service().start(w.listId, CUSTOMER)]);
    const answers = [a, b];
    expect(answers.filter((r) => r.ok)).toHaveLength(1);
    expect(answers.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'job-in-progress' } });
    expect(value(await w.store.getRegistrationJobs())).toHaveLength(1);
  });

  it('more than 500 devices go in requests of at most 500, to the same batch', async () => {
    const w = await world(Array.from({ length: 501 }, (_, i) => `BIG-${i}`));
    const svc = w.service();
    value(await svc.start(w.listId, CUSTOMER));
    await drain(svc, w.clock);
    const sizes = posts().map((r) => (Array.isArray(r.body) ? r.body : ((r.body as { devices?: unknown[] }).devices ?? [])).length);
    expect(sizes).toEqual([500, 1]);
    expect(value(await svc.jobsFor(w.listId))[0]?.state).toBe('finished');
  });

  it('a reload while Partner Center processes: the new page only polls, never posts again', async () => {
    mock.hold();
    const w = await world(['P-1', 'P-2']);
    const before = w.service();
    value(await before.start(w.listId, CUSTOMER));
    await stepsUntil(before, w.clock, async () => mock.calls('GET', /batchJobStatus/).length >= 3);
    expect(value(await before.jobsFor(w.listId))[0]?.state).toBe('polling');
    expect((await registrationsOf(w))['P-1']).toBe('pending');

    mock.release();
    const after = w.service();
    await after.resumeAll();
    await drain(after, w.clock);
    expect(value(await after.jobsFor(w.listId))[0]?.state).toBe('finished');
    expect(posts()).toHaveLength(1);
  });

  it('a reload while the POST was out (its answer lost): the batch is checked, nothing is posted twice', async () => {
    const w = await world(['L-1', 'L-2']);
    // The page sends, Partner Center accepts, the page dies before the answer is stored: the
    // answer never arrives in that page.
    const dying: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      return init?.method === 'POST' ? new Promise<Response>(() => undefined) : response;
    };
    const before = w.service({ fetch: dying });
    value(await before.start(w.listId, CUSTOMER));
    void before.step();
    for (let i = 0; i < 100 && posts().length === 0; i += 1) await new Promise((r) => setTimeout(r, 5));
    expect(posts()).toHaveLength(1);
    expect(value(await before.jobsFor(w.listId))[0]?.chunks[0]?.state).toBe('sending');

    const after = w.service();
    await after.resumeAll();
    expect(value(await after.jobsFor(w.listId))[0]?.chunks[0]?.state).toBe('unsure');
    await drain(after, w.clock);
    const [job] = value(await after.jobsFor(w.listId));
    expect(job?.state).toBe('finished');
    expect(Object.values(job?.outcomes ?? {}).map((o) => o.status)).toEqual(['in-batch', 'in-batch']);
    expect(posts()).toHaveLength(1);
    expect(await registrationsOf(w)).toEqual({ 'L-1': 'in-batch', 'L-2': 'in-batch' });
  });

  it('429 with Retry-After and a 500 are retried; the tracking link may come in the body', async () => {
    mock.trackingLink = 'body';
    mock.failNext({ status: 429, retryAfter: 2, method: 'POST' });
    mock.failNext({ status: 500, path: /batchJobStatus/ });
    const w = await world(['T-1']);
    const svc = w.service();
    value(await svc.start(w.listId, CUSTOMER));
    await drain(svc, w.clock);
    expect(value(await svc.jobsFor(w.listId))[0]?.state).toBe('finished');
    expect(mock.requests.map((r) => r.status)).toEqual(expect.arrayContaining([429, 500]));
    expect(mock.calls('POST').filter((r) => r.status < 300)).toHaveLength(1);
  });

  it('offline: the job waits in the outbox, nothing is sent, and it goes once the user confirms online', async () => {
    const w = await world(['O-1']);
    w.online.value = false;
    const svc = w.service();
    const job = value(await svc.start(w.listId, CUSTOMER));
    expect(job).toMatchObject({ state: 'outbox', held: true });
    expect(await svc.step()).toEqual({ kind: 'idle' });
    w.online.value = true;
    svc.online();
    expect(await svc.step()).toEqual({ kind: 'idle' });
    expect(mock.requests).toHaveLength(0);
    value(await svc.confirm(job.id));
    await drain(svc, w.clock);
    expect(value(await svc.jobsFor(w.listId))[0]?.state).toBe('finished');
  });

  it('a token without MFA: one interactive MFA sign-in, then one retry; a second refusal waits for the user (no loop)', async () => {
    const w = await world(['M-1']);
    w.fake.mfa = false;
    const before = w.service();
    value(await before.start(w.listId, CUSTOMER));
    await drain(before, w.clock);
    expect(w.fake.calls.requireMfa).toHaveLength(1);
    expect(value(await before.jobsFor(w.listId))[0]).toMatchObject({ held: true, lastError: { code: 'mfa-required' } });

    // Back from Microsoft with an MFA token: the job is retried once by itself.
    w.fake.completeRedirect();
    const after = w.service();
    await after.resumeAll();
    await drain(after, w.clock);
    expect(value(await after.jobsFor(w.listId))[0]?.state).toBe('finished');
    expect(w.fake.calls.requireMfa).toHaveLength(1);
    expect(posts().filter((r) => r.status < 300)).toHaveLength(1);
  });

  it('an MFA sign-in that still gives no MFA token: the job waits, no second sign-in', async () => {
    const w = await world(['M-2']);
    w.fake.mfa = false;
    const before = w.service();
    value(await before.start(w.listId, CUSTOMER));
    await drain(before, w.clock);
    w.fake.completeRedirect();
    w.fake.mfa = false;
    const after = w.service();
    await after.resumeAll();
    await drain(after, w.clock);
    expect(value(await after.jobsFor(w.listId))[0]).toMatchObject({ held: true, lastError: { code: 'mfa-required' } });
    expect(w.fake.calls.requireMfa).toHaveLength(1);
  });

  it('a call the browser blocks (no CORS): the job waits with `blocked`, no device is marked failed', async () => {
    const w = await world(['B-1']);
    const blocked: typeof fetch = async (input, init) => {
      if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    };
    const svc = w.service({ fetch: blocked });
    value(await svc.start(w.listId, CUSTOMER));
    await drain(svc, w.clock);
    const [job] = value(await svc.jobsFor(w.listId));
    expect(job).toMatchObject({ held: true, state: 'outbox', lastError: { code: 'blocked' } });
    expect(Object.keys(job?.outcomes ?? {})).toEqual([]);
  });

  it('signed out: the job waits for a sign-in instead of leaving the page', async () => {
    const w = await world(['S-1']);
    await w.fake.signOut();
    const svc = w.service();
    value(await svc.start(w.listId, CUSTOMER));
    await drain(svc, w.clock);
    expect(value(await svc.jobsFor(w.listId))[0]).toMatchObject({ held: true, lastError: { code: 'unauthorized' } });
    expect(w.fake.calls.getToken.every((r) => r.allowRedirect === false)).toBe(true);
    expect(mock.requests).toHaveLength(0);
  });

  it('customers: every page read and remembered; offline, the remembered ones are searched', async () => {
    const w = await world([]);
    const svc = w.service();
    const online = value(await svc.customers('north'));
    expect(online.fromCache).toBe(false);
    expect(online.customers.map((c) => c.companyName)).toEqual(['Northwind Traders Oy']);
    expect(mock.calls('GET', /customers/).length).toBeGreaterThanOrEqual(2);
    w.online.value = false;
    mock.requests.length = 0;
    const offline = value(await svc.customers('fabrikam'));
    expect(offline).toMatchObject({ fromCache: true, error: { code: 'offline' } });
    expect(offline.customers.map((c) => c.id)).toEqual(['22222222-2222-4222-8222-222222222222']);
    expect(mock.requests).toHaveLength(0);
  });

  it('profiles: listed, and one is assigned to the registered devices (DevicePolicyUpdates), polled to the end', async () => {
    mock.profiles[CUSTOMER.id] = [{ id: 'prof-1', name: 'Standard user' }];
    mock.deviceResults.set('A-812', 812);
    const w = await world(['A-1', 'A-2', 'A-812']);
    const svc = w.service();
    value(await svc.start(w.listId, CUSTOMER));
    await drain(svc, w.clock);
    expect(value(await svc.profiles(CUSTOMER.id)).map((p) => p.name)).toEqual(['Standard user']);
    const assign = value(await svc.assignProfile(w.listId, 'prof-1'));
    expect(assign.deviceIds).toHaveLength(2);
    await drain(svc, w.clock);
    const [latest] = value(await svc.jobsFor(w.listId));
    expect(latest).toMatchObject({ kind: 'assign-profile', state: 'finished' });
    const patch = mock.calls('PATCH', /DevicePolicyUpdates/);
    expect(patch).toHaveLength(1);
    expect((patch[0]?.body as { devices: unknown[] }).devices).toHaveLength(2);
  });

  it('one tab runs the jobs: the runner takes the Web Lock "boxpilot-registration" and waits its turn', async () => {
    const w = await world(['W-1']);
    const asked: string[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const locks = {
      request(name: string, callback: () => Promise<void>) {
        asked.push(name);
        return held.then(callback);
      },
    };
    const svc = w.service({ locks, wait: () => new Promise((r) => setTimeout(r, 5)) });
    value(await svc.start(w.listId, CUSTOMER));
    svc.run();
    await new Promise((r) => setTimeout(r, 50));
    expect(asked).toEqual(['boxpilot-registration']);
    expect(mock.requests).toHaveLength(0); // another tab holds the lock
    release();
    for (let i = 0; i < 200 && value(await svc.jobsFor(w.listId))[0]?.state !== 'finished'; i += 1) {
      w.clock.advance(5_000);
      await new Promise((r) => setTimeout(r, 10));
    }
    svc.stop();
    expect(value(await svc.jobsFor(w.listId))[0]?.state).toBe('finished');
  });
});
