import { describe, expect, it } from 'vitest';
import { classifyScan } from '../classify/classify-scan';
import { normalizeSymbology } from './symbology';

// A valid EAN-13 check digit: without a symbology these 13 digits are ambiguous (PKID or EAN).
const DIGITS = '4006381333931';

const SPELLINGS: ReadonlyArray<[decoder: string, spelling: string, core: string]> = [
  ['ZXing-JS', 'EAN_13', 'ean-13'],
  ['ZXing-JS', 'EAN_8', 'ean-8'],
  ['ZXing-JS', 'UPC_A', 'upc-a'],
  ['ZXing-JS', 'UPC_E', 'upc-e'],
  ['ZXing-JS', 'CODE_128', 'code-128'],
  ['ZXing-JS', 'CODE_39', 'code-39'],
  ['ZXing-JS', 'CODE_93', 'code-93'],
  ['ZXing-JS', 'ITF', 'itf'],
  ['ZXing-JS', 'DATA_MATRIX', 'datamatrix'],
  ['ZXing-JS', 'QR_CODE', 'qr'],
  ['ZXing-JS', 'PDF_417', 'pdf417'],
  ['ZXing-JS', 'RSS_EXPANDED', 'gs1-databar'],
  ['zxing-wasm 2', 'EAN-13', 'ean-13'],
  ['zxing-wasm 2', 'EAN-8', 'ean-8'],
  ['zxing-wasm 2', 'UPC-A', 'upc-a'],
  ['zxing-wasm 2', 'UPC-E', 'upc-e'],
  ['zxing-wasm 2', 'DataBarExpanded', 'gs1-databar'],
  ['zxing-wasm 3', 'EAN13', 'ean-13'],
  ['zxing-wasm 3', 'EAN8', 'ean-8'],
  ['zxing-wasm 3', 'UPCA', 'upc-a'],
  ['zxing-wasm 3', 'UPCE', 'upc-e'],
  ['zxing-wasm 3', 'Code128', 'code-128'],
  ['zxing-wasm 3', 'Code39', 'code-39'],
  ['zxing-wasm 3', 'Code39Std', 'code-39'],
  ['zxing-wasm 3', 'Code39Ext', 'code-39'],
  ['zxing-wasm 3', 'Code93', 'code-93'],
  ['zxing-wasm 3', 'ITF14', 'itf'],
  ['zxing-wasm 3', 'DataMatrix', 'datamatrix'],
  ['zxing-wasm 3', 'QRCode', 'qr'],
  ['zxing-wasm 3', 'MicroQRCode', 'qr'],
  ['zxing-wasm 3', 'PDF417', 'pdf417'],
  ['zxing-wasm 3', 'Aztec', 'aztec'],
  ['zxing-wasm 3 (label)', 'Code 128', 'code-128'],
  ['zxing-wasm 3 (label)', 'Data Matrix', 'datamatrix'],
  ['BarcodeDetector', 'ean_13', 'ean-13'],
  ['BarcodeDetector', 'ean_8', 'ean-8'],
  ['BarcodeDetector', 'upc_a', 'upc-a'],
  ['BarcodeDetector', 'upc_e', 'upc-e'],
  ['BarcodeDetector', 'code_128', 'code-128'],
  ['BarcodeDetector', 'code_39', 'code-39'],
  ['BarcodeDetector', 'code_93', 'code-93'],
  ['BarcodeDetector', 'itf', 'itf'],
  ['BarcodeDetector', 'data_matrix', 'datamatrix'],
  ['BarcodeDetector', 'qr_code', 'qr'],
  ['BarcodeDetector', 'pdf417', 'pdf417'],
  ['BarcodeDetector', 'codabar', 'codabar'],
  ['AIM', ']E0', 'ean-13'],
  ['AIM', ']E4', 'ean-8'],
  ['AIM', ']C0', 'code-128'],
  ['AIM', ']C1', 'code-128'],
  ['AIM', ']A0', 'code-39'],
  ['AIM', ']G0', 'code-93'],
  ['AIM', ']I0', 'itf'],
  ['AIM', ']d1', 'datamatrix'],
  ['AIM', ']d2', 'datamatrix'],
  ['AIM', ']Q1', 'qr'],
  ['AIM', ']Q3', 'qr'],
  ['AIM', ']L2', 'pdf417'],
  ['core', 'ean-13', 'ean-13'],
  ['core', 'code-128', 'code-128'],
  ['core', 'datamatrix', 'datamatrix'],
];

describe('normalizeSymbology', () => {
  for (const [decoder, spelling, core] of SPELLINGS) {
    it(`${decoder} "${spelling}" → ${core}`, () => {
      expect(normalizeSymbology(spelling)).toBe(core);
    });
  }

  it('keeps an unknown name, lower-cased, and gives undefined for nothing', () => {
    expect(normalizeSymbology('MaxiCode')).toBe('maxicode');
    expect(normalizeSymbology('')).toBeUndefined();
    expect(normalizeSymbology('  ')).toBeUndefined();
    expect(normalizeSymbology(undefined)).toBeUndefined();
    expect(normalizeSymbology(']')).toBeUndefined();
  });
});

describe('classifyScan decides 13 valid-EAN digits by symbology, in every spelling', () => {
  const eanSpellings = SPELLINGS.filter(([, , core]) => core === 'ean-13');
  for (const [decoder, spelling] of eanSpellings) {
    it(`from ${decoder} "${spelling}" they are an EAN (gtin), with no question`, () => {
      const context = spelling.startsWith(']') ? { aim: spelling } : { symbology: spelling };
      expect(classifyScan(DIGITS, context)).toMatchObject({ kind: 'gtin', value: DIGITS, confidence: 'high', symbology: 'ean-13' });
    });
  }

  const pkidSpellings = SPELLINGS.filter(([, , core]) => ['code-128', 'code-39', 'code-93', 'datamatrix', 'qr', 'pdf417'].includes(core));
  for (const [decoder, spelling, core] of pkidSpellings) {
    it(`from ${decoder} "${spelling}" they are a PKID, with no question`, () => {
      const context = spelling.startsWith(']') ? { aim: spelling } : { symbology: spelling };
      const r = classifyScan(DIGITS, context);
      expect(r).toMatchObject({ kind: 'pkid', value: DIGITS, confidence: 'high', symbology: core });
      expect(r.alternatives?.map((a) => a.kind)).toEqual(['gtin']);
    });
  }

  it('the symbology wins over what the box already has: a second Code 128 PKID is a PKID (the next box), not an EAN', () => {
    expect(classifyScan(DIGITS, { symbology: 'Code128', otherKindsOnBox: ['pkid'] })).toMatchObject({ kind: 'pkid', confidence: 'high' });
    expect(classifyScan(DIGITS, { symbology: 'EAN13', otherKindsOnBox: ['gtin'] })).toMatchObject({ kind: 'gtin', confidence: 'high' });
  });

  it('12 and 8 digits from a UPC-A / EAN-8 symbol in any spelling are product codes', () => {
    for (const s of ['UPCA', 'UPC_A', 'upc_a', 'UPC-A']) expect(classifyScan('036000291452', { symbology: s }).kind, s).toBe('gtin');
    for (const s of ['EAN8', 'EAN_8', 'ean_8', 'EAN-8', ']E4']) {
      const context = s.startsWith(']') ? { aim: s } : { symbology: s };
      expect(classifyScan('96385074', context).kind, s).toBe('gtin');
    }
  });

  it('without a symbology the digits stay a question', () => {
    expect(classifyScan(DIGITS).kind).toBe('ambiguous');
    expect(classifyScan(DIGITS, { symbology: 'MaxiCode' }).kind).toBe('ambiguous');
  });
});
