import type { Locale } from './define';

export type { Locale };

export const LOCALES: readonly { id: Locale; name: string }[] = [
  { id: 'en', name: 'English' },
  { id: 'sv', name: 'Svenska' },
  { id: 'da', name: 'Dansk' },
];

/** The first of the browser's preferred languages that Boxpilot speaks; English otherwise. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'sv' || base === 'da' || base === 'en') return base;
  }
  return 'en';
}

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'sv' || value === 'da';
}
