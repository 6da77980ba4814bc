import { describe, expect, it } from 'vitest';
import { fakeHash } from '../test-data/factories';
import { classifyScan } from './classify-scan';

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
    expect(classifyScan('4006381333931', { symbology: 'code-128' })).toMatchObject({ kind: 'pkid', confidence: 'medium' });
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
