import { describe, expect, it } from 'vitest';
import { createRegistrationJob } from './create-job';
import { MAX_AUTOMATIC_SENDS, POLL_INTERVAL_MS } from './schedule';
import { applyJobEvent, type JobEvent } from './transitions';
import { T0, job, keys, run } from './test-jobs';

const accepted: JobEvent = { type: 'chunk-accepted', chunk: 0, trackingId: 'trk-1', batchId: 'Contoso 2026-12' };
const sending: JobEvent = { type: 'chunk-sending', chunk: 0 };

describe('a new job', () => {
  it('waits in the outbox, chunks of at most 500, no duplicates', () => {
    const result = createRegistrationJob({ id: 'j', listId: 'l', customer: { id: 'c', name: 'C' }, batchName: 'B', deviceIds: [...Array.from({ length: 1001 }, (_, i) => `d${i}`), 'd0'], now: T0 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.job).toMatchObject({ state: 'outbox', held: true, attempts: 0, createdAt: T0, updatedAt: T0, kind: 'register' });
    expect(result.job.deviceIds).toHaveLength(1001);
    expect(result.job.chunks.map((c) => c.deviceIds.length)).toEqual([500, 500, 1]);
    expect(result.job.chunks.every((c) => c.state === 'pending')).toBe(true);
  });

  it('starts submitting when already confirmed', () => {
    expect(job(2, { confirmed: true })).toMatchObject({ state: 'submitting', held: false });
  });

  it('refuses no devices, no batch name, an assignment without a profile', () => {
    const base = { id: 'j', listId: 'l', customer: { id: 'c', name: 'C' }, batchName: 'B', deviceIds: ['d1'], now: T0 };
    expect(createRegistrationJob({ ...base, deviceIds: [] })).toEqual({ ok: false, error: { code: 'no-devices' } });
    expect(createRegistrationJob({ ...base, batchName: '  ' })).toEqual({ ok: false, error: { code: 'no-batch-name' } });
    expect(createRegistrationJob({ ...base, kind: 'assign-profile' })).toEqual({ ok: false, error: { code: 'no-profile' } });
  });
});

describe('outbox -> submitting -> polling -> finished', () => {
  it('the happy path', () => {
    let j = run(job(2), [{ type: 'confirm' }]);
    expect(j.state).toBe('submitting');
    j = run(j, [sending]);
    expect(j.chunks[0]).toMatchObject({ state: 'sending', sendingSince: T0 });
    expect(j.attempts).toBe(1);
    j = run(j, [accepted], T0 + 10);
    expect(j.state).toBe('polling');
    expect(j.chunks[0]).toMatchObject({ state: 'polling', trackingId: 'trk-1', batchId: 'Contoso 2026-12', nextPollAt: T0 + 10 + POLL_INTERVAL_MS });
    j = run(j, [{ type: 'status', chunk: 0, status: 'queued', devicesStatus: [], devices: keys(2) }]);
    expect(j.state).toBe('polling');
    expect(j.chunks[0]!.polls).toBe(1);
    j = run(j, [
      {
        type: 'status',
        chunk: 0,
        status: 'finished',
        devicesStatus: [
          { serialNumber: 'SN1', status: 'finished', deviceId: 'pc-1' },
          { serialNumber: 'SN2', status: 'finished', deviceId: 'pc-2' },
        ],
        devices: keys(2),
      },
    ]);
    expect(j.state).toBe('finished');
    expect(j.outcomes['d1']).toMatchObject({ status: 'registered', pcDeviceId: 'pc-1' });
    expect(j.chunks[0]!.state).toBe('done');
  });

  it('finished_with_errors with per-device results: 806 is fine, 808 and 812 are errors', () => {
    const j = run(job(4, { confirmed: true }), [
      sending,
      accepted,
      {
        type: 'status',
        chunk: 0,
        status: 'finished_with_errors',
        devicesStatus: [
          { serialNumber: 'SN1', status: 'finished' },
          { serialNumber: 'SN2', status: 'failed', errorCode: '806', errorDescription: 'ZtdDeviceAlreadyAssigned' },
          { serialNumber: 'SN3', status: 'failed', errorCode: '808' },
          { productKey: '3258460000004', status: 'failed', errorCode: '812' },
        ],
        devices: keys(4),
      },
    ]);
    expect(j.state).toBe('finished-with-errors');
    expect(['d1', 'd2', 'd3', 'd4'].map((id) => [j.outcomes[id]!.status, j.outcomes[id]!.problem?.code])).toEqual([
      ['registered', undefined],
      ['already-registered', 'registration.already-registered'],
      ['failed', 'registration.other-organisation'],
      ['failed', 'registration.device-not-found'],
    ]);
  });

  it('chunks go one after the other; the job polls only when all are sent', () => {
    let j = run(job(3, { confirmed: true, chunkSize: 2 }), [sending, accepted]);
    expect(j.state).toBe('submitting');
    j = run(j, [{ type: 'chunk-sending', chunk: 1 }, { type: 'chunk-accepted', chunk: 1, trackingId: 'trk-2' }]);
    expect(j.state).toBe('polling');
    expect(j.attempts).toBe(2);
  });
});

describe('refused transitions are values', () => {
  it('cannot send while held in the outbox', () => {
    expect(applyJobEvent(job(1), sending, T0)).toEqual({ ok: false, error: { code: 'invalid-transition', event: 'chunk-sending', state: 'outbox', chunkState: 'pending' } });
  });

  it('a chunk with a tracking id is never sent again', () => {
    const j = run(job(1, { confirmed: true }), [sending, accepted]);
    expect(applyJobEvent(j, sending, T0)).toMatchObject({ ok: false, error: { code: 'invalid-transition', chunkState: 'polling' } });
    expect(applyJobEvent(j, { type: 'chunk-failed', chunk: 0, error: { code: 'server' } }, T0).ok).toBe(false);
  });

  it('confirm only when held; nothing after the end; unknown chunk', () => {
    const running = job(1, { confirmed: true });
    expect(applyJobEvent(running, { type: 'confirm' }, T0)).toMatchObject({ ok: false, error: { event: 'confirm', state: 'submitting' } });
    const done = run(running, [{ type: 'abandon' }]);
    expect(applyJobEvent(done, { type: 'confirm' }, T0).ok).toBe(false);
    expect(applyJobEvent(running, { type: 'chunk-sending', chunk: 7 }, T0)).toMatchObject({ ok: false, error: { code: 'no-such-chunk' } });
  });

  it('status only for a polling chunk; reconcile only for an unsure one', () => {
    const j = job(1, { confirmed: true });
    expect(applyJobEvent(j, { type: 'status', chunk: 0, status: 'finished', devicesStatus: [], devices: [] }, T0).ok).toBe(false);
    expect(applyJobEvent(j, { type: 'reconciled', chunk: 0, devices: [], inBatch: [] }, T0).ok).toBe(false);
    expect(applyJobEvent(j, { type: 'poll-failed', chunk: 0, error: { code: 'server' } }, T0).ok).toBe(false);
  });

  it('the stored job is not changed by a transition (a new record each time)', () => {
    const j = job(1, { confirmed: true });
    const copy = structuredClone(j);
    run(j, [sending, accepted]);
    expect(j).toEqual(copy);
  });
});

describe('send failures', () => {
  it('offline: back to the outbox, waiting for the user; confirm sends again', () => {
    let j = run(job(1, { confirmed: true }), [sending, { type: 'chunk-failed', chunk: 0, error: { code: 'offline' } }]);
    expect(j).toMatchObject({ state: 'outbox', held: true, lastError: { code: 'offline' } });
    expect(j.chunks[0]!.state).toBe('pending');
    j = run(j, [{ type: 'confirm' }]);
    expect(j.state).toBe('submitting');
    expect(j.lastError).toBeUndefined();
  });

  it('blocked, mfa-required and unauthorized hold the job too', () => {
    for (const code of ['blocked', 'mfa-required', 'unauthorized']) {
      const j = run(job(1, { confirmed: true }), [sending, { type: 'chunk-failed', chunk: 0, error: { code } }]);
      expect(j.state).toBe('outbox');
    }
  });

  it('throttled / server: retried automatically after the wait, then held after the limit', () => {
    let j = run(job(1, { confirmed: true }), [sending, { type: 'chunk-failed', chunk: 0, error: { code: 'throttled', retryAfterMs: 30_000 } }], T0);
    expect(j.state).toBe('submitting');
    expect(j.chunks[0]).toMatchObject({ state: 'pending', retryAt: T0 + 1 + 30_000, sendFailures: 1 });
    for (let i = 1; i < MAX_AUTOMATIC_SENDS; i += 1) j = run(j, [sending, { type: 'chunk-failed', chunk: 0, error: { code: 'server' } }]);
    expect(j).toMatchObject({ state: 'outbox', held: true });
    expect(j.chunks[0]!.sendFailures).toBe(MAX_AUTOMATIC_SENDS);
  });

  it('a permanent refusal fails the chunk and its devices with an explanation', () => {
    const j = run(job(2, { confirmed: true }), [sending, { type: 'chunk-failed', chunk: 0, error: { code: 'forbidden' } }]);
    expect(j.state).toBe('failed');
    expect(j.outcomes['d1']).toMatchObject({ status: 'failed', problem: { code: 'registration.request-refused', params: { code: 'forbidden' } } });
  });

  it('a lost answer (maybeSent) makes the chunk unsure: checked, never resent blindly', () => {
    const j = run(job(2, { confirmed: true }), [sending, { type: 'chunk-failed', chunk: 0, error: { code: 'network', maybeSent: true } }]);
    expect(j.chunks[0]!.state).toBe('unsure');
    expect(applyJobEvent(j, sending, T0).ok).toBe(false);
  });

  it('a profile assignment whose answer was lost is simply sent again', () => {
    const j = run(job(1, { confirmed: true, kind: 'assign-profile', profileId: 'p-1' }), [sending, { type: 'chunk-failed', chunk: 0, error: { code: 'network', maybeSent: true } }]);
    expect(j.chunks[0]!.state).toBe('pending');
  });
});

describe('resume after a reload', () => {
  it('a chunk that was sending becomes unsure (its POST may have gone out)', () => {
    const j = run(job(2, { confirmed: true }), [sending, { type: 'resume' }]);
    expect(j.chunks[0]!.state).toBe('unsure');
    expect(j.state).toBe('submitting');
  });

  it('a polling chunk is polled again at once, never re-posted', () => {
    const j = run(job(1, { confirmed: true }), [sending, accepted, { type: 'resume' }], T0);
    expect(j.chunks[0]).toMatchObject({ state: 'polling', trackingId: 'trk-1', nextPollAt: T0 + 2 });
  });

  it('an assignment that was sending is pending again', () => {
    const j = run(job(1, { confirmed: true, kind: 'assign-profile', profileId: 'p' }), [sending, { type: 'resume' }]);
    expect(j.chunks[0]!.state).toBe('pending');
  });

  it('a finished job is left as it is', () => {
    const done = run(job(1, { confirmed: true }), [{ type: 'abandon' }]);
    expect(applyJobEvent(done, { type: 'resume' }, T0 + 99)).toEqual({ ok: true, job: done });
  });
});

describe('reconciling an unsure chunk', () => {
  const unsure = () => run(job(3, { confirmed: true }), [sending, { type: 'resume' }]);

  it('all devices already in the batch: done, nothing sent again', () => {
    const j = run(unsure(), [{ type: 'reconciled', chunk: 0, devices: keys(3), inBatch: [{ id: 'p1', serialNumber: 'SN1' }, { id: 'p2', productKey: '3258460000002' }, { id: 'p3', serialNumber: 'sn3' }] }]);
    expect(j.chunks[0]!.state).toBe('done');
    expect(j.state).toBe('finished');
    expect(j.outcomes['d2']).toMatchObject({ status: 'in-batch', pcDeviceId: 'p2' });
  });

  it('only the missing devices are sent again', () => {
    const j = run(unsure(), [{ type: 'reconciled', chunk: 0, devices: keys(3), inBatch: [{ id: 'p1', serialNumber: 'SN1' }] }]);
    expect(j.chunks[0]).toMatchObject({ state: 'pending', deviceIds: ['d2', 'd3'] });
    expect(j.state).toBe('submitting');
  });

  it('no batch (inBatch empty): the whole chunk is sent', () => {
    const j = run(unsure(), [{ type: 'reconciled', chunk: 0, devices: keys(3), inBatch: [] }]);
    expect(j.chunks[0]).toMatchObject({ state: 'pending', deviceIds: ['d1', 'd2', 'd3'] });
  });

  it('a failed check keeps it unsure: retried later, or held', () => {
    let j = run(unsure(), [{ type: 'chunk-failed', chunk: 0, error: { code: 'server' } }]);
    expect(j.chunks[0]).toMatchObject({ state: 'unsure', sendFailures: 1 });
    j = run(j, [{ type: 'chunk-failed', chunk: 0, error: { code: 'forbidden' } }]);
    expect(j).toMatchObject({ state: 'outbox', held: true });
    expect(j.chunks[0]!.state).toBe('unsure');
  });

  it('a late accepted answer for an unsure chunk is taken', () => {
    const j = run(unsure(), [accepted]);
    expect(j.chunks[0]!.state).toBe('polling');
  });
});

describe('polling failures', () => {
  it('back off and keep the tracking id; Retry-After is honoured', () => {
    const start = run(job(1, { confirmed: true }), [sending, accepted], T0);
    let j = run(start, [{ type: 'poll-failed', chunk: 0, error: { code: 'throttled', retryAfterMs: 20_000 } }], T0 + 100);
    expect(j.chunks[0]).toMatchObject({ state: 'polling', trackingId: 'trk-1', pollFailures: 1, nextPollAt: T0 + 100 + 20_000 });
    expect(j.lastError).toMatchObject({ code: 'throttled' });
    j = run(j, [{ type: 'poll-failed', chunk: 0, error: { code: 'network' } }], T0 + 200);
    expect(j.chunks[0]!.nextPollAt).toBe(T0 + 200 + 10_000);
    j = run(j, [{ type: 'status', chunk: 0, status: 'processing', devicesStatus: [], devices: keys(1) }]);
    expect(j.chunks[0]!.pollFailures).toBe(0);
  });
});

describe('abandon', () => {
  it('devices without a result fail with an explanation; results already in are kept', () => {
    const j = run(job(3, { confirmed: true, chunkSize: 1 }), [
      sending,
      accepted,
      { type: 'status', chunk: 0, status: 'finished', devicesStatus: [{ serialNumber: 'SN1', status: 'finished' }], devices: keys(3) },
      { type: 'abandon' },
    ]);
    expect(j.state).toBe('finished-with-errors');
    expect(j.outcomes['d1']!.status).toBe('registered');
    expect(j.outcomes['d2']).toMatchObject({ status: 'failed', problem: { code: 'registration.abandoned' } });
  });
});
