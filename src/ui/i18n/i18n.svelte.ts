import { formatMessage } from './format';
import type { StorageError } from '../../adapters/storage';
import { storageErrorText } from './storage-errors';
import { isLocale, pickLocale, type Locale } from './locales';
import { lookup, onMessagesRegistered, type MessageKey } from './catalog';

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
  // Bumped when a screen registers its texts, so anything shown before re-reads them.
  #textsVersion = $state(0);

  constructor() {
    onMessagesRegistered(() => {
      this.#textsVersion += 1;
    });
  }

  get locale(): Locale {
    return this.#locale;
  }

  set locale(next: Locale) {
    this.#locale = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this session.
    }
  }

  /** Translates a key; reading `locale` here makes every caller re-render on a change. */
  t = (key: MessageKey, params?: Record<string, string | number>): string => {
    void this.#textsVersion;
    const text = lookup(this.#locale, key);
    if (text === undefined) {
      // A screen used a key without registering its feature's texts: show the key, and say so
      // loudly (the end-to-end tests fail on console errors).
      console.error(`Boxpilot: no text registered for "${key}"`);
      return key;
    }
    return formatMessage(text, params);
  };

  /** A storage adapter error (full disk, another tab …) in the current language. */
  storageError = (error: StorageError): string => storageErrorText(this.#locale, error);
}

export const i18n = new I18n();
