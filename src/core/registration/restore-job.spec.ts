import { describe, expect, it } from 'vitest';
import { problemOfRegistration, toDeviceRegistration } from './device-record';
import { restoreRegistrationJob } from './restore-job';
import { T0, job, keys, run } from './test-jobs';

const polling = () => run(job(2, { confirmed: true }), [{ type: 'chunk-sending', chunk: 0 }, { type: 'chunk-accepted', chunk: 0, trackingId: 'trk', batchId: 'Contoso 2026-12' }]);

describe('restoring a stored job', () => {
  it('a job survives a JSON round trip unchanged', () => {
    const stored = JSON.parse(JSON.stringify(polling())) as unknown;
    expect(restoreRegistrationJob(stored)).toEqual(polling());
  });

  it('refuses what is not a job', () => {
    for (const raw of [null, 'x', [], {}, { id: 'j', listId: 'l', customer: { id: 'c' }, createdAt: T0, chunks: [] }, { ...polling(), customer: null }]) {
      expect(restoreRegistrationJob(raw)).toBeUndefined();
    }
    expect(restoreRegistrationJob({ ...polling(), kind: 'assign-profile' })).toBeUndefined();
  });

  it('an unreadable chunk state is never taken for "sent": with a tracking id it is polled, without one it is checked', () => {
    const raw = JSON.parse(JSON.stringify(polling())) as { chunks: Record<string, unknown>[] };
    raw.chunks[0]!['state'] = 'weird';
    expect(restoreRegistrationJob(raw)!.chunks[0]!.state).toBe('polling');
    delete raw.chunks[0]!['trackingId'];
    const restored = restoreRegistrationJob(raw)!;
    expect(restored.chunks[0]!.state).toBe('unsure');
    expect(restored.state).toBe('submitting');
  });

  it('the state is recomputed from the chunks, not trusted', () => {
    expect(restoreRegistrationJob({ ...polling(), state: 'finished' })!.state).toBe('polling');
  });

  it('outcomes get their explanation rebuilt from the stored codes; bad outcomes are dropped', () => {
    const raw = { ...polling(), outcomes: { d1: { status: 'failed', errorCode: 808, at: T0 }, d2: { status: 'exploded' }, d3: 'x' } };
    const restored = restoreRegistrationJob(raw)!;
    expect(Object.keys(restored.outcomes)).toEqual(['d1']);
    expect(restored.outcomes['d1']).toMatchObject({ errorCode: '808', problem: { code: 'registration.other-organisation' } });
  });
});

describe('the registration kept on a device', () => {
  const finished = () =>
    run(polling(), [
      {
        type: 'status',
        chunk: 0,
        status: 'finished_with_errors',
        devicesStatus: [
          { serialNumber: 'SN1', status: 'finished', deviceId: 'pc-1' },
          { serialNumber: 'SN2', status: 'failed', errorCode: '812', errorDescription: 'ZtdDeviceNotFound' },
        ],
        devices: keys(2),
      },
    ]);

  it('carries status, batch, tracking id and Partner Center codes', () => {
    const j = finished();
    expect(toDeviceRegistration(j, j.outcomes['d2']!)).toEqual({
      status: 'failed',
      batchId: 'Contoso 2026-12',
      trackingId: 'trk',
      errorCode: '812',
      errorDescription: 'ZtdDeviceNotFound',
      updatedAt: j.outcomes['d2']!.at,
    });
    expect(toDeviceRegistration(j, j.outcomes['d1']!)).toMatchObject({ status: 'registered', trackingId: 'trk' });
  });

  it('its explanation comes back from the stored codes alone', () => {
    expect(problemOfRegistration({ status: 'registered' })).toBeUndefined();
    expect(problemOfRegistration({ status: 'failed', errorCode: '812' })?.code).toBe('registration.device-not-found');
    expect(problemOfRegistration({ status: 'already-registered', errorCode: '806' })?.code).toBe('registration.already-registered');
    expect(problemOfRegistration({ status: 'failed', errorCode: 'forbidden' })).toMatchObject({ code: 'registration.request-refused', params: { code: 'forbidden' } });
    expect(problemOfRegistration({ status: 'failed' })?.code).toBe('registration.abandoned');
    expect(problemOfRegistration({ status: 'unknown' })?.code).toBe('registration.no-result');
    expect(problemOfRegistration({ status: 'failed', errorCode: '999', errorDescription: 'odd' })?.code).toBe('registration.failed');
  });

  it('a device the finished job did not mention is unknown, with an explanation', () => {
    const j = run(polling(), [{ type: 'status', chunk: 0, status: 'finished_with_errors', devicesStatus: [{ serialNumber: 'SN1', errorCode: '808' }], devices: keys(2) }]);
    expect(j.outcomes['d2']).toMatchObject({ status: 'unknown', problem: { code: 'registration.no-result' } });
  });
});
