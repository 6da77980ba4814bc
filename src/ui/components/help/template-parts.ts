import { MESSAGES, type MessageCode } from '../../../core';
import type { Locale } from '../../i18n/define';

// Help shows each problem's template with its {param} placeholders as readable words, so a
// technician sees the same sentence as on a flagged row with "value" where the value would be.

/** The placeholder names used in the core's English templates, worked out from the text. */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;
export type Placeholder = PlaceholdersOf<(typeof MESSAGES)[MessageCode]>;
type PlaceholdersIn<C extends MessageCode> = PlaceholdersOf<(typeof MESSAGES)[C]>;

// One word per placeholder name, for what the name means in most rules. Complete by type: a
// placeholder the core adds without a readable name here does not compile. A name can mean
// different things in different rules ({expected} is a spelling in manufacturer.case but a
// number in row.extra-cells): PLACEHOLDER_OVERRIDES below gives those rules their own word.
// (The params are not renamed in the core instead: stored devices and backups keep their
// problems with the params they were raised with.) {length} and {files} are counts in every
// rule ("is {length} characters long", "written as {files} files"), so they read "number".
export const PLACEHOLDER_NAMES: Record<Locale, Record<Placeholder, string>> = {
  en: {
    field: 'field',
    removed: 'removed characters',
    value: 'value',
    missing: 'missing parts',
    length: 'number',
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
    files: 'number',
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
    length: 'antal',
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
    files: 'antal',
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
    length: 'antal',
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
    files: 'antal',
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

// A rule's own word where the generic one reads wrong in its sentence, in every language (so
// none falls back to the wrong generic word). Only the placeholders of that rule's template
// are allowed, by type.
type Words = Record<Locale, string>;
export const PLACEHOLDER_OVERRIDES: { [C in MessageCode]?: Partial<Record<PlaceholdersIn<C>, Words>> } = {
  // "This line has {count} cells but the header has {expected}": the header's number of cells.
  'row.extra-cells': {
    expected: { en: 'number of columns', sv: 'antal kolumner', da: 'antal kolonner' },
  },
  // "…has {length} digits while other {model} serials in this file have {expected}": the
  // length most of that model's serials have.
  'serial.leading-zeros-lost': {
    expected: { en: 'the usual number', sv: 'det vanliga antalet', da: 'det sædvanlige antal' },
  },
};

export type TemplatePart = { text: string } | { placeholder: string };

/** The readable word for one placeholder of one rule (an unnamed one keeps its name). */
export function placeholderWord(code: MessageCode, name: string, locale: Locale): string {
  const own: Partial<Record<string, Words>> = PLACEHOLDER_OVERRIDES[code] ?? {};
  if (Object.prototype.hasOwnProperty.call(own, name)) {
    const word = own[name]?.[locale];
    if (word) return word;
  }
  const names: Record<string, string> = PLACEHOLDER_NAMES[locale];
  return Object.prototype.hasOwnProperty.call(names, name) ? (names[name] ?? name) : name;
}

/** Splits a rule's template into text and readable placeholder words. */
export function templateParts(template: string, locale: Locale, code: MessageCode): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const at = match.index;
    if (at > last) parts.push({ text: template.slice(last, at) });
    const name = match[1] ?? '';
    parts.push({ placeholder: placeholderWord(code, name, locale) });
    last = at + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
