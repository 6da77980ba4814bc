import { describe, expect, it } from 'vitest';
import { utf16beWithBom, utf16leWithBom, utf8, utf8WithBom, windows1252 } from '../test-data/factories';
import { decodeBytes, decodeUtf16le, decodeWindows1252 } from './decode';

describe('decodeBytes', () => {
  it('UTF-16LE with BOM (Windows PowerShell Out-File)', () => {
    expect(decodeBytes(utf16leWithBom('Serial\r\nÅ1\r\n'))).toMatchObject({ text: 'Serial\r\nÅ1\r\n', encoding: 'utf-16le', problems: [] });
  });
  it('UTF-16BE with BOM', () => {
    expect(decodeBytes(utf16beWithBom('Serial,€'))).toMatchObject({ text: 'Serial,€', encoding: 'utf-16be' });
  });
  it('UTF-16LE without BOM is sniffed from its zero bytes', () => {
    expect(decodeBytes(utf16leWithBom('Device Serial Number\r\nABC\r\n').subarray(2))).toMatchObject({ encoding: 'utf-16le', text: 'Device Serial Number\r\nABC\r\n' });
  });
  it('UTF-8 with and without BOM', () => {
    expect(decodeBytes(utf8WithBom('Serienummer;Modell\r\n'))).toMatchObject({ text: 'Serienummer;Modell\r\n', encoding: 'utf-8-bom' });
    expect(decodeBytes(utf8('Malmö'))).toMatchObject({ text: 'Malmö', encoding: 'utf-8' });
  });
  it('Windows-1252 with the real 0x80-0x9F table (not latin1)', () => {
    const bytes = windows1252('€ “Dell” – Malmö ™');
    expect(bytes[0]).toBe(0x80);
    expect(decodeBytes(bytes)).toMatchObject({ text: '€ “Dell” – Malmö ™', encoding: 'windows-1252' });
    expect(decodeWindows1252(new Uint8Array([0x80, 0x81, 0x8d, 0x9f, 0xe9]))).toBe('€\u0081\u008dŸé');
  });
  it('a truncated UTF-16 file (odd byte count) is read with a warning', () => {
    const b = utf16leWithBom('AB\r\nCD');
    const r = decodeBytes(b.subarray(0, b.length - 1));
    expect(r.text).toBe('AB\r\nC');
    expect(r.problems.map((p) => p.code)).toEqual(['file.utf16-truncated']);
  });
  it('NUL bytes are removed and counted', () => {
    const r = decodeBytes(new Uint8Array([0x41, 0x00, 0x42, 0x0d, 0x0a]));
    expect(r.text).toBe('AB\r\n');
    expect(r.problems[0]).toMatchObject({ code: 'file.nul-bytes', params: { count: 1 } });
  });
  it('a broken UTF-8 BOM file is flagged as partly undecodable', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff])).problems[0]?.code).toBe('file.undecodable');
  });
  it('the node decoder reads large files in pieces: same text, a surrogate pair cut between pieces stays whole', () => {
    const piece = 1 << 19;
    // An emoji (two code units) starting on the last code unit of the first piece.
    const head = 'A'.repeat(piece / 2 - 1);
    const text = head + '😀' + 'Device,Å€\r\n'.repeat(60000) + '\u0000end';
    const b = utf16leWithBom(text).subarray(2);
    expect(b.length).toBeGreaterThan(2 * piece);
    const fast = decodeUtf16le(b);
    expect(fast).toBe(text);
    expect(fast).toBe(decodeUtf16le(b, true));
  });
  it('keeps NUL characters in UTF-16 text only when asked (the reader removes them per value)', () => {
    const b = utf16leWithBom('A\u0000B\r\n');
    expect(decodeBytes(b)).toMatchObject({ text: 'AB\r\n', problems: [{ code: 'file.nul-bytes' }] });
    expect(decodeBytes(b, undefined, { keepUtf16Nul: true })).toEqual({ text: 'A\u0000B\r\n', encoding: 'utf-16le', problems: [], nulKept: true });
    // One-byte encodings are always stripped here.
    expect(decodeBytes(new Uint8Array([0x41, 0x00, 0x42]), undefined, { keepUtf16Nul: true })).toMatchObject({ text: 'AB' });
  });
  it('the browser path: ASCII text through its low bytes, anything else through TextDecoder, same text', () => {
    const ascii = 'Device Serial Number,Windows Product ID,Hardware Hash\r\nPF1,,QUJD\u0000\r\n';
    const b = utf16leWithBom(ascii);
    expect(decodeUtf16le(b.subarray(2), true)).toBe(ascii);
    // An odd offset into the buffer (no aligned 16-bit view) reads the same.
    const odd = new Uint8Array(b.length + 1);
    odd.set(b.subarray(2), 1);
    expect(decodeUtf16le(odd.subarray(1, b.length - 1), true)).toBe(ascii);
    // Non-ASCII late in the text: the whole text goes through TextDecoder instead.
    const mixed = ascii.repeat(100) + 'Å€😀\u0080';
    expect(decodeUtf16le(utf16leWithBom(mixed).subarray(2), true)).toBe(mixed);
    expect(decodeBytes(utf16leWithBom('Å'.repeat(3)))).toMatchObject({ text: 'ÅÅÅ', encoding: 'utf-16le' });
  });
  it('the node fast path and TextDecoder agree on UTF-16LE', () => {
    const b = utf16leWithBom('Device Serial Number,Hardware Hash\r\nÅÄÖ,€😀\r\n').subarray(2);
    expect(decodeUtf16le(b)).toBe(decodeUtf16le(b, true));
  });
});
