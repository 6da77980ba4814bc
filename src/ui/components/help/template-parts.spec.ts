import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageCode } from '../../../core';
import { problemTemplate } from '../../i18n/problems';
import { PLACEHOLDER_NAMES, templateParts } from './template-parts';

describe('templateParts', () => {
  it('splits a template into text and readable placeholder words', () => {
    expect(templateParts('A PKID is exactly 13 digits; "{value}" is not.', 'en')).toEqual([
      { text: 'A PKID is exactly 13 digits; "' },
      { placeholder: 'value' },
      { text: '" is not.' },
    ]);
    expect(templateParts('{count} enheter ({maxRows})', 'sv')).toEqual([
      { placeholder: 'antal' },
      { text: ' enheter (' },
      { placeholder: 'radgräns' },
      { text: ')' },
    ]);
  });

  it('keeps a placeholder it has no word for, and plain text as one part', () => {
    expect(templateParts('x {brandNew} y', 'da')).toEqual([{ text: 'x ' }, { placeholder: 'brandNew' }, { text: ' y' }]);
    expect(templateParts('No placeholders.', 'en')).toEqual([{ text: 'No placeholders.' }]);
  });

  it('has a word for every placeholder of every core template, in every language', () => {
    for (const locale of ['en', 'sv', 'da'] as const) {
      const names: Record<string, string> = PLACEHOLDER_NAMES[locale];
      for (const code of Object.keys(MESSAGES) as MessageCode[]) {
        const template = problemTemplate(locale, code);
        for (const [, name] of template.matchAll(/\{(\w+)\}/g)) {
          expect(names[name!], `${locale} ${code} {${name}}`).toBeTruthy();
        }
        const shown = templateParts(template, locale).map((p) => ('text' in p ? p.text : p.placeholder)).join('');
        expect(shown, `${locale} ${code}`).not.toMatch(/[{}]/);
      }
    }
  });
});
