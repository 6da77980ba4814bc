import type { DeviceField } from '../../core';
import type { Locale } from './define';

// The core fills a few params with English or code words (a field key such as "serialNumber",
// the missing parts of a tuple, a tag's generation). These are turned into words of the current
// language before the template is filled; every other param (values, counts) is shown as is.

export const FIELD_NAMES: Record<Locale, Record<DeviceField, string>> = {
  en: {
    serialNumber: 'serial number',
    pkid: 'PKID',
    hardwareHash: 'hardware hash',
    manufacturer: 'manufacturer',
    model: 'model',
    groupTag: 'group tag',
    assignedUser: 'assigned user',
  },
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
