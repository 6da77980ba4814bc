import { describe, expect, it } from 'vitest';
import { ascii, fakeHash, tupleDevice } from '../test-data/factories';
import type { Device } from '../types';
import { deviceFileName, safeListName } from './file-names';
import { DIALECT_COLUMNS, DIALECT_HEADERS } from './headers';
import { validateDevices } from '../validate/validate-devices';
import { writeDeviceFiles } from './write-device-files';

const hashlessPkid = (): Device => ({ pkid: '3258461234567', serialNumber: 'PF2ABCDE' });

const bytes = (s: string): Uint8Array => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

function filesOf(devices: Device[], dialect: Parameters<typeof writeDeviceFiles>[1], opts = {}) {
  const r = writeDeviceFiles(devices, dialect, opts);
  if (!r.ok) throw new Error(r.problems.map((p) => p.code).join());
  return r.files;
}

describe('golden bytes', () => {
  const hash = fakeHash(7, 16);
  it('partner-center: exact header, empty cells stay empty, CRLF after every line, no BOM', () => {
    const [f] = filesOf(
      [
        { serialNumber: '0012345678901', manufacturer: 'Microsoft Corporation', model: 'Surface Laptop' },
        { pkid: '3258461234567' },
        { serialNumber: 'PF2ABCDE', hardwareHash: hash, manufacturer: 'LENOVO', model: '20XW0026MX' },
      ],
      'partner-center',
      { listName: 'Contoso week 12' },
    );
    expect(f?.fileName).toBe('Contoso-week-12-partner-center-part-1.csv');
    expect(f?.rowCount).toBe(3);
    expect(f?.bytes).toEqual(
      bytes(
        'Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model\r\n' +
          '0012345678901,,,Microsoft Corporation,Surface Laptop\r\n' +
          ',3258461234567,,,\r\n' +
          `PF2ABCDE,,${hash},LENOVO,20XW0026MX\r\n`,
      ),
    );
  });

  it('intune: its own header with group tag and assigned user', () => {
    const [f] = filesOf(
      [{ serialNumber: 'PF2ABCDE', hardwareHash: hash, groupTag: 'Microsoft365Managed_Standard', assignedUser: 'anna@contoso.com', manufacturer: 'LENOVO' }],
      'intune',
    );
    expect(ascii(f?.bytes ?? new Uint8Array())).toBe(
      'Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User\r\n' +
        `PF2ABCDE,,${hash},Microsoft365Managed_Standard,anna@contoso.com\r\n`,
    );
    expect(f?.fileName).toBe('devices-intune-part-1.csv');
  });

  it('corporate-identifiers: manufacturer,model,serial, no header', () => {
    const [f] = filesOf([{ serialNumber: 'JX4K2L3', manufacturer: 'Dell Inc.', model: 'Latitude 5440' }], 'corporate-identifiers', {
      listName: 'Malmö office',
    });
    expect(f?.bytes).toEqual(bytes('Dell Inc.,Latitude 5440,JX4K2L3\r\n'));
    expect(f?.fileName).toBe('Malmo-office-corporate-identifiers-part-1.csv');
  });

  it('only printable ASCII bytes, never a quote, never a BOM', () => {
    const files = filesOf(Array.from({ length: 30 }, (_, i) => tupleDevice(i)), 'partner-center', { maxRows: 7 });
    for (const f of files) {
      expect(f.bytes[0]).not.toBe(0xef);
      for (const b of f.bytes) expect(b === 0x0d || b === 0x0a || (b >= 0x20 && b <= 0x7e && b !== 0x22)).toBe(true);
    }
  });

  it('the line builders follow DIALECT_COLUMNS', () => {
    const d: Device = { serialNumber: 's1', pkid: '1234567890123', hardwareHash: 'QUJD', manufacturer: 'HP', model: 'm', groupTag: 'g', assignedUser: 'a@b.c' };
    for (const dialect of ['partner-center', 'intune', 'corporate-identifiers'] as const) {
      const r = writeDeviceFiles([d], dialect);
      // Validation may refuse this synthetic device; compare against the columns either way.
      const expected = DIALECT_COLUMNS[dialect].map((f) => d[f] ?? '').join(',');
      if (r.ok) expect(ascii(r.files[0]?.bytes ?? new Uint8Array()).split('\r\n').at(DIALECT_HEADERS[dialect] ? 1 : 0)).toBe(expected);
      else expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
    }
  });
});

describe('splitting and refusing', () => {
  it('splits into parts of at most maxRows, each with its header', () => {
    const files = filesOf(Array.from({ length: 1001 }, (_, i) => tupleDevice(i)), 'partner-center', { listName: 'Big' });
    expect(files.map((f) => [f.fileName, f.rowCount])).toEqual([
      ['Big-partner-center-part-1.csv', 500],
      ['Big-partner-center-part-2.csv', 500],
      ['Big-partner-center-part-3.csv', 1],
    ]);
    for (const f of files) expect(ascii(f.bytes).startsWith('Device Serial Number,')).toBe(true);
    expect(ascii(files[2]?.bytes ?? new Uint8Array()).split('\r\n')).toHaveLength(3);
  });

  it('refuses and writes nothing when any device has an error for the dialect', () => {
    const r = writeDeviceFiles([tupleDevice(1), { pkid: '3.25846E+12' }], 'partner-center');
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['pkid.scientific-notation']);
    expect('files' in r).toBe(false);
  });

  it('a nonsensical maxRows falls back to 500 instead of writing nothing', () => {
    for (const maxRows of [NaN, 0, -3, Infinity]) {
      const files = filesOf([tupleDevice(1), tupleDevice(2)], 'partner-center', { maxRows });
      expect(files.map((f) => f.rowCount)).toEqual([2]);
    }
  });

  it('after validateDevices on the same unchanged list, writing reuses those problems', () => {
    const list = [tupleDevice(1), tupleDevice(2, { manufacturer: 'Dell' })];
    const validated = validateDevices(list, 'partner-center', { listName: 'L' });
    const r = writeDeviceFiles(list, 'partner-center', { listName: 'L' });
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual(validated);
    expect(r.problems).not.toBe(validated);
  });

  it('still refuses when the list changed after validateDevices (value, object, length, dialect)', () => {
    const base = (): Device[] => [tupleDevice(1), tupleDevice(2)];
    const codesOf = (r: ReturnType<typeof writeDeviceFiles>): string[] => (r.ok ? [] : r.problems.map((p) => p.code));

    const edited = base();
    expect(validateDevices(edited, 'partner-center')).toEqual([]);
    (edited[1] as Device).serialNumber = (edited[0] as Device).serialNumber; // mutated in place
    expect(codesOf(writeDeviceFiles(edited, 'partner-center'))).toContain('duplicate.in-list');

    const replaced = base();
    validateDevices(replaced, 'partner-center');
    replaced[0] = { serialNumber: 'A"1', manufacturer: 'HP', model: 'M' };
    expect(codesOf(writeDeviceFiles(replaced, 'partner-center'))).toContain('value.quote');

    const grown = base();
    validateDevices(grown, 'partner-center');
    grown.push({ pkid: '123' });
    expect(codesOf(writeDeviceFiles(grown, 'partner-center'))).toContain('pkid.format');

    const other = [hashlessPkid()];
    expect(validateDevices(other, 'partner-center')).toEqual([]);
    expect(codesOf(writeDeviceFiles(other, 'intune'))).toEqual(['intune.hash-required']);
  });

  it('refuses an empty list', () => {
    expect(writeDeviceFiles([], 'intune')).toMatchObject({ ok: false, problems: [{ code: 'write.empty' }] });
  });

  it('writes despite warnings and returns them', () => {
    const r = writeDeviceFiles([tupleDevice(1, { manufacturer: 'hp' })], 'partner-center');
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => p.code)).toEqual(['manufacturer.case']);
  });
});

describe('file names', () => {
  it('are ASCII-safe and deterministic', () => {
    expect(safeListName('  Contoso / week #12 ')).toBe('Contoso-week-12');
    expect(safeListName('')).toBe('devices');
    expect(safeListName('ÅÄÖ')).toBe('AAO');
    expect(safeListName('日本')).toBe('devices');
    expect(safeListName('x'.repeat(100))).toHaveLength(60);
    expect(deviceFileName('A', 'intune', 2)).toBe('A-intune-part-2.csv');
  });
});
