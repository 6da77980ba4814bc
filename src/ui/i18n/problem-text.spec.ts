import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from './i18n.svelte';
import { problemText } from './problem-text';
import type { Problem } from '../../core';

const problem = (code: string, params: Problem['params'], message = 'English from the core'): Problem => ({
  code,
  severity: 'error',
  message,
  ...(params ? { params } : {}),
});

describe('problemText and i18n.storageError', () => {
  afterEach(async () => {
    await i18n.setLocale('en');
  });

  it('fills the template of the current language with localized field names', async () => {
    const p = problem('value.quote', { field: 'serialNumber' });
    await i18n.setLocale('en');
    expect(problemText(p)).toBe('The serial number contains a quotation mark, which these files must not contain. Remove it.');
    await i18n.setLocale('sv');
    expect(problemText(p)).toBe('Fältet serienummer innehåller ett citattecken, och sådana får inte finnas i de här filerna. Ta bort det.');
    await i18n.setLocale('da');
    expect(problemText(problem('pkid.format', { value: '12345' }))).toContain('det gør "12345" ikke');
  });

  it('shows the core’s own message for a code it does not know', async () => {
    await i18n.setLocale('sv');
    expect(problemText(problem('future.rule', {}, 'Something new.'))).toBe('Something new.');
  });

  it('translates a storage error by its code', async () => {
    await i18n.setLocale('da');
    expect(i18n.storageError({ code: 'blocked-by-other-tab', message: 'Another tab…' })).toMatch(/^En anden Boxpilot-fane/);
  });

  it('words a registration outcome by the feature text under its code (806 in Swedish)', async () => {
    await i18n.setLocale('sv');
    expect(problemText(problem('registration.already-registered', undefined))).toBe('Redan registrerad för den här kunden (806). Inget att göra.');
    expect(problemText(problem('no.such-code', undefined))).toBe('English from the core');
  });
});
