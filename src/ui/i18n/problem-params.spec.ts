import { describe, expect, it } from 'vitest';
import { DEVICE_FIELDS } from '../../core';
import { localizeParams } from './problem-params';
import en from './texts/problems/en';
import sv from './texts/problems/sv';
import da from './texts/problems/da';

const FIELD_NAMES = { en: en.fields, sv: sv.fields, da: da.fields };

describe('localizeParams', () => {
  it('names every device field in every language', () => {
    for (const locale of ['en', 'sv', 'da'] as const) {
      expect(Object.keys(FIELD_NAMES[locale]).sort()).toEqual([...DEVICE_FIELDS].sort());
    }
  });

  it('turns a field key into words of the language', () => {
    expect(localizeParams('en', { field: 'serialNumber', value: 'ABC' })).toEqual({ field: 'serial number', value: 'ABC' });
    expect(localizeParams('sv', { field: 'hardwareHash' })).toEqual({ field: 'maskinvaruhash' });
    expect(localizeParams('da', { field: 'groupTag' })).toEqual({ field: 'gruppemærke' });
  });

  it('translates the missing parts of a tuple and keeps anything unknown', () => {
    expect(localizeParams('sv', { missing: 'serial number, manufacturer, model' })).toEqual({
      missing: 'serienummer, tillverkare, modell',
    });
    expect(localizeParams('da', { missing: 'model, colour' })).toEqual({ missing: 'model, colour' });
  });

  it('words a tag generation by its year', () => {
    expect(localizeParams('en', { generation: 'older (2022)' })).toEqual({ generation: 'from 2022' });
    expect(localizeParams('da', { generation: 'older (2022)' })).toEqual({ generation: 'fra 2022' });
    expect(localizeParams('sv', { generation: 'current' })).toEqual({ generation: 'aktuell' });
  });

  it('leaves values, numbers and a field-named value that is not a field untouched', () => {
    expect(localizeParams('sv', { value: 'serialNumber', count: 3, field: 'toString' })).toEqual({
      value: 'serialNumber',
      count: 3,
      field: 'toString',
    });
    expect(localizeParams('sv', undefined)).toBeUndefined();
  });
});

describe('localizeParams: tokens of file and cleaning problems', () => {
  it('says the file type of file.binary in words', () => {
    expect(localizeParams('en', { kind: 'pdf' })).toEqual({ kind: 'a PDF document' });
    expect(localizeParams('sv', { kind: 'png' })).toEqual({ kind: 'en PNG-bild' });
    expect(localizeParams('da', { kind: 'pdf' })).toEqual({ kind: 'et PDF-dokument' });
  });
  it('says the removed noise in words, each kind translated', () => {
    expect(localizeParams('sv', { removed: 'no-break-space, line-break' })).toEqual({ removed: 'hårda mellanslag, radbrytningar' });
    expect(localizeParams('en', { removed: 'zero-width' })).toEqual({ removed: 'zero-width characters' });
  });
  it('names the fields in a column list', () => {
    expect(localizeParams('da', { columns: '1: serialNumber, 3: hardwareHash' })).toEqual({ columns: '1: serienummer, 3: hardware-hash' });
  });
  it('leaves an unknown token as it is rather than hiding it', () => {
    expect(localizeParams('sv', { kind: 'tiff' })).toEqual({ kind: 'tiff' });
  });
});
