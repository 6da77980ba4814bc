import { describe, expect, it } from 'vitest';
import { fieldForHeader } from './columns';

describe('fieldForHeader', () => {
  it('maps OEM and distributor column names case-insensitively', () => {
    const cases: [string, string][] = [
      ['Serial', 'serialNumber'],
      ['S/N', 'serialNumber'],
      ['service tag', 'serialNumber'],
      ['DEVICE SERIAL NUMBER', 'serialNumber'],
      ['PKID', 'pkid'],
      ['Product Key ID', 'pkid'],
      ['Windows Product ID', 'pkid'],
      ['4K HH', 'hardwareHash'],
      ['Hardware Hash', 'hardwareHash'],
      ['Manufacturer', 'manufacturer'],
      ['OEM', 'manufacturer'],
      ['Manufacturer name', 'manufacturer'],
      ['Model', 'model'],
      ['MTM', 'model'],
      ['Device model', 'model'],
      ['Group Tag', 'groupTag'],
      ['Assigned User', 'assignedUser'],
    ];
    for (const [h, f] of cases) expect([h, fieldForHeader(h)]).toEqual([h, f]);
  });
  it('returns null for unknown names', () => {
    expect(fieldForHeader('Price')).toBeNull();
    expect(fieldForHeader('')).toBeNull();
  });
});
