import type { FeatureMessages, Locale } from './define';
import type { ALL_FEATURES } from './all-features';
import { shellMessages } from './messages/shell';
import { listsMessages } from './messages/lists';

// One catalog per language, filled feature by feature. The first screen's texts (shell and
// lists) are bundled with it; every other screen registers its own texts when its code loads
// (`<script module>` in the screen), which keeps the first download small. Keys are prefixed by
// feature, so they never collide (catalog.spec.ts checks that).

type Union<T> = T extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = Union<(typeof ALL_FEATURES)[number]>;
export type Catalog = Record<MessageKey, string>;

const catalogs: Record<Locale, Partial<Record<string, string>>> = { en: {}, sv: {}, da: {} };
const listeners = new Set<() => void>();

export function registerMessages(...features: FeatureMessages<string>[]): void {
  for (const feature of features) {
    for (const locale of ['en', 'sv', 'da'] as const) Object.assign(catalogs[locale], feature[locale]);
  }
  for (const listener of listeners) listener();
}

/** Called after each registration (the i18n state re-renders what was waiting for texts). */
export function onMessagesRegistered(listener: () => void): void {
  listeners.add(listener);
}

/** The text of a key, or undefined when its screen's texts have not been registered. */
export function lookup(locale: Locale, key: MessageKey): string | undefined {
  return catalogs[locale][key];
}

registerMessages(shellMessages, listsMessages);
