import { describe, expect, it } from 'vitest';
import { PACK_LOADERS, type Pack } from './packs';
import svExport from './texts/export/sv';
import daExport from './texts/export/da';
import svSettings from './texts/settings/sv';
import daSettings from './texts/settings/da';

// One word for one thing on every screen, as Microsoft's own Swedish and Danish localisations say
// it (seen on a tablet: "Partnercenter" on the list, Settings and Help but "Partner Center" on the
// Export and Register panels; "Ladda ner" beside "Ladda ned", "Hent" beside "Download").

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

async function everyText(locale: 'sv' | 'da'): Promise<string[]> {
  const packs = Object.keys(PACK_LOADERS) as Pack[];
  const loaded = await Promise.all(packs.map((pack) => PACK_LOADERS[pack][locale]()));
  return loaded.flatMap((module) => strings(module.default));
}

describe('Swedish and Danish terms', () => {
  for (const locale of ['sv', 'da'] as const) {
    it(`${locale}: says "Partnercenter", never "Partner Center"`, async () => {
      const texts = await everyText(locale);
      expect(texts.filter((t) => t.includes('Partner Center'))).toEqual([]);
      expect(texts.filter((t) => t.includes('Partnercenter')).length).toBeGreaterThan(20);
    });
  }

  it('sv: "Ladda ned", never "Ladda ner"', async () => {
    expect((await everyText('sv')).filter((t) => /ladda(s)? ner/i.test(t))).toEqual([]);
    expect(svExport['export.download']).toBe('Ladda ned');
    expect(svSettings['settings.backup.download']).toMatch(/^Ladda ned /);
  });

  it('da: "Download", never "Hent", for what the browser downloads', () => {
    expect(daExport['export.download']).toBe('Download');
    expect(daExport['export.downloaded']).toMatch(/^Downloadet: /);
    expect(daSettings['settings.backup.download']).toMatch(/^Download /);
  });
});
