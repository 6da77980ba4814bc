import { describe, expect, it } from 'vitest';
import { cleanValue } from './noise';

describe('cleanValue', () => {
  it('returns clean printable ASCII untouched', () => {
    expect(cleanValue('5CG1234ABC')).toEqual({ value: '5CG1234ABC', cleaned: [] });
    expect(cleanValue('Dell Inc.')).toEqual({ value: 'Dell Inc.', cleaned: [] });
  });

  it('trims outer spaces and reports them', () => {
    expect(cleanValue('  ABC123 ')).toEqual({ value: 'ABC123', cleaned: ['outer-space'] });
  });

  it('turns a no-break space into a space', () => {
    expect(cleanValue('Dell\u00a0Inc.')).toEqual({ value: 'Dell Inc.', cleaned: ['no-break-space'] });
  });

  it('removes zero-width characters, soft hyphens and smart quotes', () => {
    const r = cleanValue('\u201cAB\u200bC\u00ad12\u200d3\u201d');
    expect(r.value).toBe('ABC123');
    expect(new Set(r.cleaned)).toEqual(new Set(['smart-quote', 'zero-width', 'soft-hyphen']));
  });

  it('removes CR, LF, TAB, GS and other control characters', () => {
    const r = cleanValue('\tABC\u001d123\r\n\u0007');
    expect(r.value).toBe('ABC123');
    expect(new Set(r.cleaned)).toEqual(new Set(['tab', 'group-separator', 'line-break', 'control']));
  });

  it('keeps GS when asked (GS1 parsing needs it)', () => {
    expect(cleanValue('0109506000134352\u001d21ABC\r\n', { keepGroupSeparator: true }).value).toBe(
      '0109506000134352\u001d21ABC',
    );
  });

  it('keeps other non-ASCII characters for validation to flag', () => {
    expect(cleanValue('Café').value).toBe('Café');
  });

  it('keeps case, leading zeros and hyphens exactly (spec §1)', () => {
    expect(cleanValue('0012-ab-CD').value).toBe('0012-ab-CD');
  });

  it('handles the empty string and whitespace-only values', () => {
    expect(cleanValue('')).toEqual({ value: '', cleaned: [] });
    expect(cleanValue(' \u00a0 ').value).toBe('');
  });
});
