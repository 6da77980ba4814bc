import { MESSAGES, type MessageCode } from '../../../core';
import type { Locale } from '../../i18n/define';

// Help shows each problem's template with its {param} placeholders as readable words, so a
// technician sees the same sentence as on a flagged row with "value" where the value would be.

/** The placeholder names used in the core's English templates, worked out from the text. */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;
export type Placeholder = PlaceholdersOf<(typeof MESSAGES)[MessageCode]>;

// Complete by type: a placeholder the core adds without a readable name here does not compile.
export const PLACEHOLDER_NAMES: Record<Locale, Record<Placeholder, string>> = {
  en: {
    field: 'field',
    removed: 'removed characters',
    value: 'value',
    missing: 'missing parts',
    length: 'length',
    model: 'model',
    expected: 'correct spelling',
    char: 'character',
    codePoint: 'character code',
    generation: 'year',
    current: 'current tag',
    other: 'device number',
    otherValue: 'other serial number',
    list: 'list name',
    count: 'number',
    maxRows: 'row limit',
    files: 'number of files',
    sizeMb: 'file size',
    maxMb: 'size limit',
    unpackedMb: 'unpacked size',
    kind: 'file type',
    reason: 'reason',
    columns: 'columns',
    max: 'limit',
    line: 'line number',
    header: 'column name',
  },
  sv: {
    field: 'fält',
    removed: 'borttagna tecken',
    value: 'värde',
    missing: 'det som saknas',
    length: 'längd',
    model: 'modell',
    expected: 'rätt stavning',
    char: 'tecken',
    codePoint: 'teckenkod',
    generation: 'år',
    current: 'aktuell tagg',
    other: 'enhetsnummer',
    otherValue: 'andra serienumret',
    list: 'listnamn',
    count: 'antal',
    maxRows: 'radgräns',
    files: 'antal filer',
    sizeMb: 'filstorlek',
    maxMb: 'storleksgräns',
    unpackedMb: 'uppackad storlek',
    kind: 'filtyp',
    reason: 'orsak',
    columns: 'kolumner',
    max: 'gräns',
    line: 'radnummer',
    header: 'kolumnnamn',
  },
  da: {
    field: 'felt',
    removed: 'fjernede tegn',
    value: 'værdi',
    missing: 'det manglende',
    length: 'længde',
    model: 'model',
    expected: 'korrekt stavemåde',
    char: 'tegn',
    codePoint: 'tegnkode',
    generation: 'år',
    current: 'aktuelt mærke',
    other: 'enhedsnummer',
    otherValue: 'andet serienummer',
    list: 'listenavn',
    count: 'antal',
    maxRows: 'rækkegrænse',
    files: 'antal filer',
    sizeMb: 'filstørrelse',
    maxMb: 'størrelsesgrænse',
    unpackedMb: 'udpakket størrelse',
    kind: 'filtype',
    reason: 'årsag',
    columns: 'kolonner',
    max: 'grænse',
    line: 'linjenummer',
    header: 'kolonnenavn',
  },
};

export type TemplatePart = { text: string } | { placeholder: string };

/** Splits a template into text and readable placeholder words (an unnamed one keeps its name). */
export function templateParts(template: string, locale: Locale): TemplatePart[] {
  const names: Record<string, string> = PLACEHOLDER_NAMES[locale];
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const at = match.index;
    if (at > last) parts.push({ text: template.slice(last, at) });
    const name = match[1] ?? '';
    parts.push({ placeholder: Object.prototype.hasOwnProperty.call(names, name) ? (names[name] ?? name) : name });
    last = at + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
