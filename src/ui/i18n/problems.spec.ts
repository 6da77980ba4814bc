import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageCode } from '../../core';
import { isMessageCode, problemTemplate } from './problems';
import sv from './texts/problems/sv';
import da from './texts/problems/da';

const PROBLEM_TEXTS = { sv: sv.templates, da: da.templates };

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const codes = Object.keys(MESSAGES) as MessageCode[];

describe('problem translations', () => {
  for (const locale of ['sv', 'da'] as const) {
    it(`${locale}: every core code has a text, with the English placeholders and no stray codes`, () => {
      expect(Object.keys(PROBLEM_TEXTS[locale]).sort()).toEqual([...codes].sort());
      for (const code of codes) {
        const text = PROBLEM_TEXTS[locale][code];
        expect(text.trim().length, `${locale} ${code}`).toBeGreaterThan(10);
        expect(placeholders(text), `${locale} ${code}`).toEqual(placeholders(MESSAGES[code]));
        expect(text, `${locale} ${code} is still English`).not.toBe(MESSAGES[code]);
      }
    });
  }

  it('uses the Microsoft terms of each language, not the English ones', () => {
    expect(PROBLEM_TEXTS.sv['hash.length']).toContain('Maskinvaruhashen');
    expect(PROBLEM_TEXTS.da['hash.length']).toContain('Hardware-hashen');
    expect(PROBLEM_TEXTS.sv['group-tag.too-long']).toContain('Grupptaggen');
    expect(PROBLEM_TEXTS.da['group-tag.too-long']).toContain('Gruppemærket');
    for (const locale of ['sv', 'da'] as const) {
      const all = Object.values(PROBLEM_TEXTS[locale]).join(' ');
      expect(all).not.toMatch(/Partner Center|hardware hash|group tag|serial number/);
      expect(all).toContain('Partnercenter');
    }
  });

  it('gives the template of a language, English from the core', () => {
    expect(problemTemplate('en', 'pkid.format')).toBe(MESSAGES['pkid.format']);
    expect(problemTemplate('sv', 'pkid.format')).toBe(PROBLEM_TEXTS.sv['pkid.format']);
    expect(isMessageCode('pkid.format')).toBe(true);
    expect(isMessageCode('toString')).toBe(false);
    expect(isMessageCode('no.such-code')).toBe(false);
  });
});
