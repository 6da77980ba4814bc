import {
  BINARY_KIND_WORDS,
  FIELD_WORDS,
  NOISE_WORDS,
  type BinaryKind,
  type DeviceField,
  type NoiseKind,
} from '../../core';
import type { Locale } from './define';

// The core fills a few params with tokens or English words (a field key such as "serialNumber",
// a file type such as "pdf", noise kinds, the missing parts of a tuple, a tag's generation).
// These are turned into words of the current language before the template is filled; every
// other param (values, counts) is shown as is. English words come from the core's own tables.

export const FIELD_NAMES: Record<Locale, Record<DeviceField, string>> = {
  en: FIELD_WORDS,
  sv: {
    serialNumber: 'serienummer',
    pkid: 'PKID',
    hardwareHash: 'maskinvaruhash',
    manufacturer: 'tillverkare',
    model: 'modell',
    groupTag: 'grupptagg',
    assignedUser: 'tilldelad användare',
  },
  da: {
    serialNumber: 'serienummer',
    pkid: 'PKID',
    hardwareHash: 'hardware-hash',
    manufacturer: 'producent',
    model: 'model',
    groupTag: 'gruppemærke',
    assignedUser: 'tildelt bruger',
  },
};

const BINARY_KINDS: Record<Locale, Record<BinaryKind, string>> = {
  en: BINARY_KIND_WORDS,
  sv: {
    png: 'en PNG-bild',
    jpeg: 'en JPEG-bild',
    gif: 'en GIF-bild',
    pdf: 'ett PDF-dokument',
    xls: 'en gammal Excel .xls- eller annan Office-fil (spara den som .xlsx)',
    gzip: 'ett gzip-arkiv',
    '7z': 'ett 7-Zip-arkiv',
    rar: 'ett RAR-arkiv',
    exe: 'ett Windows-program',
    elf: 'ett program',
    binary: 'binära data',
  },
  da: {
    png: 'et PNG-billede',
    jpeg: 'et JPEG-billede',
    gif: 'et GIF-billede',
    pdf: 'et PDF-dokument',
    xls: 'en gammel Excel .xls- eller anden Office-fil (gem den som .xlsx)',
    gzip: 'et gzip-arkiv',
    '7z': 'et 7-Zip-arkiv',
    rar: 'et RAR-arkiv',
    exe: 'et Windows-program',
    elf: 'et program',
    binary: 'binære data',
  },
};

const NOISE: Record<Locale, Record<NoiseKind, string>> = {
  en: NOISE_WORDS,
  sv: {
    'outer-space': 'mellanslag i början eller slutet',
    'no-break-space': 'hårda mellanslag',
    'zero-width': 'osynliga tecken med noll bredd',
    'soft-hyphen': 'mjuka bindestreck',
    'smart-quote': 'typografiska citattecken',
    'line-break': 'radbrytningar',
    tab: 'tabbar',
    'group-separator': 'streckkodsavgränsare',
    control: 'styrtecken',
  },
  da: {
    'outer-space': 'mellemrum i starten eller slutningen',
    'no-break-space': 'hårde mellemrum',
    'zero-width': 'usynlige tegn med nul bredde',
    'soft-hyphen': 'bløde bindestreger',
    'smart-quote': 'typografiske anførselstegn',
    'line-break': 'linjeskift',
    tab: 'tabulatorer',
    'group-separator': 'stregkodsseparatorer',
    control: 'kontroltegn',
  },
};

const own = <T extends string>(table: Record<T, string>, key: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key as T] : undefined;

// identifier-sets.ts lists the missing tuple parts in English words.
const TUPLE_PARTS: Record<string, DeviceField> = {
  'serial number': 'serialNumber',
  manufacturer: 'manufacturer',
  model: 'model',
};

const FROM_YEAR: Record<Locale, string> = { en: 'from {year}', sv: 'från {year}', da: 'fra {year}' };
const CURRENT: Record<Locale, string> = { en: 'current', sv: 'aktuell', da: 'aktuel' };

const isField = (value: string): value is DeviceField =>
  Object.prototype.hasOwnProperty.call(FIELD_NAMES.en, value);

function localizeParam(locale: Locale, name: string, value: string | number): string | number {
  if (typeof value !== 'string') return value;
  if (name === 'field' && isField(value)) return FIELD_NAMES[locale][value];
  if (name === 'kind') return own(BINARY_KINDS[locale], value) ?? value;
  if (name === 'removed') return value.split(', ').map((kind) => own(NOISE[locale], kind) ?? kind).join(', ');
  if (name === 'columns') {
    // file.no-header: "1: serialNumber, 3: hardwareHash"
    return value.replace(/(\d+: )(\w+)/g, (all, n: string, field: string) => (isField(field) ? n + FIELD_NAMES[locale][field] : all));
  }
  if (name === 'missing') {
    return value
      .split(', ')
      .map((part) => {
        const field = TUPLE_PARTS[part];
        return field ? FIELD_NAMES[locale][field] : part;
      })
      .join(', ');
  }
  if (name === 'generation') {
    if (value === 'current') return CURRENT[locale];
    const year = /\b\d{4}\b/.exec(value)?.[0];
    if (year) return FROM_YEAR[locale].replace('{year}', year);
  }
  return value;
}

export function localizeParams(
  locale: Locale,
  params: Record<string, string | number> | undefined,
): Record<string, string | number> | undefined {
  if (!params) return params;
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) out[name] = localizeParam(locale, name, value);
  return out;
}
