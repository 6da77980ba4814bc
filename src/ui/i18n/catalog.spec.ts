import { describe, expect, it, vi } from 'vitest';
import { PACK_LOADERS, PACKS, isMessagePack, type MessagePack } from './packs';
import { FIRST_SCREEN_PACKS } from './first-screen-packs';

// Names used, plain ({count}) or as a plural choice ({count|device|devices}).
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]).sort();
const plurals = (s: string) => [...s.matchAll(/\{(\w+)\|[^|{}]*\|[^|{}]*\}/g)].map((m) => m[1]).sort();

const messagePacks = PACKS.filter(isMessagePack);
const texts = async (pack: MessagePack, locale: 'en' | 'sv' | 'da') =>
  (await PACK_LOADERS[pack][locale]()).default as Record<string, string>;

describe('text packs', () => {
  it('no two packs use the same key', async () => {
    const seen = new Map<string, string>();
    for (const pack of messagePacks) {
      for (const key of Object.keys(await texts(pack, 'en'))) {
        expect(seen.get(key), `key ${key} is in ${seen.get(key)} and ${pack}`).toBeUndefined();
        seen.set(key, pack);
      }
    }
  });

  it('translate every key into non-empty text with the same placeholders, and nothing more', async () => {
    for (const pack of messagePacks) {
      const english = await texts(pack, 'en');
      for (const locale of ['sv', 'da'] as const) {
        const translated = await texts(pack, locale);
        expect(Object.keys(translated).sort(), `${locale} ${pack}`).toEqual(Object.keys(english).sort());
        for (const [key, source] of Object.entries(english)) {
          const text = translated[key]!;
          expect(text.trim(), `${locale} ${key}`).toBeTruthy();
          expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(source));
          expect(plurals(text), `${locale} ${key}: plural choices`).toEqual(plurals(source));
        }
      }
    }
  });

  it('has a file in every language for every pack, and the first screen names real packs', () => {
    for (const pack of PACKS) expect(Object.keys(PACK_LOADERS[pack]).sort()).toEqual(['da', 'en', 'sv']);
    for (const pack of FIRST_SCREEN_PACKS) expect(PACKS).toContain(pack);
  });
});

describe('loading texts', () => {
  // A fresh catalog and i18n state, without the setup's preloaded packs.
  async function fresh() {
    vi.resetModules();
    const catalog = await import('./catalog');
    const { i18n } = await import('./i18n.svelte');
    return { ...catalog, i18n };
  }

  it('downloads a pack in one language only, once, however many ask at the same time', async () => {
    const { loadPacks, lookup, hasPack } = await fresh();
    expect(lookup('sv', 'help.title')).toBeUndefined();
    await Promise.all([loadPacks('sv', ['help']), loadPacks('sv', ['help'])]);
    expect(lookup('sv', 'help.title')).toBe((await texts('help', 'sv'))['help.title']);
    expect(hasPack('sv', 'help')).toBe(true);
    expect(hasPack('en', 'help')).toBe(false);
    expect(hasPack('da', 'help')).toBe(false);
    expect(lookup('da', 'help.title')).toBeUndefined();
  });

  it('switches language only once every pack in use is there in the new one', async () => {
    const { i18n, hasPack } = await fresh();
    await i18n.setLocale('en');
    i18n.use('shell', 'help');
    await i18n.ready();
    expect(hasPack('da', 'help')).toBe(false);
    expect(await i18n.setLocale('da')).toBe('switched');
    expect(i18n.locale).toBe('da');
    expect(hasPack('da', 'shell') && hasPack('da', 'help')).toBe(true);
    expect(hasPack('sv', 'help')).toBe(false);
    expect(i18n.t('nav.help')).toBe((await texts('shell', 'da'))['nav.help']);
  });

  it('keeps the language when the new one cannot be downloaded, and may try again', async () => {
    const { i18n } = await fresh();
    await i18n.setLocale('en');
    i18n.use('shell');
    await i18n.ready();
    const { PACK_LOADERS: loaders } = await import('./packs');
    const real = loaders.shell.sv;
    loaders.shell.sv = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      expect(await i18n.setLocale('sv')).toBe('failed');
      expect(i18n.locale).toBe('en');
    } finally {
      loaders.shell.sv = real;
    }
    expect(await i18n.setLocale('sv')).toBe('switched');
    expect(i18n.t('nav.help')).toBe((await texts('shell', 'sv'))['nav.help']);
  });

  it('a later choice wins over one still downloading', async () => {
    const { i18n } = await fresh();
    await i18n.setLocale('en');
    i18n.use('shell');
    await i18n.ready();
    const first = i18n.setLocale('sv');
    const second = i18n.setLocale('da');
    expect(await Promise.all([first, second])).toEqual(['superseded', 'switched']);
    expect(i18n.locale).toBe('da');
  });
});
