import { describe, expect, it } from 'vitest';
import { splitAimPrefix } from './aim';
import { parseDataIdentifier, parseEnvelope } from './data-identifiers';
import { isGenericSerial } from './generic-serials';
import { hasValidGs1CheckDigit, parseParenthesisedGs1, parseRawGs1 } from './gs1';
import { isBase64, looksLikeHash } from './hash';
import { matchManufacturer, KNOWN_MANUFACTURERS } from './manufacturers';
import { isPkid, isScientificNotation } from './pkid';
import { isProductKey, isWindowsProductId } from './product-key';

describe('GS1', () => {
  it('checks the mod-10 check digit of EAN-13, EAN-8, UPC-A and GTIN-14', () => {
    expect(hasValidGs1CheckDigit('4006381333931')).toBe(true);
    expect(hasValidGs1CheckDigit('4006381333932')).toBe(false);
    expect(hasValidGs1CheckDigit('73513537')).toBe(true);
    expect(hasValidGs1CheckDigit('036000291452')).toBe(true);
    expect(hasValidGs1CheckDigit('09506000134352')).toBe(true);
    expect(hasValidGs1CheckDigit('12AB')).toBe(false);
  });
  it('parses parenthesised element strings', () => {
    expect(parseParenthesisedGs1('(01)09506000134352(21)SN-77(240)5R8P1EA')).toEqual([
      { ai: '01', label: 'GTIN', value: '09506000134352' },
      { ai: '21', label: 'serial number', value: 'SN-77' },
      { ai: '240', label: 'additional product id', value: '5R8P1EA' },
    ]);
    expect(parseParenthesisedGs1('01)095')).toBeNull();
  });
  it('parses raw element strings: fixed AIs run on, variable AIs end at GS', () => {
    expect(parseRawGs1('0109506000134352' + '21ABC123\u001d' + '10LOT7')?.map((e) => [e.ai, e.value])).toEqual([
      ['01', '09506000134352'],
      ['21', 'ABC123'],
      ['10', 'LOT7'],
    ]);
    expect(parseRawGs1('\u001d0109506000134352')?.[0]?.value).toBe('09506000134352');
    expect(parseRawGs1('99')).toBeNull();
    expect(parseRawGs1('01123')).toBeNull();
  });
});

describe('AIM symbology prefixes', () => {
  it('recognises prefixes and GS1 modifiers', () => {
    expect(splitAimPrefix(']C1011234')).toEqual({ aim: { id: ']C1', symbology: 'code-128', gs1: true }, rest: '011234' });
    expect(splitAimPrefix(']C0ABC')?.aim.gs1).toBe(false);
    expect(splitAimPrefix(']d2xx')?.aim).toEqual({ id: ']d2', symbology: 'datamatrix', gs1: true });
    expect(splitAimPrefix(']Q3xx')?.aim.symbology).toBe('qr');
    expect(splitAimPrefix(']E04006381333931')?.aim.symbology).toBe('ean-13');
    expect(splitAimPrefix(']A0CODE39')?.aim.symbology).toBe('code-39');
    expect(splitAimPrefix('ABC')).toBeNull();
    expect(splitAimPrefix(']')).toBeNull();
  });
});

describe('ANSI MH10.8.2 data identifiers', () => {
  it('splits Lenovo 1S into machine type model and serial', () => {
    expect(parseDataIdentifier('1S20XW0026MXPF2ABCDE')).toEqual({
      di: '1S',
      kind: 'lenovo-serial',
      value: '20XW0026MXPF2ABCDE',
      mtm: '20XW0026MX',
      serial: 'PF2ABCDE',
    });
  });
  it('reads S, P, 1P and Q', () => {
    expect(parseDataIdentifier('S5CG1234ABC')?.kind).toBe('serial');
    expect(parseDataIdentifier('1P20XW0026MX')?.kind).toBe('part');
    expect(parseDataIdentifier('Q10')).toEqual({ di: 'Q', kind: 'quantity', value: '10' });
    expect(parseDataIdentifier('QABC')).toBeNull();
  });
  it('reads an ISO/IEC 15434 envelope', () => {
    const fields = parseEnvelope('[)>\u001e06\u001dS5CG1234ABC\u001d1PABC-123\u001e\u0004');
    expect(fields?.map((f) => [f.di, f.value])).toEqual([
      ['S', '5CG1234ABC'],
      ['1P', 'ABC-123'],
    ]);
  });
});

describe('identifier shapes', () => {
  it('PKID is exactly 13 digits', () => {
    expect(isPkid('3258461234567')).toBe(true);
    expect(isPkid('325846123456')).toBe(false);
    expect(isPkid('325846123456X')).toBe(false);
  });
  it('recognises Excel scientific notation', () => {
    for (const v of ['3.25846E+12', '3,25846E+12', '1E+11', '3.25846e+12']) expect(isScientificNotation(v)).toBe(true);
    expect(isScientificNotation('3258461234567')).toBe(false);
  });
  it('recognises product keys and Windows Product IDs', () => {
    expect(isProductKey('VK7JG-NPHTM-C97JM-9MPGT-3V66T')).toBe(true);
    expect(isWindowsProductId('00330-80000-00000-AA123')).toBe(true);
    expect(isWindowsProductId('00331-10000-00001-AA588')).toBe(true);
    expect(isWindowsProductId('55041-007-1234567-86123')).toBe(true);
    expect(isProductKey('3258461234567')).toBe(false);
  });
  it('base64 and hash shape', () => {
    expect(isBase64('QUJD')).toBe(true);
    expect(isBase64('QUI=')).toBe(true);
    expect(isBase64('QUJ')).toBe(false);
    expect(isBase64('QU=D')).toBe(false);
    expect(isBase64('QU D')).toBe(false);
    expect(looksLikeHash('QUJD'.repeat(100))).toBe(true);
    expect(looksLikeHash('QUJD')).toBe(false);
  });
  it('rejects generic firmware serials in any case and spacing', () => {
    for (const v of ['To be filled by O.E.M.', 'TO BE FILLED BY O.E.M.', 'Default string', 'System Serial Number', '0', '123456789', '0000000', 'XXXXXXXX']) {
      expect(isGenericSerial(v)).toBe(true);
    }
    for (const v of ['5CG1234ABC', 'PF2ABCDE', 'JX4K2L3', '012345678901']) expect(isGenericSerial(v)).toBe(false);
  });
  it('matches manufacturers exactly, by case, or by alias', () => {
    expect(matchManufacturer('Dell Inc.').kind).toBe('exact');
    expect(matchManufacturer('LENOVO').kind).toBe('exact');
    expect(matchManufacturer('Lenovo')).toMatchObject({ kind: 'case', known: { name: 'LENOVO' } });
    expect(matchManufacturer('hp')).toMatchObject({ kind: 'case', known: { name: 'HP' } });
    expect(matchManufacturer('Dell')).toMatchObject({ kind: 'alias', known: { name: 'Dell Inc.' } });
    expect(matchManufacturer('ASUS')).toMatchObject({ kind: 'alias', known: { name: 'ASUSTeK COMPUTER INC.' } });
    expect(matchManufacturer('Contoso Computers').kind).toBe('unknown');
  });
  it('marks only the comma-bearing Samsung name as not CSV-safe', () => {
    expect(KNOWN_MANUFACTURERS.filter((m) => !m.csvSafe).map((m) => m.name)).toEqual(['Samsung Electronics Co., Ltd.']);
    for (const m of KNOWN_MANUFACTURERS) expect(m.csvSafe).toBe(!m.name.includes(','));
  });
});
