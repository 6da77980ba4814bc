import { describe, expect, it } from 'vitest';
import { readDeviceFile } from '../import/read-device-file';
import { hasError } from '../problems';
import { crlf, fakeHash, utf8 } from '../test-data/factories';
import type { Device, Dialect, Problem } from '../types';
import { writeDeviceFiles } from '../write/write-device-files';
import { checkFormula, formulaTrigger } from './formula-rules';
import { validateDevices } from './validate-devices';

const DIALECTS: Dialect[] = ['partner-center', 'intune', 'corporate-identifiers'];
const formulaProblems = (ps: Problem[]): Problem[] => ps.filter((p) => p.code === 'value.formula');
const isFormulaCell = (cell: string): boolean => formulaTrigger(cell) !== undefined;

/** Every cell of every written file, so a test can prove that no formula reached a file. */
function cellsOf(devices: Device[], dialect: Dialect): string[] {
  const r = writeDeviceFiles(devices, dialect, { listName: 'Contoso' });
  if (!r.ok) return [];
  return r.files.flatMap((f) =>
    new TextDecoder()
      .decode(f.bytes)
      .split('\r\n')
      .flatMap((line) => line.split(',')),
  );
}

describe('formulaTrigger / checkFormula (Excel formula injection)', () => {
  it('finds = + - @ at the start, also after a tab, CR, LF or spaces', () => {
    for (const [v, c] of [
      ['=1+2', '='],
      ['+1', '+'],
      ['-2+3', '-'],
      ['@SUM(1+1)', '@'],
      ["=cmd|' /C calc'!A0", '='],
      ['\t=1+2', '='],
      ['\r@SUM(1)', '@'],
      ['  -1', '-'],
    ] as const) {
      expect(formulaTrigger(v)).toBe(c);
    }
  });
  it('leaves values that only contain those characters later alone', () => {
    for (const v of ['5CG1234XYZ', 'Dell Inc.', 'HP EliteBook 840 G9', 'user@contoso.com', 'A-1', 'T0FbAwEA+/==', '', ' ', '\t']) {
      expect(formulaTrigger(v), JSON.stringify(v)).toBeUndefined();
      const out: Problem[] = [];
      checkFormula(v, 'model', 0, out);
      expect(out).toEqual([]);
    }
  });
  it('is an error on its row and field that names the character and says what to do', () => {
    const ps = validateDevices([{ pkid: '3258461234567' }, { serialNumber: '@SUM(1+1)', manufacturer: 'HP', model: 'X' }], 'partner-center');
    const f = formulaProblems(ps);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', index: 1, field: 'serialNumber', params: { char: '@' } });
    expect(f[0]?.message).toBe(
      'The serial number starts with "@", so Excel would run it as a formula when the file is opened (a way to run commands on the PC that opens it); these files cannot quote it. Correct the value without the leading "@", or remove the device.',
    );
  });
  it('a real-looking hash is accepted; a base64 hash starting with "+" is refused (Excel would run it)', () => {
    const real = 'T0Fb' + fakeHash(7).slice(4);
    expect(formulaProblems(validateDevices([{ hardwareHash: real }], 'partner-center'))).toEqual([]);
    // Seeds whose fake hash happens to start with '+' or '/' are valid base64 too: only '+' is a trigger.
    const plus = '+' + fakeHash(7).slice(1);
    const slash = '/' + fakeHash(7).slice(1);
    expect(formulaProblems(validateDevices([{ hardwareHash: plus }], 'partner-center'))).toMatchObject([
      { field: 'hardwareHash', params: { char: '+' } },
    ]);
    expect(formulaProblems(validateDevices([{ hardwareHash: slash }], 'partner-center'))).toEqual([]);
  });
  it('checks every field each dialect writes, and only those', () => {
    const d: Device = {
      serialNumber: '=1',
      pkid: '+3258461234567',
      hardwareHash: '+' + fakeHash(3).slice(1),
      manufacturer: '-HP',
      model: '@X',
      groupTag: '=tag',
      assignedUser: '@user',
    };
    const fieldsOf = (dialect: Dialect): string[] =>
      formulaProblems(validateDevices([d], dialect))
        .map((p) => p.field ?? '')
        .sort();
    expect(fieldsOf('partner-center')).toEqual(['hardwareHash', 'manufacturer', 'model', 'pkid', 'serialNumber']);
    expect(fieldsOf('intune')).toEqual(['assignedUser', 'groupTag', 'hardwareHash', 'pkid', 'serialNumber']);
    expect(fieldsOf('corporate-identifiers')).toEqual(['manufacturer', 'model', 'serialNumber']);
  });
});

describe('an import with formula cells, exported in every dialect: no formula reaches a file', () => {
  const h = fakeHash(11);
  // The probe's cells: DDE, a function, arithmetic, a tab before '=' (which cleaning removes).
  const file = crlf(
    'Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model,Group Tag,Assigned User',
    `5CG0000001,,${h},HP,HP EliteBook 840 G9,Sales,ann@contoso.com`,
    `=cmd|' /C calc'!A0,,${h},HP,HP EliteBook 840 G9,Sales,ann@contoso.com`,
    `5CG0000003,,${h},@SUM(1+1),HP EliteBook 840 G9,Sales,ann@contoso.com`,
    `5CG0000004,,${h},HP,+HYPERLINK(1),Sales,ann@contoso.com`,
    `5CG0000005,,${h},HP,HP EliteBook 840 G9,-2+3,ann@contoso.com`,
    `5CG0000006,,${h},HP,HP EliteBook 840 G9,Sales,@evil`,
    `\t=1+2,,${h},HP,HP EliteBook 840 G9,Sales,ann@contoso.com`,
    `5CG0000008,,${h},HP,HP EliteBook 840 G9,\t=1+2,ann@contoso.com`,
  );

  it('the import keeps the cleaned "=1+2" flagged (the tab is cleaned, the formula is not accepted)', async () => {
    const r = await readDeviceFile(utf8(file), 'hostile.csv');
    const row7 = r.devices[6];
    expect(row7?.device.serialNumber).toBe('=1+2');
    const ps = validateDevices(
      r.devices.map((x) => x.device),
      'partner-center',
    );
    expect(formulaProblems(ps).map((p) => p.index)).toContain(6);
  });

  for (const dialect of DIALECTS) {
    it(`${dialect}: the export is refused with an error per formula cell it would write, and valid rows carry none`, async () => {
      const r = await readDeviceFile(utf8(file), 'hostile.csv');
      const devices = r.devices.map((x) => x.device);
      expect(devices).toHaveLength(8);
      const written = writeDeviceFiles(devices, dialect, { listName: 'Contoso' });
      expect(written.ok).toBe(false);
      const f = formulaProblems(written.problems);
      const expected: Record<Dialect, number[]> = {
        'partner-center': [1, 2, 3, 6],
        intune: [1, 4, 5, 6, 7],
        'corporate-identifiers': [1, 2, 3, 6],
      };
      expect([...new Set(f.map((p) => p.index))].sort()).toEqual(expected[dialect]);
      // What is left once the rows with errors are removed is written, and holds no formula.
      const problems = validateDevices(devices, dialect);
      const bad = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.index));
      const kept = devices.filter((_, i) => !bad.has(i));
      expect(hasError(validateDevices(kept, dialect))).toBe(false);
      const cells = cellsOf(kept, dialect);
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.filter(isFormulaCell)).toEqual([]);
    });
  }
});
