import type { Locale } from './define';
import { isMessagePack, PACK_LOADERS, type MessageKey, type Pack, type Packs } from './packs';

// What has been downloaded, per language. UI texts are merged into one flat map per language
// (keys are prefixed by feature, so they never collide: catalog.spec.ts checks that); the other
// packs (problems, error texts) are kept whole and read by their own modules.

const messages: Record<Locale, Partial<Record<string, string>>> = { en: {}, sv: {}, da: {} };
const packs: Record<Locale, Partial<Packs>> = { en: {}, sv: {}, da: {} };
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

function keep<P extends Pack>(locale: Locale, pack: P, texts: Packs[P]): void {
  packs[locale][pack] = texts;
  if (isMessagePack(pack)) Object.assign(messages[locale], texts);
}

function loadPack(locale: Locale, pack: Pack): Promise<void> {
  if (packs[locale][pack]) return Promise.resolve();
  const id = `${locale}/${pack}`;
  let pending = loading.get(id);
  if (!pending) {
    pending = PACK_LOADERS[pack][locale]()
      .then((module) => {
        keep(locale, pack, module.default);
        for (const listener of listeners) listener();
      })
      // A failed download (offline, no cache) may be tried again later.
      .finally(() => loading.delete(id));
    loading.set(id, pending);
  }
  return pending;
}

/** Downloads these packs in one language (once; concurrent calls share the download). Rejects
 *  when one cannot be fetched. */
export async function loadPacks(locale: Locale, wanted: Iterable<Pack>): Promise<void> {
  await Promise.all([...wanted].map((pack) => loadPack(locale, pack)));
}

export function hasPack(locale: Locale, pack: Pack): boolean {
  return packs[locale][pack] !== undefined;
}

/** Called after each download (the i18n state re-renders anything that waited for texts). */
export function onPackLoaded(listener: () => void): void {
  listeners.add(listener);
}

/** The text of a key, or undefined when its pack has not been loaded in that language. */
export function lookup(locale: Locale, key: MessageKey): string | undefined {
  return messages[locale][key];
}

/** A whole pack in a language, or undefined when it has not been loaded. */
export function packTexts<P extends Pack>(locale: Locale, pack: P): Packs[P] | undefined {
  return packs[locale][pack];
}
