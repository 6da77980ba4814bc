import type { Locale } from './define';
import { shellMessages } from './messages/shell';
import { listsMessages } from './messages/lists';
import { settingsMessages } from './messages/settings';
import { importMessages } from './messages/import';
import { exportMessages } from './messages/export';
import { listMessages } from './messages/list';
import { helpMessages } from './messages/help';

// Every feature's messages, merged into one catalog per language. A new feature adds its
// `messages/<feature>.ts` here. Keys are prefixed by feature, so they never collide
// (catalog.spec.ts checks that).
export const FEATURES = [
  shellMessages,
  listsMessages,
  settingsMessages,
  importMessages,
  exportMessages,
  listMessages,
  helpMessages,
] as const;

type Union<T> = T extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = Union<(typeof FEATURES)[number]>;
export type Catalog = Record<MessageKey, string>;

function merge(locale: Locale): Catalog {
  return Object.assign({}, ...FEATURES.map((feature) => feature[locale])) as Catalog;
}

export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en: merge('en'), sv: merge('sv'), da: merge('da') };
