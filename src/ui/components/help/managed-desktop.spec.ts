import { describe, expect, it } from 'vitest';
import { MANAGED_DESKTOP_TAGS } from '../../../core';
import type { MessageKey } from '../../i18n/packs';
import en from '../../i18n/texts/help/en';
import sv from '../../i18n/texts/help/sv';
import da from '../../i18n/texts/help/da';

const helpMessages = { en, sv, da };
import { formatMessage } from '../../i18n/format';
import { profileLabel } from './managed-desktop';

const tIn = (locale: 'en' | 'sv' | 'da') => (key: MessageKey, params?: Record<string, string>) =>
  formatMessage((helpMessages[locale] as Record<string, string>)[key] ?? key, params);

describe('profileLabel', () => {
  it('names every Managed Desktop profile in the language, shared variants included', () => {
    const sv = MANAGED_DESKTOP_TAGS.map((tag) => profileLabel(tag, tIn('sv')));
    expect(sv).toContain('Superanvändare');
    expect(sv).toContain('Känsliga data, delad enhet');
    const da = MANAGED_DESKTOP_TAGS.map((tag) => profileLabel(tag, tIn('da')));
    expect(da).toContain('Kiosk, delt enhed');
    // No profile falls back to English in Danish (every core profile is known here).
    for (const [i, tag] of MANAGED_DESKTOP_TAGS.entries()) {
      if (/Power user|Sensitive data|shared device/.test(tag.profile)) expect(da[i]).not.toBe(tag.profile);
    }
  });

  it('keeps an unknown profile in English', () => {
    const tag = { tag: 'X', generation: 'current' as const, profile: 'Lab' };
    expect(profileLabel(tag, tIn('sv'))).toBe('Lab');
    expect(profileLabel({ ...tag, profile: 'Lab, shared device' }, tIn('sv'))).toBe('Lab, delad enhet');
  });
});
