import type { Locale } from './define';
import type shell from './texts/shell/en';
import type lists from './texts/lists/en';
import type list from './texts/list/en';
import type importTexts from './texts/import/en';
import type exportTexts from './texts/export/en';
import type settings from './texts/settings/en';
import type help from './texts/help/en';
import type scanner from './texts/scanner/en';
import type registration from './texts/registration/en';
import type storageErrors from './texts/storage-errors/en';
import type workerErrors from './texts/worker-errors/en';
import type { ProblemWords } from './texts/problems/words';

// Every text shown to people lives in texts/<pack>/<language>.ts, and only the active language's
// files are downloaded: each is its own chunk (precached for offline use), loaded when the code
// that shows it loads (i18n.use) and again in the other language on a switch (i18n.setLocale).

/** The packs of keyed UI texts, looked up with i18n.t (keys are prefixed by feature). */
export interface MessagePacks {
  shell: typeof shell;
  lists: typeof lists;
  list: typeof list;
  import: typeof importTexts;
  export: typeof exportTexts;
  settings: typeof settings;
  help: typeof help;
  scanner: typeof scanner;
  registration: typeof registration;
}

/** Every pack and the shape of its texts. */
export interface Packs extends MessagePacks {
  problems: ProblemWords;
  'storage-errors': typeof storageErrors;
  'worker-errors': typeof workerErrors;
}

export type Pack = keyof Packs;
export type MessagePack = keyof MessagePacks;
export type MessageKey = { [P in MessagePack]: Extract<keyof MessagePacks[P], string> }[MessagePack];

type Loader<T> = () => Promise<{ default: T }>;

// Written out rather than globbed: the type checker then proves every pack exists in every
// language with its pack's shape.
export const PACK_LOADERS: { [P in Pack]: Record<Locale, Loader<Packs[P]>> } = {
  shell: { en: () => import('./texts/shell/en'), sv: () => import('./texts/shell/sv'), da: () => import('./texts/shell/da') },
  lists: { en: () => import('./texts/lists/en'), sv: () => import('./texts/lists/sv'), da: () => import('./texts/lists/da') },
  list: { en: () => import('./texts/list/en'), sv: () => import('./texts/list/sv'), da: () => import('./texts/list/da') },
  import: { en: () => import('./texts/import/en'), sv: () => import('./texts/import/sv'), da: () => import('./texts/import/da') },
  export: { en: () => import('./texts/export/en'), sv: () => import('./texts/export/sv'), da: () => import('./texts/export/da') },
  settings: { en: () => import('./texts/settings/en'), sv: () => import('./texts/settings/sv'), da: () => import('./texts/settings/da') },
  help: { en: () => import('./texts/help/en'), sv: () => import('./texts/help/sv'), da: () => import('./texts/help/da') },
  scanner: { en: () => import('./texts/scanner/en'), sv: () => import('./texts/scanner/sv'), da: () => import('./texts/scanner/da') },
  registration: {
    en: () => import('./texts/registration/en'),
    sv: () => import('./texts/registration/sv'),
    da: () => import('./texts/registration/da'),
  },
  problems: { en: () => import('./texts/problems/en'), sv: () => import('./texts/problems/sv'), da: () => import('./texts/problems/da') },
  'storage-errors': {
    en: () => import('./texts/storage-errors/en'),
    sv: () => import('./texts/storage-errors/sv'),
    da: () => import('./texts/storage-errors/da'),
  },
  'worker-errors': {
    en: () => import('./texts/worker-errors/en'),
    sv: () => import('./texts/worker-errors/sv'),
    da: () => import('./texts/worker-errors/da'),
  },
};

export const PACKS = Object.keys(PACK_LOADERS) as Pack[];

const MESSAGE_PACKS: ReadonlySet<Pack> = new Set<MessagePack>(['shell', 'lists', 'list', 'import', 'export', 'settings', 'help', 'scanner', 'registration']);

export const isMessagePack = (pack: Pack): pack is MessagePack => MESSAGE_PACKS.has(pack);
