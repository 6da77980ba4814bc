import { describe, expect, it } from 'vitest';
import { isScannerSpeed, splitPasted } from './add-identifier-input';

describe('telling a wedge scanner from a person', () => {
  it('takes 10 characters in 60 ms as a scanner and in 1.5 s as a person', () => {
    expect(isScannerSpeed('5CG1234XYZ', 1000, 1060)).toBe(true);
    expect(isScannerSpeed('5CG1234XYZ', 1000, 2500)).toBe(false);
  });
  it('never takes very short text or an unknown start as a scan', () => {
    expect(isScannerSpeed('AB', 1000, 1001)).toBe(false);
    expect(isScannerSpeed('5CG1234XYZ', 0, 10)).toBe(false);
  });
});

describe('splitPasted', () => {
  it('splits a pasted column into values and drops blank lines', () => {
    expect(splitPasted('JX4K2M3\r\n3258461234567\n\n  PF3XYZ12 \t')).toEqual(['JX4K2M3', '3258461234567', 'PF3XYZ12']);
    expect(splitPasted('one')).toEqual(['one']);
  });
});
