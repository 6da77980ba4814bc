import { describe, expect, it } from 'vitest';
import { normalizeDevice } from './normalize';

describe('normalizeDevice', () => {
  it('keeps only known string fields and drops empty ones', () => {
    const r = normalizeDevice({ serialNumber: 'ABC1234', pkid: '', model: '  ', colour: 'red', groupTag: 'Sales' });
    expect(r.device).toEqual({ serialNumber: 'ABC1234', groupTag: 'Sales' });
    expect(r.cleaned).toEqual([]);
  });

  it('cleans noise and reports each cleaned field as info', () => {
    const r = normalizeDevice({ serialNumber: 'ABC1234\r\n', manufacturer: 'Dell\u00a0Inc.' }, { index: 3 });
    expect(r.device).toEqual({ serialNumber: 'ABC1234', manufacturer: 'Dell Inc.' });
    expect(r.cleaned.map((p) => [p.code, p.field, p.severity, p.index])).toEqual([
      ['cleaned.noise', 'serialNumber', 'info', 3],
      ['cleaned.noise', 'manufacturer', 'info', 3],
    ]);
    // The param keeps the stable noise tokens (the UI translates them); the message says words.
    expect(r.cleaned[0]?.params?.removed).toBe('line-break');
    expect(r.cleaned[0]?.message).toContain('from the serial number (line breaks)');
  });

  it('removes whitespace inside a hardware hash', () => {
    const r = normalizeDevice({ hardwareHash: 'QUJD\r\nREVG Rw==' });
    expect(r.device.hardwareHash).toBe('QUJDREVGRw==');
    expect(r.cleaned.map((p) => p.code)).toContain('cleaned.hash-whitespace');
  });

  it('drops a number instead of guessing its digits (3.25846e12 would print as a wrong PKID)', () => {
    const r = normalizeDevice({ pkid: 3.25846e12, serialNumber: 'A1' });
    expect(r.device).toEqual({ serialNumber: 'A1' });
    expect(r.cleaned.map((p) => [p.code, p.field, p.severity])).toEqual([['normalize.not-a-string', 'pkid', 'warning']]);
  });

  it('shows only the start of a cleaned hash in the message', () => {
    const r = normalizeDevice({ hardwareHash: '\u200b' + 'QUJD'.repeat(100) });
    expect(r.cleaned[0]?.params?.value).toBe('QUJDQUJDQUJD…');
  });

  it('never throws on garbage', () => {
    const hostile = Object.defineProperty({}, 'serialNumber', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    for (const input of [null, undefined, 42, 'x', [], [1], hostile, { serialNumber: { a: 1 } }, { pkid: Symbol('s') }]) {
      const r = normalizeDevice(input);
      expect(typeof r.device).toBe('object');
      expect(Array.isArray(r.cleaned)).toBe(true);
    }
    expect(normalizeDevice({ serialNumber: { a: 1 } }).cleaned[0]?.code).toBe('normalize.not-a-string');
    expect(normalizeDevice('x').cleaned[0]?.code).toBe('normalize.not-an-object');
    expect(normalizeDevice(undefined).cleaned).toEqual([]);
  });

  it('with a NUL counter, removes NUL characters silently and counts them (the file reports them once)', () => {
    const nul = { count: 0 };
    const r = normalizeDevice({ serialNumber: 'JX4K\u00002L3\u0000', model: 'A\u0000B\u200b' }, { line: 2 }, { nul });
    expect(r.device).toEqual({ serialNumber: 'JX4K2L3', model: 'AB' });
    expect(nul.count).toBe(3);
    expect(r.cleaned.map((p) => [p.field, p.params?.removed])).toEqual([['model', 'zero-width']]);
    // Without the counter a NUL is a control character like any other.
    expect(normalizeDevice({ serialNumber: 'JX4K\u00002L3' }).cleaned[0]?.params?.removed).toBe('control');
  });
});
