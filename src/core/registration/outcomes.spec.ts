import { describe, expect, it } from 'vitest';
import { mapDeviceStatuses, matchReported, outcomeOf, splitByPresence } from './outcomes';
import { T0 } from './test-jobs';

const devices = [
  { id: 'a', serialNumber: 'ABC123', pkid: '3258461111111' },
  { id: 'b', serialNumber: 'abc123' },
  { id: 'c', serialNumber: 'X-1' },
  { id: 'd', hardwareHash: 'T0FBQUFB' },
];

describe('matching Partner Center results to devices', () => {
  it('PKID first, then the exact serial, then the serial ignoring case, then the hash; each entry once', () => {
    const matched = matchReported(devices, [
      { serialNumber: 'ABC123' },
      { productKey: '3258461111111', serialNumber: 'ABC123' },
      { serialNumber: 'x-1' },
      { hardwareHash: 'T0FBQUFB' },
    ]);
    expect(matched.get('a')).toEqual({ productKey: '3258461111111', serialNumber: 'ABC123' });
    expect(matched.get('b')).toEqual({ serialNumber: 'ABC123' });
    expect(matched.get('c')).toEqual({ serialNumber: 'x-1' });
    expect(matched.get('d')).toEqual({ hardwareHash: 'T0FBQUFB' });
  });
});

describe('one device status', () => {
  it('finished without error: registered, with Partner Center device id', () => {
    expect(outcomeOf('a', { status: 'Finished', deviceId: 'pc' }, T0)).toEqual({ deviceId: 'a', status: 'registered', pcDeviceId: 'pc', at: T0 });
  });

  it('806 is already registered (nothing to do), a duplicate is a warning, 808 an error', () => {
    expect(outcomeOf('a', { errorCode: '806' }, T0)).toMatchObject({ status: 'already-registered', problem: { severity: 'info' } });
    expect(outcomeOf('a', { status: 'failed', errorDescription: 'ZtdDeviceDuplicated' }, T0)).toMatchObject({ status: 'duplicate', problem: { code: 'registration.duplicated', severity: 'warning' } });
    expect(outcomeOf('a', { errorCode: '808', errorDescription: 'x' }, T0)).toMatchObject({ status: 'failed', errorCode: '808', errorDescription: 'x' });
  });

  it('a failed status with no code is still a failure, explained generically', () => {
    expect(outcomeOf('a', { status: 'Error' }, T0)).toMatchObject({ status: 'failed', problem: { code: 'registration.failed' } });
  });

  it('a device still processing is pending', () => {
    expect(outcomeOf('a', { status: 'processing' }, T0).status).toBe('pending');
  });
});

describe('a finished job', () => {
  it('a device not mentioned: registered if the job finished clean, unknown with errors, pending while running', () => {
    const one = [{ id: 'z', serialNumber: 'Z' }];
    expect(mapDeviceStatuses(one, [], 'finished', T0)[0]!.status).toBe('registered');
    expect(mapDeviceStatuses(one, [], 'finished_with_errors', T0)[0]!.status).toBe('unknown');
    expect(mapDeviceStatuses(one, [], 'processing', T0)[0]!.status).toBe('pending');
  });
});

describe('presence in the batch', () => {
  it('splits found (with Partner Center ids) from missing', () => {
    expect(splitByPresence(devices.slice(0, 3), [{ id: 'p1', productKey: '3258461111111' }, { id: 'p3', serialNumber: 'X-1' }])).toEqual({
      found: [
        { deviceId: 'a', pcDeviceId: 'p1' },
        { deviceId: 'c', pcDeviceId: 'p3' },
      ],
      missing: ['b'],
    });
  });
});
