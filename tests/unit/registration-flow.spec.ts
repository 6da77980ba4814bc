import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PartnerCenterClient, type TokenProvider } from '../../src/adapters/partner-center';
import {
  applyJobEvent,
  createRegistrationJob,
  nextAction,
  retryFailedDevices,
  type Device,
  type DeviceKeys,
  type JobEvent,
  type RegistrationJob,
} from '../../src/core';
import { MockPartnerCenter, signJwt } from '../e2e/support/mock-partner-center';

// The core's job rules and the real client together against the mock Partner Center, driven
// by a minimal runner written here (the app's runner does the same with storage in between):
// it shows the contract between the two and checks the "never a double submit" rules end to end.

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const CUSTOMER = { id: '11111111-1111-4111-8111-111111111111', name: 'Contoso AB' };
const mock = new MockPartnerCenter({ publicKey: keys.publicKey, appOrigin: 'http://localhost:4173' });
const now = Math.floor(Date.now() / 1000);
const token = signJwt(keys.privateKey, { aud: 'https://api.partnercenter.microsoft.com', scp: 'user_impersonation', amr: ['pwd', 'mfa'], exp: now + 3600 });
const tokens: TokenProvider = { getToken: () => Promise.resolve({ ok: true, token }) };
let pc: PartnerCenterClient;

type Devices = Map<string, Device>;
const keysOf = (devices: Devices): DeviceKeys[] => [...devices].map(([id, d]) => ({ id, ...(d.serialNumber ? { serialNumber: d.serialNumber } : {}), ...(d.pkid ? { pkid: d.pkid } : {}) }));

let clock = Date.parse('2026-12-02T12:00:00Z');
function apply(job: RegistrationJob, event: JobEvent): RegistrationJob {
  const result = applyJobEvent(job, event, clock);
  if (!result.ok) throw new Error(`${event.type}: ${JSON.stringify(result.error)}`);
  return result.job;
}

/** One step of a runner: do what nextAction says (the clock jumps to its time). */
async function step(job: RegistrationJob, devices: Devices): Promise<RegistrationJob> {
  const action = nextAction(job, clock);
  if (action.kind === 'done' || action.kind === 'wait-for-confirm' || action.kind === 'in-flight') return job;
  clock = Math.max(clock, action.at);
  const chunk = job.chunks[action.chunk]!;
  if (action.kind === 'submit') {
    const sending = apply(job, { type: 'chunk-sending', chunk: chunk.index });
    const answer = await pc.createOrAppend(job.customer.id, job.batchName, chunk.deviceIds.map((id) => devices.get(id)!));
    return apply(sending, answer.ok ? { type: 'chunk-accepted', chunk: chunk.index, trackingId: answer.value.trackingId, ...(answer.value.batchId ? { batchId: answer.value.batchId } : {}) } : { type: 'chunk-failed', chunk: chunk.index, error: answer.error });
  }
  if (action.kind === 'reconcile') {
    const batch = await pc.findBatch(job.customer.id, job.batchName);
    if (!batch.ok) return apply(job, { type: 'chunk-failed', chunk: chunk.index, error: batch.error });
    const inBatch = batch.value ? await pc.listBatchDevices(job.customer.id, batch.value.id) : { ok: true as const, value: [] };
    if (!inBatch.ok) return apply(job, { type: 'chunk-failed', chunk: chunk.index, error: inBatch.error });
    return apply(job, { type: 'reconciled', chunk: chunk.index, devices: keysOf(devices), inBatch: inBatch.value });
  }
  const status = await pc.getBatchStatus(job.customer.id, action.trackingId);
  if (!status.ok) return apply(job, { type: 'poll-failed', chunk: chunk.index, error: status.error });
  return apply(job, { type: 'status', chunk: chunk.index, status: status.value.status, devicesStatus: status.value.devicesStatus, devices: keysOf(devices) });
}

async function runToEnd(job: RegistrationJob, devices: Devices): Promise<RegistrationJob> {
  for (let i = 0; i < 50 && nextAction(job, clock).kind !== 'done'; i += 1) job = await step(job, devices);
  return job;
}

function newJob(id: string, devices: Devices, batchName: string, chunkSize = 500): RegistrationJob {
  const created = createRegistrationJob({ id, listId: 'list-1', customer: CUSTOMER, batchName, deviceIds: [...devices.keys()], now: clock, confirmed: true, chunkSize });
  if (!created.ok) throw new Error(created.error.code);
  return created.job;
}

beforeAll(async () => {
  await mock.start();
  // The mock's port is known once it listens.
  pc = new PartnerCenterClient({ baseUrl: mock.url, fetch, tokens, sleep: () => Promise.resolve() });
});
afterAll(() => mock.stop());
beforeEach(() => {
  mock.requests.length = 0;
});

describe('a registration job against the mock Partner Center', () => {
  it('two chunks, per-device results 806 / 808 / 812 / success, then "Retry failed devices" sends only the failed ones', async () => {
    mock.deviceResults.set('F-806', 806);
    mock.deviceResults.set('F-808', 808);
    mock.deviceResults.set('F-812', 812);
    const devices: Devices = new Map([
      ['a', { serialNumber: 'F-OK', pkid: '3258461000001' }],
      ['b', { serialNumber: 'F-806', manufacturer: 'HP', model: 'HP ProBook 450 G10' }],
      ['c', { serialNumber: 'F-808', manufacturer: 'HP', model: 'HP ProBook 450 G10' }],
      ['d', { serialNumber: 'F-812', manufacturer: 'Dell', model: 'Latitude' }],
    ]);
    const job = await runToEnd(newJob('j1', devices, 'Flow 1', 2), devices);
    expect(job.state).toBe('finished-with-errors');
    expect(Object.fromEntries(Object.entries(job.outcomes).map(([id, o]) => [id, o.problem?.code ?? o.status]))).toEqual({
      a: 'registered',
      b: 'registration.already-registered',
      c: 'registration.other-organisation',
      d: 'registration.device-not-found',
    });
    expect(mock.calls('POST').length).toBe(2);

    mock.deviceResults.delete('F-808');
    mock.deviceResults.delete('F-812');
    mock.requests.length = 0;
    const retry = retryFailedDevices(job, { id: 'j2', now: clock });
    if (!retry.ok) throw new Error(retry.error.code);
    expect(retry.job.deviceIds).toEqual(['c', 'd']);
    const second = await runToEnd(retry.job, new Map([...devices].filter(([id]) => retry.job.deviceIds.includes(id))));
    expect(second.state).toBe('finished');
    const posted = mock.calls('POST').flatMap((r) => (Array.isArray(r.body) ? r.body : []) as { serialNumber?: string }[]);
    expect(posted.map((d) => d.serialNumber)).toEqual(['F-808', 'F-812']);
  });

  it('a reload while the POST was out (answer lost): reconciled from the batch, never posted twice', async () => {
    const devices: Devices = new Map([
      ['a', { serialNumber: 'R-1', pkid: '3258462000001' }],
      ['b', { serialNumber: 'R-2', pkid: '3258462000002' }],
    ]);
    let job = newJob('j3', devices, 'Reload batch');
    job = apply(job, { type: 'chunk-sending', chunk: 0 });
    // The POST reaches Partner Center, but the page dies before the answer is stored.
    const lost = await pc.createOrAppend(CUSTOMER.id, 'Reload batch', [...devices.values()]);
    expect(lost.ok).toBe(true);
    job = apply(job, { type: 'resume' });
    expect(job.chunks[0]!.state).toBe('unsure');
    job = await runToEnd(job, devices);
    expect(job.state).toBe('finished');
    expect(Object.values(job.outcomes).map((o) => o.status)).toEqual(['in-batch', 'in-batch']);
    expect(mock.calls('POST')).toHaveLength(1);
  });

  it('a reload while Partner Center is processing: polling resumes with the stored tracking id, no second POST', async () => {
    const devices: Devices = new Map([['a', { pkid: '3258463000001' }]]);
    mock.hold();
    let job = newJob('j4', devices, 'Processing batch');
    for (let i = 0; i < 4; i += 1) job = await step(job, devices);
    expect(job.state).toBe('polling');
    const stored = structuredClone(job);
    mock.release();
    const resumed = await runToEnd(apply(stored, { type: 'resume' }), devices);
    expect(resumed.state).toBe('finished');
    expect(mock.calls('POST')).toHaveLength(1);
    expect(mock.calls('GET', /batchJobStatus/).length).toBeGreaterThanOrEqual(4);
  });

  it('throttled and failing calls: the job waits and retries by itself', async () => {
    const devices: Devices = new Map([['a', { pkid: '3258464000001' }]]);
    mock.failNext({ status: 429, retryAfter: 1 });
    mock.failNext({ status: 503, path: /batchJobStatus/ });
    const job = await runToEnd(newJob('j5', devices, 'Throttled batch'), devices);
    expect(job.state).toBe('finished');
    expect(mock.requests.map((r) => r.status)).toContain(429);
    expect(mock.calls('POST')).toHaveLength(1);
  });
});
