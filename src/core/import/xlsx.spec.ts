import { describe, expect, it } from 'vitest';
import { makeXlsx, zipOf } from '../test-data/factories';
import { isWorkbook, readXlsx } from './xlsx';

describe('readXlsx', () => {
  it('reads shared strings, numbers (all 13 PKID digits), gaps and the sheet name', () => {
    const bytes = makeXlsx(
      [
        ['Serial', 'PKID', 'Manufacturer', 'Model'],
        ['PF2ABCDE', 3258461234567, 'LENOVO', '20XW0026MX'],
        ['PF2ABCDF', null, 'R&D <lab>', null],
      ],
      'OEM export',
    );
    expect(isWorkbook(bytes)).toBe(true);
    expect(readXlsx(bytes)).toEqual({
      ok: true,
      sheetName: 'OEM export',
      rows: [
        ['Serial', 'PKID', 'Manufacturer', 'Model'],
        ['PF2ABCDE', '3258461234567', 'LENOVO', '20XW0026MX'],
        ['PF2ABCDF', '', 'R&D <lab>'],
      ],
    });
  });
  it('reads inline strings and OOXML escapes', () => {
    const bytes = zipOf({
      'xl/workbook.xml': '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml':
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>A&amp;B_x000D_</t></is></c><c r="C1" t="b"><v>1</v></c></row></sheetData></worksheet>',
    });
    expect(readXlsx(bytes)).toEqual({ ok: true, sheetName: 'S', rows: [['A&B\r', '', 'TRUE']] });
  });
  it('a zip that is not a workbook, or not a zip at all, is not a workbook', () => {
    expect(isWorkbook(zipOf({ 'readme.txt': 'hi' }))).toBe(false);
    expect(isWorkbook(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toBe(false);
    expect(readXlsx(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])).ok).toBe(false);
  });
});
