export type Locale = 'en' | 'sv' | 'da';

/**
 * A translation of one English text file (texts/<pack>/en.ts): exactly its keys, so a missing or
 * stray translation is a type error, not a blank on screen. Used as `satisfies Translation<typeof en>`.
 */
export type Translation<English> = Record<keyof English, string>;
