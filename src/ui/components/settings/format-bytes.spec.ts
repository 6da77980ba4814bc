import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it('picks a unit and keeps one decimal', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(12_345_678, 'en')).toBe('12.3 MB');
    expect(formatBytes(2_000_000_000, 'en')).toBe('2 GB');
  });
  it('uses the reader\'s decimal separator', () => {
    expect(formatBytes(12_345_678, 'sv')).toMatch(/^12,3\sMB$/);
  });
  it('never shows a negative size', () => {
    expect(formatBytes(-5, 'en')).toBe('0 byte');
  });
});
