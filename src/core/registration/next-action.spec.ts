import { describe, expect, it } from 'vitest';
import { activeJobForList, canSendList, failedDeviceIds, retryFailedDevices, summarizeJob } from './jobs';
import { nextAction } from './next-action';
import { MAX_POLL_INTERVAL_MS, POLL_INTERVAL_MS, RECONCILE_DELAY_MS, pollDelayMs, retryDelayMs } from './schedule';
import { T0, job, keys, run } from './test-jobs';

describe('the poll schedule', () => {
  it('about every 5 s for a minute, then backing off to at most 60 s', () => {
    expect([0, 1, 11].map(pollDelayMs)).toEqual([5000, 5000, 5000]);
    expect(pollDelayMs(12)).toBe(7500);
    expect(pollDelayMs(13)).toBe(11_250);
    expect(pollDelayMs(100)).toBe(MAX_POLL_INTERVAL_MS);
  });

  it('retry delays double from 5 s, capped, never below Retry-After', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(n))).toEqual([5000, 10_000, 20_000]);
    expect(retryDelayMs(30)).toBe(300_000);
    expect(retryDelayMs(1, 45_000)).toBe(45_000);
  });
});

describe('next action', () => {
  it('outbox: wait for the user', () => {
    expect(nextAction(job(1), T0)).toEqual({ kind: 'wait-for-confirm' });
  });

  it('submit the first pending chunk now, or at its retry time', () => {
    expect(nextAction(job(1, { confirmed: true }), T0)).toEqual({ kind: 'submit', chunk: 0, at: T0 });
    const later = run(job(1, { confirmed: true }), [{ type: 'chunk-sending', chunk: 0 }, { type: 'chunk-failed', chunk: 0, error: { code: 'server' } }], T0);
    expect(nextAction(later, T0 + 2)).toEqual({ kind: 'submit', chunk: 0, at: T0 + 1 + 5000 });
  });

  it('a request in flight: wait for it', () => {
    expect(nextAction(run(job(1, { confirmed: true }), [{ type: 'chunk-sending', chunk: 0 }]), T0)).toEqual({ kind: 'in-flight', chunk: 0 });
  });

  it('unsure after a reload: reconcile, a little after the send started', () => {
    const j = run(job(1, { confirmed: true }), [{ type: 'chunk-sending', chunk: 0 }, { type: 'resume' }], T0);
    expect(nextAction(j, T0 + 5)).toEqual({ kind: 'reconcile', chunk: 0, at: T0 + RECONCILE_DELAY_MS });
    expect(nextAction(j, T0 + 10 * RECONCILE_DELAY_MS)).toEqual({ kind: 'reconcile', chunk: 0, at: T0 + 10 * RECONCILE_DELAY_MS });
  });

  it('poll at the scheduled time; the earliest action wins', () => {
    const j = run(job(3, { confirmed: true, chunkSize: 2 }), [{ type: 'chunk-sending', chunk: 0 }, { type: 'chunk-accepted', chunk: 0, trackingId: 'trk' }], T0);
    // chunk 1 is pending now, the poll of chunk 0 is 5 s away: send chunk 1 first.
    expect(nextAction(j, T0 + 1)).toEqual({ kind: 'submit', chunk: 1, at: T0 + 1 });
    const sent = run(j, [{ type: 'chunk-sending', chunk: 1 }, { type: 'chunk-accepted', chunk: 1, trackingId: 'trk-b' }], T0 + 2);
    expect(nextAction(sent, T0 + 3)).toEqual({ kind: 'poll', chunk: 0, trackingId: 'trk', at: T0 + 1 + POLL_INTERVAL_MS });
  });

  it('held with a chunk still polling: polls go on', () => {
    const j = run(job(3, { confirmed: true, chunkSize: 2 }), [
      { type: 'chunk-sending', chunk: 0 },
      { type: 'chunk-accepted', chunk: 0, trackingId: 'trk' },
      { type: 'chunk-sending', chunk: 1 },
      { type: 'chunk-failed', chunk: 1, error: { code: 'offline' } },
    ]);
    expect(j.state).toBe('outbox');
    expect(nextAction(j, T0)).toMatchObject({ kind: 'poll', trackingId: 'trk' });
  });

  it('held with an error and nothing to poll: wait, saying why', () => {
    const j = run(job(1, { confirmed: true }), [{ type: 'chunk-sending', chunk: 0 }, { type: 'chunk-failed', chunk: 0, error: { code: 'blocked' } }]);
    expect(nextAction(j, T0)).toMatchObject({ kind: 'wait-for-confirm', error: { code: 'blocked' } });
  });

  it('done when finished', () => {
    expect(nextAction(run(job(1), [{ type: 'abandon' }]), T0)).toEqual({ kind: 'done' });
  });
});

describe('across jobs', () => {
  const finished = () =>
    run(job(3, { confirmed: true }), [
      { type: 'chunk-sending', chunk: 0 },
      { type: 'chunk-accepted', chunk: 0, trackingId: 't' },
      {
        type: 'status',
        chunk: 0,
        status: 'finished_with_errors',
        devicesStatus: [
          { serialNumber: 'SN1', errorCode: '806' },
          { serialNumber: 'SN2', errorCode: '808' },
          { serialNumber: 'SN3', status: 'finished' },
        ],
        devices: keys(3),
      },
    ]);

  it('a list with a job in progress cannot be sent again', () => {
    const active = job(1);
    expect(canSendList([active], 'list-1')).toEqual({ ok: false, error: { code: 'job-in-progress', jobId: 'job-1' } });
    expect(canSendList([active], 'other')).toEqual({ ok: true });
    expect(canSendList([finished()], 'list-1')).toEqual({ ok: true });
    expect(activeJobForList([job(1, { kind: 'assign-profile', profileId: 'p' })], 'list-1')).toBeUndefined();
  });

  it('retry failed devices sends only those (808, not 806)', () => {
    const done = finished();
    expect(failedDeviceIds(done)).toEqual(['d2']);
    const retry = retryFailedDevices(done, { id: 'job-2', now: T0 + 1000 });
    expect(retry).toMatchObject({ ok: true, job: { id: 'job-2', deviceIds: ['d2'], state: 'submitting', batchName: 'Contoso 2026-12', customer: { id: 'cust-1' } } });
    expect(retryFailedDevices(job(1), { id: 'x', now: T0 })).toEqual({ ok: false, error: { code: 'job-in-progress' } });
  });

  it('summary counts', () => {
    expect(summarizeJob(finished())).toMatchObject({ registered: 1, 'already-registered': 1, failed: 1, pending: 0 });
    expect(summarizeJob(job(2)).pending).toBe(2);
  });
});
