// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import Announcer from './Announcer.svelte';
import { announcer } from '../state/announcer.svelte';
import { i18n } from '../i18n/i18n.svelte';

afterEach(async () => {
  cleanup();
  announcer.dismiss();
  await i18n.setLocale('en');
});

describe('Announcer', () => {
  it('withdraws a message said in the old language when the language changes', async () => {
    render(Announcer);
    announcer.say('Saving failed: the disk is full.', { tone: 'error' });
    flushSync();
    expect(screen.getByText('Saving failed: the disk is full.')).toBeTruthy();
    await i18n.setLocale('da');
    flushSync();
    expect(screen.queryByText('Saving failed: the disk is full.')).toBeNull();
    announcer.say('Gemt.');
    flushSync();
    expect(screen.getByText('Gemt.')).toBeTruthy();
  });
});
