import { describe, expect, it } from 'vitest';
import { crlf, fakeHash, makeXlsx, utf16leWithBom, utf8, utf8WithBom, windows1252, zipOf } from '../test-data/factories';
import type { Problem } from '../types';
import { MAX_CELL_CHARS, readDeviceFile } from './read-device-file';

const codes = (ps: Problem[]): string[] => ps.map((p) => p.code);

describe('readDeviceFile: the files partners have', () => {
  it('Get-WindowsAutopilotInfo output: UTF-16LE, BOM, CRLF, 3 columns', async () => {
    const h1 = fakeHash(1);
    const h2 = fakeHash(2);
    const bytes = utf16leWithBom(crlf('Device Serial Number,Windows Product ID,Hardware Hash', `PF2ABCDE,,${h1}`, `PF2ABCDF,,${h2}`));
    const r = await readDeviceFile(bytes, 'AutopilotHWID.csv');
    expect(r.problems).toEqual([]);
    expect(r.detected).toMatchObject({ encoding: 'utf-16le', delimiter: ',', hasHeader: true, format: 'autopilot-csv' });
    expect(r.devices).toEqual([
      { device: { serialNumber: 'PF2ABCDE', hardwareHash: h1 }, line: 2, problems: [] },
      { device: { serialNumber: 'PF2ABCDF', hardwareHash: h2 }, line: 3, problems: [] },
    ]);
  });

  it('the -Partner variant gives manufacturer and model and the partner-center dialect', async () => {
    const bytes = utf16leWithBom(
      crlf('Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model', `PF2ABCDE,,${fakeHash(3)},LENOVO,20XW0026MX`),
    );
    const r = await readDeviceFile(bytes);
    expect(r.detected.dialect).toBe('partner-center');
    expect(r.devices[0]?.device).toMatchObject({ manufacturer: 'LENOVO', model: '20XW0026MX' });
  });

  it('4- and 5-column Intune headers', async () => {
    const r = await readDeviceFile(
      utf8(crlf('Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User', `A1234567,,${fakeHash(4)},Sales,anna@contoso.com`)),
    );
    expect(r.detected.dialect).toBe('intune');
    expect(r.devices[0]?.device).toMatchObject({ groupTag: 'Sales', assignedUser: 'anna@contoso.com' });
    const four = await readDeviceFile(utf8(crlf('Device Serial Number,Windows Product ID,Hardware Hash,Group Tag', `A1234567,,${fakeHash(4)},Sales`)));
    expect(four.devices[0]?.device.groupTag).toBe('Sales');
  });

  it("Excel sv-SE CSV: UTF-8 BOM, ';', quotes, OEM column names; the PKID lost its digits", async () => {
    const bytes = utf8WithBom(crlf('"Serienummer";"PKID";"Tillverkare";"Modell"', '"0012345678901";"3,25846E+12";"Microsoft Corporation";"Surface Laptop 5"'));
    const r = await readDeviceFile(bytes, 'enheter.csv');
    expect(r.detected).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';', format: 'oem-spreadsheet' });
    expect(r.devices[0]?.device).toEqual({
      serialNumber: '0012345678901',
      pkid: '3,25846E+12',
      manufacturer: 'Microsoft Corporation',
      model: 'Surface Laptop 5',
    });
    expect(codes(r.devices[0]?.problems ?? [])).toEqual(['pkid.scientific-notation']);
    expect(r.devices[0]?.problems[0]?.line).toBe(2);
  });

  it('Windows-1252 text decodes; the non-ASCII value is kept for validation to flag', async () => {
    const r = await readDeviceFile(windows1252(crlf('Serial;Manufacturer;Model', 'JX4K2L3;Dell Inc.;Latitude 5440 – Malmö €')));
    expect(r.detected.encoding).toBe('windows-1252');
    expect(r.devices[0]?.device.model).toBe('Latitude 5440 – Malmö €');
  });

  it('tab-separated with OEM names; unknown columns are reported, not dropped silently', async () => {
    const r = await readDeviceFile(utf8('Service Tag\tOEM\tMTM\tPrice\nJX4K2L3\tDell Inc.\tLatitude 5440\t999\n'));
    expect(r.detected.delimiter).toBe('\t');
    expect(r.detected.columns.map((c) => c.field)).toEqual(['serialNumber', 'manufacturer', 'model', null]);
    expect(r.problems.map((p) => [p.code, p.params?.header])).toEqual([['column.unknown', 'Price']]);
  });

  it('the header-less Microsoft 365 device list', async () => {
    const h = fakeHash(5);
    const r = await readDeviceFile(utf8(crlf(`PF2ABCDE,,${h}`, `PF2ABCDF,,${fakeHash(6)}`)));
    expect(r.detected).toMatchObject({ format: 'm365-device-list', hasHeader: false });
    expect(r.devices[0]).toEqual({ device: { serialNumber: 'PF2ABCDE', hardwareHash: h }, line: 1, problems: [] });
  });

  it('.xlsx workbooks directly: a PKID stored as a number keeps its 13 digits', async () => {
    const bytes = makeXlsx([
      ['Serial', 'Product Key ID', 'Manufacturer', 'MTM'],
      ['PF2ABCDE', 3258461234567, 'LENOVO', '20XW0026MX'],
    ]);
    const r = await readDeviceFile(bytes, 'oem.xlsx');
    expect(r.detected).toMatchObject({ encoding: 'xlsx', sheetName: 'Devices', format: 'oem-spreadsheet', delimiter: null });
    expect(r.devices).toEqual([
      { device: { serialNumber: 'PF2ABCDE', pkid: '3258461234567', manufacturer: 'LENOVO', model: '20XW0026MX' }, line: 2, problems: [] },
    ]);
  });

  it('cleans noise in cells and reports it per device', async () => {
    const r = await readDeviceFile(utf8('Serial,Manufacturer,Model\n\u00a0JX4K2L3\u200b,Dell\u00a0Inc.,Latitude 5440\n'));
    expect(r.devices[0]?.device).toEqual({ serialNumber: 'JX4K2L3', manufacturer: 'Dell Inc.', model: 'Latitude 5440' });
    expect(codes(r.devices[0]?.problems ?? [])).toEqual(['cleaned.noise', 'cleaned.noise']);
  });

  it('warns about serials that lost leading zeros', async () => {
    const rows = ['012345678901', '023456789012', '034567890123', '45678901234'].map((s) => `${s},Microsoft Corporation,Surface Pro 9`);
    const r = await readDeviceFile(utf8(crlf('Serial,Manufacturer,Model', ...rows)));
    expect(r.devices.map((d) => codes(d.problems))).toEqual([[], [], [], ['serial.leading-zeros-lost']]);
  });

  it('line numbers count quoted line breaks and blank lines', async () => {
    const r = await readDeviceFile(utf8('Serial,Model\n\n"A1234567","Multi\nline"\nB1234567,X\n'));
    expect(r.devices.map((d) => [d.device.serialNumber, d.line])).toEqual([
      ['A1234567', 3],
      ['B1234567', 5],
    ]);
  });
});

describe('readDeviceFile: overrides, progress, abort', () => {
  const file = utf8(crlf('Col A,Col B', 'JX4K2L3,3258461234567'));
  it('a column mapping override re-reads with the user’s mapping', async () => {
    const before = await readDeviceFile(file);
    expect(codes(before.problems)).toContain('column.no-identifier');
    const r = await readDeviceFile(file, undefined, { columns: ['serialNumber', 'pkid'], hasHeader: true });
    expect(r.devices[0]?.device).toEqual({ serialNumber: 'JX4K2L3', pkid: '3258461234567' });
    expect(r.detected.columns.map((c) => [c.header, c.field])).toEqual([
      ['Col A', 'serialNumber'],
      ['Col B', 'pkid'],
    ]);
    expect(codes(r.problems)).toEqual([]);
  });
  it('two columns mapped to one field: the first wins, with a warning', async () => {
    const r = await readDeviceFile(file, undefined, { columns: ['serialNumber', 'serialNumber'], hasHeader: true });
    expect(codes(r.problems)).toEqual(['column.duplicate', 'column.unknown']);
    expect(r.devices[0]?.device).toEqual({ serialNumber: 'JX4K2L3' });
  });
  it('reports progress up to 1', async () => {
    const seen: number[] = [];
    await readDeviceFile(file, undefined, { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
  it('an aborted read returns a problem, not an exception', async () => {
    const c = new AbortController();
    c.abort();
    const r = await readDeviceFile(file, undefined, { signal: c.signal });
    expect(codes(r.problems)).toEqual(['file.aborted']);
    expect(r.devices).toEqual([]);
  });
  it('aborting in the middle of a large file stops it', async () => {
    const rows = Array.from({ length: 10000 }, (_, i) => `S${String(i).padStart(7, '0')},3258461234567`);
    const c = new AbortController();
    const r = await readDeviceFile(utf8(crlf('Serial,PKID', ...rows)), undefined, {
      signal: c.signal,
      onProgress: (f) => {
        if (f > 0.5) c.abort();
      },
    });
    expect(codes(r.problems)).toEqual(['file.aborted']);
  });
});

describe('readDeviceFile: bad input is a clear problem, never an exception or a hang', () => {
  const read = async (bytes: Uint8Array, opts = {}): Promise<string[]> => codes((await readDeviceFile(bytes, undefined, opts)).problems);
  it('empty file, whitespace only', async () => {
    expect(await read(new Uint8Array())).toEqual(['file.empty']);
    expect(await read(utf8('\r\n \r\n'))).toEqual(['file.empty']);
    expect(await read(new Uint8Array([0xff, 0xfe]))).toEqual(['file.empty']);
  });
  it('header only', async () => {
    expect(await read(utf8('Device Serial Number,Windows Product ID,Hardware Hash\r\n'))).toEqual(['file.header-only']);
  });
  it('file.binary names the kind with a short token; the English message is complete', async () => {
    const pdf = (await readDeviceFile(utf8('%PDF-1.7\n...'))).problems[0];
    expect(pdf).toMatchObject({ code: 'file.binary', params: { kind: 'pdf' } });
    expect(pdf?.message).toContain('it looks like a PDF document');
    const noise = new Uint8Array(4096).map((_, i) => (i * 37 + 11) % 256);
    const other = (await readDeviceFile(noise)).problems[0];
    expect(other).toMatchObject({ params: { kind: 'binary' } });
    expect(other?.message).toContain('it looks like binary data');
  });
  it('binary files: PNG, PDF, a zip that is not a workbook, random bytes', async () => {
    expect(await read(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toEqual(['file.binary']);
    expect(await read(utf8('%PDF-1.7\n...'))).toEqual(['file.binary']);
    expect(await read(zipOf({ 'a.txt': 'hello' }))).toEqual(['file.zip-not-workbook']);
    const noise = new Uint8Array(4096).map((_, i) => (i * 37 + 11) % 256);
    expect(await read(noise)).toEqual(['file.binary']);
  });
  it('a file above the size limit is refused at once', async () => {
    const r = await readDeviceFile(new Uint8Array(2048), undefined, { maxBytes: 1024 });
    expect(r.problems[0]).toMatchObject({ code: 'file.too-large', severity: 'error' });
  });
  it('a 200 MB file is refused quickly', async () => {
    const t = performance.now();
    expect(await read(new Uint8Array(200 * 1024 * 1024))).toEqual(['file.too-large']);
    expect(performance.now() - t).toBeLessThan(1000);
  });
  it('300,000 lines: the first 100,000 rows are read, with a warning, in bounded time', async () => {
    const t = performance.now();
    const r = await readDeviceFile(utf8('Serial\n' + 'A1234567\n'.repeat(300_000)));
    expect(codes(r.problems)).toEqual(['file.too-many-rows']);
    expect(r.devices).toHaveLength(100_000);
    expect(performance.now() - t).toBeLessThan(10_000);
  });
  it('20 MB of Windows-1252 bytes full of 0x80-0x9F decodes in bounded time', async () => {
    const b = new Uint8Array(20 * 1024 * 1024).map((_, i) => (i % 3 === 0 ? 0x80 : i % 101 === 0 ? 0x0a : 0x41));
    const t = performance.now();
    const r = await readDeviceFile(b);
    expect(r.detected.encoding).toBe('windows-1252');
    expect(performance.now() - t).toBeLessThan(10_000);
  });
  it('a line with 10,000 columns', async () => {
    const wide = Array.from({ length: 10000 }, (_, i) => `c${i}`).join(',');
    const r = await readDeviceFile(utf8(crlf('Serial,' + wide, 'JX4K2L3,' + wide)));
    expect(codes(r.problems)).toContain('file.too-many-columns');
    expect(r.devices[0]?.device).toEqual({ serialNumber: 'JX4K2L3' });
    expect(r.problems.filter((p) => p.code === 'column.unknown').length).toBeLessThanOrEqual(20);
  });
  it('mixed line endings: every line is a row', async () => {
    const r = await readDeviceFile(utf8('Serial,Model\r\nA1234567,X\nB1234567,Y\rC1234567,Z\r\n'));
    expect(codes(r.problems)).toEqual(['file.mixed-line-endings']);
    expect(r.devices.map((d) => [d.device.serialNumber, d.line])).toEqual([
      ['A1234567', 2],
      ['B1234567', 3],
      ['C1234567', 4],
    ]);
  });
  it('truncated UTF-16 (odd byte count)', async () => {
    const b = utf16leWithBom(crlf('Device Serial Number,Windows Product ID,Hardware Hash', 'PF2ABCDE,3258461234567,'));
    const r = await readDeviceFile(b.subarray(0, b.length - 1));
    // The cut-off LF leaves a lone CR at the end, hence also the line-ending note.
    expect(codes(r.problems)).toEqual(['file.utf16-truncated', 'file.mixed-line-endings']);
    expect(r.devices[0]?.device).toEqual({ serialNumber: 'PF2ABCDE', pkid: '3258461234567' });
  });
  it('NUL bytes', async () => {
    const r = await readDeviceFile(utf8('Serial,PKID\r\nJX4K\u00002L3,3258461234567\r\n'));
    expect(codes(r.problems)).toEqual(['file.nul-bytes']);
    expect(r.devices[0]?.device.serialNumber).toBe('JX4K2L3');
  });
  it('NUL characters in UTF-16 text: removed per value, counted once for the file, lines unchanged', async () => {
    const h = fakeHash(9);
    const rows = ['Device Serial Number,Windows Product ID,Hard\u0000ware Hash', `PF2A\u0000BCDE,,${h}\u0000`];
    for (let i = 0; i < 60; i++) rows.push(`PF${String(i).padStart(6, '0')},,${fakeHash(100 + i)}`);
    rows.push(`PF9\u0000\u000099999,,${fakeHash(7)}`, '\u0000\u0000');
    const r = await readDeviceFile(utf16leWithBom(crlf(...rows)), 'AutopilotHWID.csv');
    expect(r.problems.map((p) => [p.code, p.params?.count])).toEqual([['file.nul-bytes', 7]]);
    expect(r.detected).toMatchObject({ encoding: 'utf-16le', format: 'autopilot-csv' });
    expect(r.devices).toHaveLength(62);
    expect(r.devices[0]).toEqual({ device: { serialNumber: 'PF2ABCDE', hardwareHash: h }, line: 2, problems: [] });
    expect(r.devices[61]).toMatchObject({ device: { serialNumber: 'PF999999' }, line: 63, problems: [] });
  });
  it('a UTF-16 file of NULs only is empty', async () => {
    const r = await readDeviceFile(utf16leWithBom('\u0000\u0000\r\n\u0000'));
    expect(codes(r.problems)).toEqual(['file.nul-bytes', 'file.empty']);
  });
  it('extra cells on a line are reported on that line', async () => {
    const r = await readDeviceFile(utf8('Serial,PKID\r\nJX4K2L3,3258461234567,oops\r\n'));
    expect(r.devices[0]?.problems.map((p) => [p.code, p.line])).toEqual([['row.extra-cells', 2]]);
    expect(r.problems.map((p) => [p.code, p.params?.header])).toEqual([['column.unknown', 'column 3']]);
  });
  it('a one-line CSV that is one 60 MB cell is said, not read as a "hash" (issue 7)', async () => {
    const r = await readDeviceFile(utf8('QUJD'.repeat(15_000_000) + '\r\n'), 'big.csv');
    expect(r.devices).toEqual([]);
    const long = r.problems.find((p) => p.code === 'file.cell-too-long');
    expect(long).toMatchObject({ severity: 'error', line: 1, field: 'hardwareHash', params: { length: 60_000_000, max: MAX_CELL_CHARS } });
    expect(long?.message).toMatch(/^Line 1 holds a hardware hash cell of 60000000 characters/);
    expect(codes(r.problems)).toContain('file.no-devices');
  });
  it('an over-long cell beside real values is an error on that device, which keeps its other fields', async () => {
    const r = await readDeviceFile(utf8(`Device Serial Number,Windows Product ID,Hardware Hash\r\nPF1,,${'A'.repeat(MAX_CELL_CHARS + 4)}\r\nPF2,,${fakeHash(2)}\r\n`));
    expect(r.devices.map((d) => d.device.serialNumber)).toEqual(['PF1', 'PF2']);
    expect(r.devices[0]?.device.hardwareHash).toBeUndefined();
    expect(r.devices[0]?.problems.map((p) => [p.code, p.severity, p.field, p.line])).toEqual([['row.cell-too-long', 'error', 'hardwareHash', 2]]);
    expect(r.devices[1]?.problems).toEqual([]);
  });
  it('something that is not a Uint8Array', async () => {
    expect(await read('text' as unknown as Uint8Array)).toEqual(['file.empty']);
  });
});
