import { formatMessage } from './format';
import { MESSAGES, type MessageCode, type Problem } from '../../core';
import { PROBLEM_TEXTS } from './problems';
import { STORAGE_ERROR_TEXTS } from './storage-errors';
import type { StorageError } from '../../adapters/storage';
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

  /** A core problem in the current language; the core's own English text when untranslated. */
  problem = (problem: Problem): string => {
    const code = problem.code as MessageCode;
    const template = this.#locale === 'en' ? MESSAGES[code] : PROBLEM_TEXTS[this.#locale][code];
    return template ? formatMessage(template, problem.params) : problem.message;
  };

  /** A storage error in the current language; its own English message otherwise. */
  storageError = (error: StorageError): string =>
    (this.#locale === 'en' ? undefined : STORAGE_ERROR_TEXTS[this.#locale][error.code]) ?? error.message;
}

export const i18n = new I18n();
