import { describe, expect, it } from 'vitest';
import { formatDate, isoDay } from './format-date';

describe('formatDate: never throws, whatever time it is given', () => {
  it('formats a real time per language', () => {
    const t = Date.UTC(2026, 11, 2, 12, 0);
    expect(formatDate('en', t)).toMatch(/2026/);
    expect(formatDate('sv', t, 'date-time')).toMatch(/2026/);
  });
  it('shows a dash for times outside the Date range and for non-numbers', () => {
    for (const bad of [1e300, 9e15, -9e15, Number.NaN, Infinity, '2026', undefined, null]) {
      expect(() => formatDate('da', bad)).not.toThrow();
      expect(formatDate('da', bad)).toBe('–');
    }
    // The edge of the range still formats.
    expect(formatDate('en', 8.64e15)).toMatch(/275760/);
  });
  it('isoDay falls back to now for a time that is not a date', () => {
    expect(isoDay(Date.UTC(2026, 0, 5))).toBe('2026-01-05');
    expect(isoDay(1e300, Date.UTC(2026, 1, 1))).toBe('2026-02-01');
  });
});
