import { describe, expect, it } from 'vitest';
import { detectExcelDamage, type RowForDamage } from './excel-damage';

const row = (serialNumber: string, model = 'Surface Laptop 5', line = 2): RowForDamage => ({
  device: { serialNumber, model, manufacturer: 'Microsoft Corporation' },
  line,
  problems: [],
});

describe('detectExcelDamage', () => {
  it('flags scientific-notation PKIDs and serials as errors', () => {
    const rows: RowForDamage[] = [{ device: { pkid: '3.25846E+12' }, line: 5, problems: [] }, row('1.23457E+11')];
    detectExcelDamage(rows);
    expect(rows[0]?.problems.map((p) => [p.code, p.severity, p.line])).toEqual([['pkid.scientific-notation', 'error', 5]]);
    expect(rows[1]?.problems.map((p) => p.code)).toEqual(['serial.scientific-notation']);
  });
  it('warns about serials shorter than the same model’s others (lost leading zeros)', () => {
    const rows = [row('012345678901'), row('023456789012'), row('034567890123'), row('45678901234'), row('98765432100', 'Other')];
    detectExcelDamage(rows);
    expect(rows.map((r) => r.problems.map((p) => p.code))).toEqual([[], [], [], ['serial.leading-zeros-lost'], []]);
    expect(rows[3]?.problems[0]?.params).toMatchObject({ length: 11, expected: 12 });
  });
  it('does not guess from too few serials', () => {
    const rows = [row('012345678901'), row('45678901234')];
    detectExcelDamage(rows);
    expect(rows.flatMap((r) => r.problems)).toEqual([]);
  });
});
