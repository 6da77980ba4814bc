import { describe, expect, it } from 'vitest';
import { pickLocale } from './locales';

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
