import { describe, expect, it } from 'vitest';
import { storageErrorText } from './storage-errors';
import en from './texts/storage-errors/en';
import sv from './texts/storage-errors/sv';
import da from './texts/storage-errors/da';

const STORAGE_ERROR_TEXTS = { en, sv, da };

// Mirrors StorageErrorCode (src/adapters/storage/errors.ts); the Record type already refuses a
// missing code, this guards against a stray one and an empty text.
const CODES = ['quota-exceeded', 'blocked-by-other-tab', 'version-changed', 'not-found', 'unavailable', 'invalid-backup', 'unknown'];

describe('storage error texts', () => {
  it('cover every code in every language with real, distinct text', () => {
    for (const locale of ['en', 'sv', 'da'] as const) {
      expect(Object.keys(STORAGE_ERROR_TEXTS[locale]).sort()).toEqual([...CODES].sort());
      for (const text of Object.values(STORAGE_ERROR_TEXTS[locale])) expect(text.length).toBeGreaterThan(30);
    }
    for (const code of CODES as (keyof typeof STORAGE_ERROR_TEXTS.en)[]) {
      expect(STORAGE_ERROR_TEXTS.sv[code]).not.toBe(STORAGE_ERROR_TEXTS.en[code]);
      expect(STORAGE_ERROR_TEXTS.da[code]).not.toBe(STORAGE_ERROR_TEXTS.sv[code]);
    }
  });

  it('keeps the store’s own specific English message and translates by code otherwise', () => {
    const error = { code: 'not-found' as const, message: 'The list no longer exists. It may have been deleted in another tab: reload the list.' };
    expect(storageErrorText('en', error)).toBe(error.message);
    expect(storageErrorText('sv', error)).toBe(STORAGE_ERROR_TEXTS.sv['not-found']);
    expect(storageErrorText('da', { code: 'quota-exceeded', message: 'x' })).toContain('lagerplads');
  });

  it('falls back to the message for a code it does not know', () => {
    const odd = { code: 'brand-new' as never, message: 'Something new happened.' };
    expect(storageErrorText('sv', odd)).toBe('Something new happened.');
    expect(storageErrorText('en', { code: 'unknown', message: '' })).toBe(STORAGE_ERROR_TEXTS.en.unknown);
  });
});
