import { describe, expect, it } from 'vitest';
import { BurstCollector } from './scan-burst';
import { RecentReads } from './recent-reads';

function typeAt(collector: BurstCollector, text: string, start: number, msPerKey: number): number {
  let t = start;
  for (const c of text) {
    collector.char(c, t);
    t += msPerKey;
  }
  return t;
}

describe('BurstCollector', () => {
  it('keys 5 ms apart ending in Enter are one scan, AIM prefix and all', () => {
    const c = new BurstCollector();
    const end = typeAt(c, ']C1PF3XYZ12', 1000, 5);
    expect(c.inBurst(end - 5)).toBe(true);
    expect(c.end(end)).toBe(']C1PF3XYZ12');
    expect(c.end(end + 1)).toBeUndefined(); // consumed
  });

  it('a person typing (150 ms a key) is not a scan', () => {
    const c = new BurstCollector();
    const end = typeAt(c, 'ABC12345', 1000, 150);
    expect(c.end(end)).toBeUndefined();
  });

  it('a pause before the burst does not count: the burst alone is the scan', () => {
    const c = new BurstCollector();
    typeAt(c, 'xy', 0, 150);
    const end = typeAt(c, '3258461234567', 2000, 4);
    expect(c.end(end)).toBe('3258461234567');
  });

  it('too short, or Enter long after the last key, is not a scan', () => {
    const c = new BurstCollector();
    expect(c.end(typeAt(c, 'AB', 0, 5))).toBeUndefined();
    const end = typeAt(c, 'ABCDEFG', 100, 5);
    expect(c.end(end + 500)).toBeUndefined();
  });
});

describe('RecentReads', () => {
  it('a label held in view counts once; out of view for the hold time, it counts again', () => {
    const reads = new RecentReads(3000);
    expect(reads.fresh('JX4K2M3', 0)).toBe(true);
    for (let t = 33; t < 10_000; t += 33) expect(reads.fresh('JX4K2M3', t)).toBe(false);
    expect(reads.fresh('3258461234567', 10_000)).toBe(true);
    expect(reads.fresh('JX4K2M3', 14_000)).toBe(true);
  });

  it('forgets old codes as it goes (memory stays small on a long shift)', () => {
    const reads = new RecentReads(1000);
    for (let i = 0; i < 500; i++) reads.fresh(`code-${i}`, i * 2000);
    expect(reads.fresh('code-499', 998_500)).toBe(false);
    expect(reads.fresh('code-0', 1_000_000)).toBe(true);
  });
});
