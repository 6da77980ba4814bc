import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeXlsx } from '../test-data/factories';
import { readDeviceFile } from './read-device-file';
import { readXlsx } from './xlsx';
import { hasZipEntry, listZipEntries, unzipWithin } from './zip-entries';

/** Rewrites the size an entry declares in the zip's central directory (a lying archive). */
function declare(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  for (let o = 0; o + 46 < out.length; o++) {
    if (view.getUint32(o, true) !== 0x02014b50) continue;
    const n = view.getUint16(o + 28, true);
    if (n === nameBytes.length && nameBytes.every((b, i) => out[o + 46 + i] === b)) {
      view.setUint32(o + 24, size, true);
      return out;
    }
  }
  throw new Error('entry not found');
}

/** A workbook whose sheet XML is padded with `padding` bytes of spaces (compresses about 1000:1). */
function paddedWorkbook(padding: number): Uint8Array {
  const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>PKID</t></is></c></row></sheetData>${' '.repeat(padding)}</worksheet>`;
  return zipSync({
    'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}

describe('unzipWithin: entries unpacked within a budget (zip bombs)', () => {
  it('lists the directory and unpacks the wanted entries of a normal workbook', () => {
    const bytes = makeXlsx([['Serial'], ['PF2ABCDE']]);
    const names = (listZipEntries(bytes) as { name: string }[]).map((e) => e.name);
    expect(names).toContain('xl/worksheets/sheet1.xml');
    expect(hasZipEntry(bytes, 'xl/workbook.xml')).toBe(true);
    const r = unzipWithin(bytes, (n) => n === 'xl/sharedStrings.xml', 1024 * 1024);
    expect(r.ok && new TextDecoder().decode(r.files['xl/sharedStrings.xml'])).toContain('PF2ABCDE');
  });
  it('refuses before unpacking when the declared sizes exceed the budget', () => {
    const bytes = paddedWorkbook(4 * 1024 * 1024);
    expect(bytes.length).toBeLessThan(64 * 1024);
    const r = unzipWithin(bytes, () => true, 1024 * 1024);
    expect(r).toMatchObject({ ok: false, error: 'too-large' });
  });
  it('stops inflating at the budget when the archive lies about the size', () => {
    const lying = declare(paddedWorkbook(8 * 1024 * 1024), 'xl/worksheets/sheet1.xml', 200);
    const r = unzipWithin(lying, () => true, 1024 * 1024);
    expect(r.ok).toBe(false);
    if (r.ok || r.error !== 'too-large') throw new Error('expected too-large');
    // It stopped soon after the budget, not after all 8 MB.
    expect(r.unpackedBytes).toBeGreaterThan(1024 * 1024);
    expect(r.unpackedBytes).toBeLessThan(1024 * 1024 + 20 * 1024 * 1024);
  });
  it('a damaged directory is unreadable, not a crash', () => {
    const bytes = makeXlsx([['Serial'], ['PF2ABCDE']]);
    const cut = bytes.slice(0, bytes.length - 30);
    expect(unzipWithin(cut, () => true, 1024)).toMatchObject({ ok: false, error: 'unreadable' });
    expect(hasZipEntry(new Uint8Array([0x50, 0x4b, 3, 4]), 'xl/workbook.xml')).toBe(false);
  });
});

describe('readXlsx / readDeviceFile: "the workbook is too large unpacked"', () => {
  it('readXlsx reports the size reached and the limit', () => {
    const r = readXlsx(declare(paddedWorkbook(3 * 1024 * 1024), 'xl/worksheets/sheet1.xml', 100), 100_000, 1024 * 1024);
    expect(r).toMatchObject({ ok: false, tooLarge: { maxBytes: 1024 * 1024 } });
  });
  it('a workbook that declares 2 GB unpacked is refused at once with file.xlsx-too-large', async () => {
    const bomb = declare(paddedWorkbook(64 * 1024), 'xl/worksheets/sheet1.xml', 0x7fffffff);
    const started = performance.now();
    const r = await readDeviceFile(bomb, 'bomb.xlsx');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.devices).toEqual([]);
    expect(r.problems.map((p) => p.code)).toEqual(['file.xlsx-too-large']);
    expect(r.problems[0]?.params).toEqual({ unpackedMb: 2049, maxMb: 256 });
    expect(r.problems[0]?.message).toMatch(/^The workbook is too large unpacked: it holds at least 2049 MB, and Boxpilot unpacks at most 256 MB\./);
  });
});
