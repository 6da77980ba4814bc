import { formatMessage } from './format';
import type { StorageError } from '../../adapters/storage';
import { storageErrorText } from './storage-errors';
import { isLocale, pickLocale, type Locale } from './locales';
import { loadPacks, lookup, onPackLoaded } from './catalog';
import type { MessageKey, Pack } from './packs';

// The chosen language lives in localStorage, not IndexedDB: it is needed synchronously to
// paint the first screen, and losing it costs nothing (the browser's language is the default).
const STORAGE_KEY = 'boxpilot.locale';

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage can be blocked by browser policy; the browser's language still works.
  }
  return pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

class I18n {
  #locale = $state<Locale>(initialLocale());
  // Bumped when a pack arrives, so anything shown before re-reads its texts.
  #textsVersion = $state(0);
  // Every pack some loaded code needs: a language switch downloads all of them first.
  #needed = new Set<Pack>();
  #switch = 0;

  constructor() {
    onPackLoaded(() => {
      this.#textsVersion += 1;
    });
  }

  get locale(): Locale {
    return this.#locale;
  }

  /**
   * Declares the texts a piece of code shows and starts their download in the active language.
   * Screens and components call it in their `<script module>`; whoever loads that code waits
   * for `ready` before showing it (App's screens, RegisterEntry's panel), so no key flashes.
   */
  use = (...wanted: Pack[]): void => {
    for (const pack of wanted) this.#needed.add(pack);
    // A failure is not lost: `ready` downloads again and rejects with it.
    loadPacks(this.#locale, wanted).catch(() => undefined);
  };

  /** Every declared pack in the active language; rejects when one could not be downloaded. */
  ready = (): Promise<void> => loadPacks(this.#locale, this.#needed);

  /** Code loaded on demand, resolved once it and the texts it declared are here. */
  withTexts = async <T>(loading: Promise<T>): Promise<T> => {
    const module = await loading;
    await this.ready();
    return module;
  };

  /**
   * Switches once every needed pack is there in the new language. 'failed' when a download failed
   * (offline before the app was cached): the language stays as it was. 'superseded' when another
   * choice came while this one downloaded: that one wins, and this one is not to be stored.
   */
  setLocale = async (next: Locale): Promise<'switched' | 'failed' | 'superseded'> => {
    const attempt = ++this.#switch;
    try {
      // A screen may load (and need more) while this downloads: repeat until nothing is missing.
      let count: number;
      do {
        count = this.#needed.size;
        await loadPacks(next, this.#needed);
      } while (this.#needed.size !== count);
    } catch {
      return attempt === this.#switch ? 'failed' : 'superseded';
    }
    if (attempt !== this.#switch) return 'superseded';
    this.#locale = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this session.
    }
    return 'switched';
  };

  /** Translates a key; reading `locale` here makes every caller re-render on a change. */
  t = (key: MessageKey, params?: Record<string, string | number>): string => {
    void this.#textsVersion;
    const text = lookup(this.#locale, key);
    if (text === undefined) {
      // Code used a key without needing its pack: show the key, and say so loudly (the
      // end-to-end tests fail on console errors).
      console.error(`Boxpilot: no text loaded for "${key}"`);
      return key;
    }
    return formatMessage(text, params);
  };

  /** A storage adapter error (full disk, another tab …) in the current language. */
  storageError = (error: StorageError): string => {
    void this.#textsVersion;
    return storageErrorText(this.#locale, error);
  };
}

export const i18n = new I18n();
