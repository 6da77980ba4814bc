import { describe, expect, it } from 'vitest';
import { CATALOGS, pickLocale } from './locales';

describe('pickLocale', () => {
  it('takes the first supported language, regional variants included', () => {
    expect(pickLocale(['sv-SE', 'en-US'])).toBe('sv');
    expect(pickLocale(['de-DE', 'da-DK', 'en'])).toBe('da');
  });
  it('falls back to English', () => {
    expect(pickLocale(['fi-FI', 'de'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});

describe('catalogs', () => {
  it('translate every key into non-empty text with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, english] of Object.entries(CATALOGS.en)) {
      for (const locale of ['sv', 'da'] as const) {
        const text = CATALOGS[locale][key as keyof typeof CATALOGS.en];
        expect(text, `${locale} ${key}`).toBeTruthy();
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(english));
      }
    }
  });
});
