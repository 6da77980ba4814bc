export type Locale = 'en' | 'sv' | 'da';

export interface FeatureMessages<K extends string> {
  en: Record<K, string>;
  sv: Record<K, string>;
  da: Record<K, string>;
}

/**
 * One feature's texts. English is the source: its keys are what Swedish and Danish must
 * translate, so a missing or stray translation is a type error, not a blank on screen.
 */
export function defineMessages<const E extends Record<string, string>>(
  en: E,
  translations: { sv: Record<keyof E, string>; da: Record<keyof E, string> },
): FeatureMessages<Extract<keyof E, string>> {
  return { en, ...translations } as FeatureMessages<Extract<keyof E, string>>;
}
