import { FIELD_WORDS, type DeviceField } from '../../core';
import type { Locale } from './define';
import { packTexts } from './catalog';
import type { ProblemWords } from './texts/problems/words';

// The core fills a few params with tokens or English words (a field key such as "serialNumber",
// a file type such as "pdf", noise kinds, the missing parts of a tuple, a tag's generation).
// These are turned into words of the current language before the template is filled; every
// other param (values, counts) is shown as is. The words are in the problems pack (texts/problems/).

const own = <T extends string>(table: Record<T, string>, key: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key as T] : undefined;

// identifier-sets.ts lists the missing tuple parts in English words.
const TUPLE_PARTS: Record<string, DeviceField> = {
  'serial number': 'serialNumber',
  manufacturer: 'manufacturer',
  model: 'model',
};

const isField = (value: string): value is DeviceField => Object.prototype.hasOwnProperty.call(FIELD_WORDS, value);

function localizeParam(words: ProblemWords, name: string, value: string | number): string | number {
  if (typeof value !== 'string') return value;
  if (name === 'field' && isField(value)) return words.fields[value];
  if (name === 'kind') return own(words.binaryKinds, value) ?? value;
  if (name === 'removed') return value.split(', ').map((kind) => own(words.noise, kind) ?? kind).join(', ');
  if (name === 'columns') {
    // file.no-header: "1: serialNumber, 3: hardwareHash"
    return value.replace(/(\d+: )(\w+)/g, (all, n: string, field: string) => (isField(field) ? n + words.fields[field] : all));
  }
  if (name === 'missing') {
    return value
      .split(', ')
      .map((part) => {
        const field = TUPLE_PARTS[part];
        return field ? words.fields[field] : part;
      })
      .join(', ');
  }
  if (name === 'generation') {
    if (value === 'current') return words.current;
    const year = /\b\d{4}\b/.exec(value)?.[0];
    if (year) return words.fromYear.replace('{year}', year);
  }
  return value;
}

export function localizeParams(
  locale: Locale,
  params: Record<string, string | number> | undefined,
): Record<string, string | number> | undefined {
  const words = packTexts(locale, 'problems');
  // Without its pack (problems.ts awaits it) the params are shown as the core wrote them.
  if (!params || !words) return params;
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) out[name] = localizeParam(words, name, value);
  return out;
}
