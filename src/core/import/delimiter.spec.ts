import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './delimiter';

describe('detectDelimiter', () => {
  it('finds comma, semicolon, tab and pipe', () => {
    expect(detectDelimiter('Device Serial Number,Windows Product ID,Hardware Hash\r\nA,,B\r\n')).toBe(',');
    expect(detectDelimiter('"Serial";"Model"\r\n"A";"B"\r\n')).toBe(';');
    expect(detectDelimiter('Serial\tModel\nA\tB\n')).toBe('\t');
    expect(detectDelimiter('Serial|Model\nA|B\n')).toBe('|');
  });
  it('ignores delimiters inside quotes', () => {
    expect(detectDelimiter('"Samsung Electronics Co., Ltd.";"X"\r\n"a, b";"c"\r\n')).toBe(';');
  });
  it('falls back to comma for a single column', () => {
    expect(detectDelimiter('Serial\nABC\n')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });
});
