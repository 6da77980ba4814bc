import { describe, expect, it } from 'vitest';
import { fakeHash } from '../test-data/factories';
import { classifyScan, MAX_SCAN_LENGTH } from './classify-scan';

describe('classifyScan', () => {
  it('a 13-digit number with an invalid EAN check digit is a PKID, high confidence', () => {
    expect(classifyScan('3258461234567')).toMatchObject({ kind: 'pkid', value: '3258461234567', confidence: 'high' });
  });

  it('a 13-digit number with a valid check digit is ambiguous without context', () => {
    const r = classifyScan('4006381333931');
    expect(r.kind).toBe('ambiguous');
    expect(r.confidence).toBe('low');
    expect(r.alternatives?.map((a) => a.kind)).toEqual(['pkid', 'gtin']);
    expect(r.explanation).toMatch(/PKID or the EAN-13/);
  });

  it('context settles the ambiguous 13 digits', () => {
    expect(classifyScan('4006381333931', { symbology: 'ean-13' })).toMatchObject({ kind: 'gtin', confidence: 'high' });
    expect(classifyScan(']E04006381333931')).toMatchObject({ kind: 'gtin', symbology: 'ean-13' });
    expect(classifyScan('4006381333931', { symbology: 'code-128' })).toMatchObject({ kind: 'pkid', confidence: 'high' });
    expect(classifyScan('4006381333931', { otherKindsOnBox: ['pkid'] })).toMatchObject({ kind: 'gtin', confidence: 'medium' });
    expect(classifyScan('4006381333931', { otherKindsOnBox: ['gtin'] })).toMatchObject({ kind: 'pkid', confidence: 'medium' });
  });

  it('takes the AIM prefix from the context when the scanner sends it apart', () => {
    expect(classifyScan('4006381333931', { aim: ']E0' })).toMatchObject({ kind: 'gtin', symbology: 'ean-13' });
    expect(classifyScan('0109506000134352' + '21SN9', { aim: ']C1' })).toMatchObject({ kind: 'serial', value: 'SN9' });
  });

  it('names product keys and Windows Product IDs as "not a PKID"', () => {
    expect(classifyScan('vk7jg-nphtm-c97jm-9mpgt-3v66t')).toMatchObject({ kind: 'product-key', value: 'VK7JG-NPHTM-C97JM-9MPGT-3V66T' });
    expect(classifyScan('00330-80000-00000-AA123')).toMatchObject({ kind: 'windows-product-id' });
    expect(classifyScan('00330-80000-00000-AA123').explanation).toMatch(/not a PKID/);
  });

  it('recognises a hardware hash and strips its line breaks', () => {
    const h = fakeHash(1);
    const r = classifyScan(h.slice(0, 2000) + '\r\n' + h.slice(2000));
    expect(r).toMatchObject({ kind: 'hardware-hash', value: h, confidence: 'high' });
  });

  it('refuses a value longer than any code whole, never cutting it into a "hash" (issue 10)', () => {
    const typed = fakeHash(2).repeat(7).slice(0, 25_000);
    const r = classifyScan(typed);
    expect(r).toMatchObject({ kind: 'unknown', refused: 'too-long', value: '', raw: typed });
    expect(r.explanation).toMatch(/^25000 characters/);
    expect(classifyScan('A'.repeat(MAX_SCAN_LENGTH + 1)).refused).toBe('too-long');
  });

  it('takes only base64 of a plausible hash length as a hash; other long base64-like text is refused (spec §3)', () => {
    expect(classifyScan('A1b2'.repeat(2500))).toMatchObject({ kind: 'unknown', refused: 'not-a-hash' }); // 10,000 alphanumerics
    expect(classifyScan(fakeHash(3).slice(0, 1000))).toMatchObject({ kind: 'unknown', refused: 'not-a-hash' }); // cut short
    expect(classifyScan('A' + fakeHash(3))).toMatchObject({ kind: 'unknown', refused: 'not-a-hash' }); // not a multiple of 4
    expect(classifyScan('Q'.repeat(200))).toMatchObject({ refused: 'not-a-hash' });
    expect(classifyScan(fakeHash(4))).toMatchObject({ kind: 'hardware-hash', confidence: 'high' });
    expect(classifyScan(fakeHash(4)).refused).toBeUndefined();
    // Ordinary codes are untouched.
    expect(classifyScan('7XK2QH3')).toMatchObject({ kind: 'serial' });
    expect(classifyScan('Latitude 5440 with a long marketing name')).toMatchObject({ kind: 'model' });
  });

  it('reads GS1 element strings with AIM prefix and GS separators', () => {
    const r = classifyScan(']C1' + '0109506000134352' + '21SN12345\u001d' + '240ABC-1');
    expect(r).toMatchObject({ kind: 'serial', value: 'SN12345', confidence: 'high', symbology: 'code-128' });
    expect(r.alternatives?.map((a) => [a.kind, a.value])).toEqual([
      ['gtin', '09506000134352'],
      ['model', 'ABC-1'],
    ]);
  });

  it('reads parenthesised GS1 text and GS1 DataMatrix', () => {
    expect(classifyScan('(01)09506000134352(21)ABC9')).toMatchObject({ kind: 'serial', value: 'ABC9' });
    expect(classifyScan(']d2' + '0109506000134352' + '21XYZ')).toMatchObject({ kind: 'serial', value: 'XYZ', symbology: 'datamatrix' });
    expect(classifyScan('(01)09506000134352')).toMatchObject({ kind: 'gtin', value: '09506000134352' });
  });

  it('reads Lenovo 1S as machine type model + serial', () => {
    const r = classifyScan('1S20XW0026MXPF2ABCDE');
    expect(r).toMatchObject({ kind: 'serial', value: 'PF2ABCDE', confidence: 'high' });
    expect(r.extra).toEqual({ model: '20XW0026MX', serialNumber: 'PF2ABCDE', manufacturer: 'LENOVO' });
  });

  it("removes HP's leading S but offers the whole text", () => {
    const r = classifyScan('S5CG1234ABC');
    expect(r).toMatchObject({ kind: 'serial', value: '5CG1234ABC' });
    expect(r.alternatives?.[0]?.value).toBe('S5CG1234ABC');
    // A 7-character Dell tag that starts with S keeps its S.
    expect(classifyScan('SABC123')).toMatchObject({ kind: 'serial', value: 'SABC123' });
  });

  it('reads an ISO 15434 envelope and quantity', () => {
    expect(classifyScan('[)>\u001e06\u001dS5CG1234ABC\u001d1P6F2A7EA\u001e\u0004')).toMatchObject({
      kind: 'serial',
      value: '5CG1234ABC',
      extra: { model: '6F2A7EA' },
    });
    expect(classifyScan('Q5').kind).toBe('unknown');
  });

  it('recognises manufacturers and returns the firmware spelling', () => {
    expect(classifyScan('Dell Inc.')).toMatchObject({ kind: 'manufacturer', value: 'Dell Inc.', confidence: 'high' });
    expect(classifyScan('lenovo')).toMatchObject({ kind: 'manufacturer', value: 'LENOVO', confidence: 'medium' });
  });

  it('recognises a Lenovo machine type model', () => {
    expect(classifyScan('20XW0026MX')).toMatchObject({ kind: 'model', confidence: 'medium' });
  });
  it('rejects generic firmware serials', () => {
    const r = classifyScan('To be filled by O.E.M.');
    expect(r.kind).toBe('unknown');
    expect(r.explanation).toMatch(/placeholder/);
  });

  it('strips scanner noise and reports it', () => {
    const r = classifyScan('\u00a0JX4K2L3\u200b\r\n');
    expect(r).toMatchObject({ kind: 'serial', value: 'JX4K2L3', raw: '\u00a0JX4K2L3\u200b\r\n' });
    expect(r.cleaned?.[0]?.code).toBe('cleaned.noise');
  });

  it('flags Excel scientific notation', () => {
    expect(classifyScan('3.25846E+12')).toMatchObject({ kind: 'unknown' });
  });

  it('12 digits: UPC by symbology, ambiguous with a Surface serial otherwise', () => {
    expect(classifyScan('036000291452', { symbology: 'upc-a' }).kind).toBe('gtin');
    expect(classifyScan('036000291452').kind).toBe('ambiguous');
    expect(classifyScan('036000291453').kind).toBe('serial');
  });

  it('never throws, whatever it is given', () => {
    for (const v of ['', ']', ']C1', '(01)', '\u001d', '[)>\u001e06\u001d', 'x'.repeat(100000), undefined as unknown as string]) {
      expect(typeof classifyScan(v).kind).toBe('string');
    }
    expect(classifyScan('').kind).toBe('unknown');
  });
});

// Spec §2: HP and Lenovo formats come from weak sources, hints not rules (identifiers/ten-characters.ts).
describe('classifyScan: 10 characters, HP serial or Lenovo machine type model', () => {
  it('a value that only fits the HP serial shape is a serial, with no model alternative', () => {
    for (const v of ['5CG1234XYZ', '8CG0213ABC', '2UA1234567', 'CND8452T6Q', 'MXL1234567']) {
      const r = classifyScan(v);
      expect(r, v).toMatchObject({ kind: 'serial', value: v, confidence: 'medium' });
      expect(r.alternatives, v).toBeUndefined();
      expect(r.explanation).toMatch(/HP serial number/);
    }
  });

  it('a value that only fits the Lenovo MTM shape is a model', () => {
    for (const v of ['20XW0026MX', '21AH00BUGE', '82XV0012US', '11DT003AUK']) {
      const r = classifyScan(v);
      expect(r, v).toMatchObject({ kind: 'model', value: v, confidence: 'medium' });
      expect(r.alternatives, v).toBeUndefined();
      expect(r.explanation).toMatch(/Lenovo machine type model/);
    }
  });

  it('a value that fits both is ambiguous, with both readings and an explanation', () => {
    for (const v of ['20XW002612', '2012345678']) {
      const r = classifyScan(v);
      expect(r, v).toMatchObject({ kind: 'ambiguous', value: v, confidence: 'low' });
      expect(r.alternatives?.map((a) => [a.kind, a.value])).toEqual([
        ['serial', v],
        ['model', v],
      ]);
      expect(r.explanation).toMatch(/HP serial number or a Lenovo machine type model/);
      for (const a of r.alternatives ?? []) expect(a.explanation.length).toBeGreaterThan(10);
    }
  });

  it("the box's manufacturer settles it: HP → serial, LENOVO → model", () => {
    expect(classifyScan('20XW002612', { manufacturer: 'HP' })).toMatchObject({ kind: 'serial', confidence: 'medium' });
    expect(classifyScan('20XW002612', { manufacturer: 'HP' }).alternatives?.map((a) => a.kind)).toEqual(['model']);
    expect(classifyScan('20XW002612', { manufacturer: 'LENOVO' })).toMatchObject({ kind: 'model', confidence: 'medium' });
    expect(classifyScan('20XW002612', { manufacturer: 'LENOVO' }).alternatives?.map((a) => a.kind)).toEqual(['serial']);
    // Another maker says nothing about HP or Lenovo shapes: still ask.
    expect(classifyScan('20XW002612', { manufacturer: 'Dell Inc.' }).kind).toBe('ambiguous');
  });

  it('what is already on the box settles it: a serial → the model, a model → the serial', () => {
    expect(classifyScan('20XW002612', { otherKindsOnBox: ['serial'] })).toMatchObject({ kind: 'model' });
    expect(classifyScan('20XW002612', { otherKindsOnBox: ['model'] })).toMatchObject({ kind: 'serial' });
    expect(classifyScan('20XW002612', { otherKindsOnBox: ['serial', 'model'] }).kind).toBe('ambiguous');
  });

  it("a prefix settles it: HP's leading S is a serial, 1P is a part/model number", () => {
    expect(classifyScan('S20XW002612')).toMatchObject({ kind: 'serial', value: '20XW002612' });
    expect(classifyScan('S5CG1234XYZ')).toMatchObject({ kind: 'serial', value: '5CG1234XYZ' });
    expect(classifyScan('1P20XW002612')).toMatchObject({ kind: 'model', value: '20XW002612', confidence: 'medium' });
    expect(classifyScan('1P20XW0026MX')).toMatchObject({ kind: 'model', value: '20XW0026MX', confidence: 'medium' });
  });

  it('ten characters that fit neither typical shape stay a serial (low-key HP hint)', () => {
    expect(classifyScan('AB12345678')).toMatchObject({ kind: 'serial', confidence: 'medium' });
    expect(classifyScan('A1B2C3D4E5').kind).toBe('serial');
  });
});
