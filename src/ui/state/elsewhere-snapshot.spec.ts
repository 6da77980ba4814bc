import { describe, expect, it } from 'vitest';
import { elsewhereSnapshot } from './elsewhere-snapshot';

describe('elsewhereSnapshot', () => {
  it('keeps only identifiers found in another list, with that list’s name', async () => {
    const stored: Record<string, string> = { 'serialNumber:S1': 'Week 12', 'pkid:1234567890123': 'Acme' };
    const snapshot = await elsewhereSnapshot(
      [{ serialNumber: 'S1', pkid: '1234567890123' }, { serialNumber: 'S2' }, { hardwareHash: 'AAAA' }],
      (field, value) => stored[`${field}:${value}`],
    );
    expect(snapshot).toEqual({ serialNumber: { S1: 'Week 12' }, pkid: { '1234567890123': 'Acme' } });
  });

  it('looks up every device of a long list, in slices', async () => {
    const devices = Array.from({ length: 1234 }, (_, i) => ({ serialNumber: `S${i}` }));
    const asked: string[] = [];
    const snapshot = await elsewhereSnapshot(devices, (_field, value) => {
      asked.push(value);
      return value === 'S1233' ? 'Old list' : undefined;
    });
    expect(asked).toHaveLength(1234);
    expect(snapshot.serialNumber).toEqual({ S1233: 'Old list' });
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    let asked = 0;
    const devices = Array.from({ length: 2000 }, (_, i) => ({ serialNumber: `S${i}` }));
    const done = elsewhereSnapshot(devices, () => {
      asked++;
      return undefined;
    }, controller.signal);
    controller.abort();
    await done;
    expect(asked).toBe(500); // the first slice ran synchronously, then it stopped
  });
});
