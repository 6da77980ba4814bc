import { describe, expect, it } from 'vitest';
import { validateDevices, type Device } from '../../../core';
import { isBlocked, summarize } from './export-summary';

const HASH = 'T0'.repeat(2000); // base64 of the right length
const devices: Device[] = [
  { pkid: '1234567890123', serialNumber: 'PF1' },
  { serialNumber: 'PF2', manufacturer: 'LENOVO', model: '20XW0026MX' },
  { hardwareHash: HASH, serialNumber: 'PF3' },
];

describe('summarize', () => {
  it('counts files by rows per file', () => {
    expect(summarize([], 1000, 'partner-center', 500).files).toBe(2);
    expect(summarize([], 1001, 'partner-center', 500).files).toBe(3);
    expect(summarize([], 1, 'partner-center', 500).files).toBe(1);
    expect(isBlocked(summarize([], 0, 'partner-center', 500))).toBe(true);
  });

  it('a list Partner Center accepts is not blocked', () => {
    const s = summarize(validateDevices(devices, 'partner-center'), devices.length, 'partner-center', 500);
    expect(s.blockers).toEqual([]);
    expect(s.unusable).toBeUndefined();
    expect(isBlocked(s)).toBe(false);
  });

  it('Intune without hashes is explained once, not device by device', () => {
    const s = summarize(validateDevices(devices, 'intune'), devices.length, 'intune', 500);
    expect(s.unusable).toEqual({ dialect: 'intune', count: 2, total: 3 });
    expect(s.blockers.map((b) => b.problem.code)).not.toContain('intune.hash-required');
    expect(isBlocked(s)).toBe(true);
  });

  it('corporate identifiers need the tuple on every device', () => {
    const s = summarize(validateDevices(devices, 'corporate-identifiers'), devices.length, 'corporate-identifiers', 500);
    expect(s.unusable).toEqual({ dialect: 'corporate-identifiers', count: 2, total: 3 });
  });

  it('keeps each blocking error with its device, and warnings apart', () => {
    const list: Device[] = [...devices, { pkid: '12345' }, { serialNumber: 'PF1', pkid: '1234567890124' }];
    const s = summarize(validateDevices(list, 'partner-center', { findElsewhere: (_f, v) => (v === 'PF3' ? 'Old' : undefined) }), list.length, 'partner-center', 500);
    expect(s.blockers.map((b) => [b.problem.code, b.deviceIndex])).toEqual(expect.arrayContaining([
      ['pkid.format', 3],
      ['duplicate.in-list', 4],
    ]));
    expect(s.warnings.map((b) => [b.problem.code, b.deviceIndex])).toContainEqual(['duplicate.elsewhere', 2]);
  });
});
