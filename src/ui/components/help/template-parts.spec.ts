import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageCode } from '../../../core';
import { problemTemplate } from '../../i18n/problems';
import { PLACEHOLDER_NAMES, PLACEHOLDER_OVERRIDES, templateParts } from './template-parts';

const LOCALES = ['en', 'sv', 'da'] as const;
const CODES = Object.keys(MESSAGES) as MessageCode[];

/** A rule as Help shows it, with each placeholder word in *stars*. */
const shown = (locale: (typeof LOCALES)[number], code: MessageCode): string =>
  templateParts(problemTemplate(locale, code), locale, code)
    .map((p) => ('text' in p ? p.text : `*${p.placeholder}*`))
    .join('');

describe('templateParts', () => {
  it('splits a template into text and readable placeholder words', () => {
    expect(templateParts('A PKID is exactly 13 digits; "{value}" is not.', 'en', 'pkid.format')).toEqual([
      { text: 'A PKID is exactly 13 digits; "' },
      { placeholder: 'value' },
      { text: '" is not.' },
    ]);
    expect(templateParts('{count} enheter ({maxRows})', 'sv', 'rows.split')).toEqual([
      { placeholder: 'antal' },
      { text: ' enheter (' },
      { placeholder: 'radgräns' },
      { text: ')' },
    ]);
  });

  it('keeps a placeholder it has no word for, and plain text as one part', () => {
    expect(templateParts('x {brandNew} y', 'da', 'file.failed')).toEqual([{ text: 'x ' }, { placeholder: 'brandNew' }, { text: ' y' }]);
    expect(templateParts('No placeholders.', 'en', 'file.empty')).toEqual([{ text: 'No placeholders.' }]);
  });

  it('has a word for every placeholder of every core template, in every language', () => {
    for (const locale of ['en', 'sv', 'da'] as const) {
      const names: Record<string, string> = PLACEHOLDER_NAMES[locale];
      for (const code of Object.keys(MESSAGES) as MessageCode[]) {
        const template = problemTemplate(locale, code);
        for (const [, name] of template.matchAll(/\{(\w+)\}/g)) {
          expect(names[name!], `${locale} ${code} {${name}}`).toBeTruthy();
        }
        expect(shown(locale, code), `${locale} ${code}`).not.toMatch(/[{}]/);
      }
    }
  });

  it("gives a rule's own word only for placeholders its template has in every language", () => {
    for (const [code, own] of Object.entries(PLACEHOLDER_OVERRIDES) as [MessageCode, Record<string, unknown>][]) {
      for (const name of Object.keys(own)) {
        for (const locale of LOCALES) expect(problemTemplate(locale, code), `${locale} ${code}`).toContain(`{${name}}`);
      }
    }
  });

  // Seen on a tablet: {expected} is a spelling in the manufacturer rules but a number here, and
  // Help said "the header has *correct spelling*".
  it('says the numbers of row.extra-cells and serial.leading-zeros-lost as numbers, in every language', () => {
    expect(shown('en', 'row.extra-cells')).toBe(
      'This line has *number* cells but the header has *number of columns*; the extra cells were ignored.',
    );
    expect(shown('sv', 'row.extra-cells')).toContain('rubrikraden har *antal kolumner*;');
    expect(shown('da', 'row.extra-cells')).toContain('overskriftsrækken har *antal kolonner*;');
    expect(shown('en', 'serial.leading-zeros-lost')).toContain(
      'has *number* digits while other *model* serials in this file have *the usual number*:',
    );
    expect(shown('sv', 'serial.leading-zeros-lost')).toContain('har *antal* siffror medan andra serienummer för *modell* i filen har *det vanliga antalet*:');
    expect(shown('da', 'serial.leading-zeros-lost')).toContain('har *antal* cifre, mens andre serienumre for *model* i filen har *det sædvanlige antal*:');
  });

  it('says "correct spelling" only where the placeholder is a spelling', () => {
    const spellingRules = ['manufacturer.case', 'manufacturer.alias', 'group-tag.managed-desktop-case'];
    for (const locale of LOCALES) {
      const spelling = `*${PLACEHOLDER_NAMES[locale].expected}*`;
      const saying = CODES.filter((code) => shown(locale, code).includes(spelling));
      expect(saying, locale).toEqual(spellingRules);
    }
  });

  // Each rule's placeholders as Help says them in English, rule by rule: a new rule, or a word
  // changed for one, shows up here to be read in its sentence (the same name can mean different
  // things in different rules). sv and da use the same table (template-parts.ts).
  it('says every placeholder of every rule with a word that fits its sentence', () => {
    const words = Object.fromEntries(
      CODES.map((code) => [code, templateParts(MESSAGES[code], 'en', code).flatMap((p) => ('placeholder' in p ? [p.placeholder] : []))]),
    );
    expect(Object.fromEntries(Object.entries(words).filter(([, w]) => w.length > 0))).toEqual({
      'cleaned.noise': ['field', 'removed characters', 'value'],
      'normalize.not-a-string': ['field'],
      'identifiers.incomplete-tuple': ['missing parts'],
      'corporate.tuple-required': ['missing parts'],
      'pkid.scientific-notation': ['value'],
      'pkid.format': ['value'],
      'serial.generic': ['value'],
      'serial.scientific-notation': ['value'],
      'serial.leading-zeros-lost': ['value', 'number', 'model', 'the usual number'],
      'hash.length': ['number'],
      'manufacturer.case': ['correct spelling', 'value'],
      'manufacturer.alias': ['value', 'correct spelling'],
      'manufacturer.unknown': ['value'],
      'manufacturer.comma': ['value'],
      'model.lenovo-mtm': ['value'],
      'value.not-ascii': ['field', 'character', 'character code'],
      'value.delimiter': ['field'],
      'value.quote': ['field'],
      'value.formula': ['field', 'character', 'character'],
      'group-tag.too-long': ['number'],
      'group-tag.managed-desktop-case': ['correct spelling'],
      'group-tag.managed-desktop-unknown': ['value'],
      'group-tag.managed-desktop-older': ['value', 'year', 'current tag'],
      'assigned-user.not-upn': ['value'],
      'duplicate.in-list': ['device number', 'field', 'value'],
      'duplicate.serial-case': ['device number', 'other serial number'],
      'duplicate.elsewhere': ['field', 'value', 'list name'],
      'rows.split': ['number', 'row limit', 'number'],
      'file.too-large': ['file size', 'size limit'],
      'file.binary': ['file type'],
      'file.xlsx-too-large': ['unpacked size', 'size limit'],
      'file.xlsx-unreadable': ['reason'],
      'file.nul-bytes': ['number'],
      'file.no-header': ['columns'],
      'file.too-many-columns': ['number', 'limit'],
      'file.too-many-rows': ['limit', 'limit'],
      'file.parse-error': ['line number', 'reason'],
      'file.failed': ['reason'],
      'column.unknown': ['column name'],
      'column.duplicate': ['field', 'column name'],
      'row.extra-cells': ['number', 'number of columns'],
      'row.cell-too-long': ['field', 'number', 'limit', 'field'],
      'file.cell-too-long': ['line number', 'field', 'number', 'limit'],
    });
  });
});
