import { describe, expect, it } from 'vitest';
import { ALL_FEATURES } from './all-features';
import { lookup, registerMessages, type MessageKey } from './catalog';

// Names used, plain ({count}) or as a plural choice ({count|device|devices}).
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]).sort();
const plurals = (s: string) => [...s.matchAll(/\{(\w+)\|[^|{}]*\|[^|{}]*\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('no two features use the same key', () => {
    const seen = new Set<string>();
    for (const feature of ALL_FEATURES) {
      for (const key of Object.keys(feature.en)) {
        expect(seen.has(key), `key ${key} is defined twice`).toBe(false);
        seen.add(key);
      }
    }
  });

  it('translate every key into non-empty text with the same placeholders', () => {
    for (const feature of ALL_FEATURES) {
      for (const [key, english] of Object.entries(feature.en)) {
        for (const locale of ['sv', 'da'] as const) {
          const text = (feature[locale] as Record<string, string>)[key];
          expect(text, `${locale} ${key}`).toBeTruthy();
          expect(placeholders(text!), `${locale} ${key}`).toEqual(placeholders(english));
          expect(plurals(text!), `${locale} ${key}: plural choices`).toEqual(plurals(english));
        }
      }
    }
  });

  it('has the first screen\'s texts at once and another screen\'s only once registered', async () => {
    expect(lookup('sv', 'lists.new')).toBe('Ny lista');
    const { helpMessages } = await import('./messages/help');
    const key = Object.keys(helpMessages.en)[0] as MessageKey;
    registerMessages(helpMessages);
    expect(lookup('da', key)).toBe((helpMessages.da as Record<string, string>)[key]);
  });
});
