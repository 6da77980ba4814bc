import { formatMessage } from './format';
import type { Problem } from '../../core';
import type { StorageError } from '../../adapters/storage';
import { isMessageCode, problemTemplate } from './problems';
import { localizeParams } from './problem-params';
import { storageErrorText } from './storage-errors';
import { isLocale, pickLocale, type Locale } from './locales';
import { CATALOGS, type MessageKey } from './catalog';

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
  t = (key: MessageKey, params?: Record<string, string | number>): string =>
    formatMessage(CATALOGS[this.#locale][key], params);

  /** A core problem in the current language; the core's own English text for an unknown code. */
  problem = (problem: Problem): string => {
    if (!isMessageCode(problem.code)) return problem.message;
    return formatMessage(problemTemplate(this.#locale, problem.code), localizeParams(this.#locale, problem.params));
  };

  /** A storage adapter error (full disk, another tab …) in the current language. */
  storageError = (error: StorageError): string => storageErrorText(this.#locale, error);
}

export const i18n = new I18n();
