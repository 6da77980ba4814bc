// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import HelpScreen from './HelpScreen.svelte';
import { i18n } from '../i18n/i18n.svelte';
import en from '../i18n/texts/help/en';
import sv from '../i18n/texts/help/sv';
import da from '../i18n/texts/help/da';
import { HELP_SECTIONS } from '../components/help/sections';
import { REGISTRATION_ERRORS } from '../components/help/registration-errors';
import { MESSAGES, MANAGED_DESKTOP_TAGS } from '../../core';

const helpMessages = { en, sv, da };

afterEach(async () => {
  cleanup();
  await i18n.setLocale('en');
});

describe('HelpScreen', () => {
  for (const locale of ['en', 'sv', 'da'] as const) {
    it(`renders every section in ${locale}, with its contents entry`, async () => {
      await i18n.setLocale(locale);
      render(HelpScreen);
      const texts = helpMessages[locale];
      expect(screen.getByRole('heading', { level: 1, name: texts['help.title'] })).toBeTruthy();
      const contents = screen.getByRole('navigation', { name: texts['help.toc.title'] });
      for (const section of HELP_SECTIONS) {
        const heading = screen.getByRole('heading', { level: 2, name: texts[section.title] });
        expect(heading.id).toBe(section.id);
        expect(screen.getByRole('region', { name: texts[section.title] })).toBeTruthy();
        expect(within(contents).getByRole('button', { name: texts[section.title] })).toBeTruthy();
      }
      // A sample of each section's body, in this language.
      for (const key of ['help.upload.step5', 'help.pkid.notEan', 'help.paths.lenovo', 'help.excel.scientific', 'help.errors.808'] as const) {
        expect(screen.getByText(texts[key])).toBeTruthy();
      }
      expect(screen.getByRole('img', { name: texts['help.label.title'] })).toBeTruthy();
    });
  }

  it('lists every check the core can report, every registration error and every Managed Desktop tag', async () => {
    await i18n.setLocale('sv');
    const { container } = render(HelpScreen);
    const listed = [...container.querySelectorAll('[data-code]')].map((el) => el.getAttribute('data-code'));
    expect(listed.sort()).toEqual(Object.keys(MESSAGES).sort());
    const pkidRule = container.querySelector('[data-code="pkid.format"]')!;
    expect(pkidRule.textContent).toContain('Ett PKID består av exakt 13 siffror');
    expect(pkidRule.querySelector('var')?.textContent).toBe('värde');
    // The rule's code is for tests only: a technician never sees one on a flagged row.
    expect(pkidRule.textContent).not.toContain('pkid.format');
    for (const error of REGISTRATION_ERRORS) expect(screen.getByText(error.name)).toBeTruthy();
    for (const tag of MANAGED_DESKTOP_TAGS) expect(screen.getByText(tag.tag)).toBeTruthy();
    expect(screen.getByText('Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model')).toBeTruthy();
  });

  it('follows a language change without reloading', async () => {
    render(HelpScreen);
    expect(screen.getByRole('heading', { level: 2, name: 'Uploading a file in Partner Center' })).toBeTruthy();
    await i18n.setLocale('da');
    flushSync();
    expect(screen.getByRole('heading', { level: 2, name: 'Upload en fil i Partnercenter' })).toBeTruthy();
    expect(screen.queryByText('Uploading a file in Partner Center')).toBeNull();
  });

  it('moves focus to a section from the contents, and back, without touching the URL hash', async () => {
    location.hash = '#/help';
    render(HelpScreen);
    await fireEvent.click(screen.getByRole('button', { name: 'Why Excel breaks device files' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Why Excel breaks device files' }));
    const back = within(screen.getByRole('region', { name: 'Why Excel breaks device files' })).getByRole('button', { name: 'Back to contents' });
    await fireEvent.click(back);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'On this page' }));
    expect(location.hash).toBe('#/help');
  });
});
