import { describe, expect, it } from 'vitest';
import { CATALOGS, FEATURES } from './catalog';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('no two features use the same key', () => {
    const seen = new Map<string, number>();
    FEATURES.forEach((feature, index) => {
      for (const key of Object.keys(feature.en)) {
        expect(seen.get(key), `key ${key} is defined twice`).toBeUndefined();
        seen.set(key, index);
      }
    });
  });

  it('translate every key into non-empty text with the same placeholders', () => {
    for (const [key, english] of Object.entries(CATALOGS.en)) {
      for (const locale of ['sv', 'da'] as const) {
        const text = CATALOGS[locale][key as keyof typeof CATALOGS.en];
        expect(text, `${locale} ${key}`).toBeTruthy();
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(english));
      }
    }
  });
});
