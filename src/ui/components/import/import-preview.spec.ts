import { describe, expect, it } from 'vitest';
import { readDeviceFile, validateDevices, type Device } from '../../../core';
import { buildPreview, copyCount, rowsWithProblems, toNewDevices } from './import-preview';

const encode = (text: string) => new TextEncoder().encode(text);
const HEADER = 'Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model\r\n';

async function preview(fileText: string, existing: Device[], elsewhere: Record<string, string> = {}) {
  const read = await readDeviceFile(encode(fileText), 'devices.csv');
  const devices = read.devices.map((r) => r.device);
  const validation = validateDevices([...existing, ...devices], 'partner-center', {
    findElsewhere: (_field, value) => elsewhere[value],
    listName: 'This list',
  });
  return { read, ...buildPreview(read.devices, validation, existing.length) };
}

describe('buildPreview', () => {
  it('counts devices, errors, warnings and the three kinds of duplicates', async () => {
    const file =
      HEADER +
      'PF1,,,LENOVO,20XW0026MX\r\n' + // line 2: also in the list
      'PF2,1234567890123,,,\r\n' + // line 3: fine (PKID alone)
      'PF3,12345,,,\r\n' + // line 4: PKID too short: error
      'PF2,,,LENOVO,20XW0026MX\r\n' + // line 5: serial twice in the file
      'PF9,,,LENOVO,20XW0026MX\r\n'; // line 6: in another list
    const { rows, counts } = await preview(file, [{ serialNumber: 'PF1', manufacturer: 'LENOVO', model: '20XW0026MX' }], { PF9: 'Last week' });
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(counts).toMatchObject({ devices: 5, inList: 1, inFile: 1, elsewhere: 1 });
    expect(rows[0]!.problems.map((p) => p.code)).toContain('duplicate.in-list');
    expect(rows[2]!.problems.map((p) => p.code)).toContain('pkid.format');
    expect(rows[4]!.problems.find((p) => p.code === 'duplicate.elsewhere')?.params?.list).toBe('Last week');
    expect(counts.errors).toBe(rows.filter((r) => r.hasError).length);
    expect(counts.errors).toBe(3); // line 2 and 5 duplicates, line 4 PKID
    expect(counts.warnings).toBe(1); // line 6 elsewhere
    expect(rows.every((r) => r.problems.every((p) => p.index === undefined))).toBe(true);
  });

  it('keeps the reader’s own problems on their rows', async () => {
    const { rows } = await preview(HEADER + 'PF1\u00a0,1234567890123,,,\r\n', []);
    expect(rows[0]!.device.serialNumber).toBe('PF1');
    expect(rows[0]!.problems.map((p) => p.code)).toContain('cleaned.noise');
    expect(rowsWithProblems(rows)).toHaveLength(1);
  });

  it('ignores problems about existing devices and about the list as a whole', () => {
    const built = buildPreview([{ line: 2, device: { serialNumber: 'A' }, problems: [] }], [
      { code: 'pkid.format', severity: 'error', message: 'x', index: 0 },
      { code: 'rows.split', severity: 'info', message: 'y' },
    ], 1);
    expect(built.rows[0]!.problems).toEqual([]);
    expect(built.counts.errors).toBe(0);
  });
});

describe('toNewDevices', () => {
  it('marks every device as from the file, with its line, and can leave out rows with errors', async () => {
    const { rows } = await preview(HEADER + 'PF2,1234567890123,,,\r\nPF3,12345,,,\r\n', []);
    const all = toNewDevices(rows, 'box.csv', { onlyValid: false, withCopies: false });
    expect(all.map((d) => [d.source, d.sourceDetail])).toEqual([
      ['file', 'box.csv:2'],
      ['file', 'box.csv:3'],
    ]);
    expect(rows[1]!.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(toNewDevices(rows, 'box.csv', { onlyValid: true, withCopies: false }).map((d) => d.device.serialNumber)).toEqual(['PF2']);
  });

  it('hands on only what the reader found (the app layer derives the rest), said once', async () => {
    const { rows } = await preview(HEADER + 'PF4\u00a0,3.25846E+12,,,\r\n', []);
    const [item] = toNewDevices(rows, 'excel.csv', { onlyValid: false, withCopies: true });
    expect(item!.found?.map((p) => p.code)).toEqual(expect.arrayContaining(['cleaned.noise', 'pkid.scientific-notation']));
    expect(item!.problems).toBeUndefined();
    expect(rows[0]!.problems.filter((p) => p.code === 'pkid.scientific-notation')).toHaveLength(1);
  });

  it('skips rows already stored (this list or another) unless asked to add them too', () => {
    const built = buildPreview(
      [
        { line: 2, device: { serialNumber: 'A' }, problems: [] },
        { line: 3, device: { serialNumber: 'B' }, problems: [] },
        { line: 4, device: { serialNumber: 'C' }, problems: [] },
      ],
      [
        { code: 'duplicate.in-list', severity: 'error', message: 'x', index: 1, params: { other: 1 } },
        { code: 'duplicate.elsewhere', severity: 'warning', message: 'y', index: 2 },
      ],
      1,
    );
    expect(copyCount(built.rows)).toBe(2);
    expect(toNewDevices(built.rows, 'f.csv', { onlyValid: false, withCopies: false }).map((d) => d.device.serialNumber)).toEqual(['C']);
    expect(toNewDevices(built.rows, 'f.csv', { onlyValid: false, withCopies: true })).toHaveLength(3);
  });
});
