// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import AddIdentifier from './AddIdentifier.svelte';
import type { ListView, Question } from '../state/list/list-view.svelte';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The parts of ListView the field uses; every call is recorded. */
function fakeView(question?: Question) {
  return {
    draft: {},
    dialect: 'partner-center',
    question,
    saveError: undefined,
    saving: false,
    addScan: vi.fn(async (_text: string, _options?: unknown) => undefined),
    saveDraft: vi.fn(async () => true),
    choose: vi.fn(async () => undefined),
    discardDraft: vi.fn(),
    duplicateText: () => '',
  };
}

function setup(question?: Question) {
  const view = fakeView(question);
  render(AddIdentifier, { props: { view: view as unknown as ListView } });
  const input = screen.getByRole('textbox', { name: 'Add identifier' }) as HTMLInputElement;
  return { view, input };
}

describe('AddIdentifier', () => {
  it('sends what was typed on Enter, exactly, and empties the field', async () => {
    const { view, input } = setup();
    await fireEvent.input(input, { target: { value: ' ]C1PF3XYZ12' } });
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(view.addScan).toHaveBeenCalledWith(' ]C1PF3XYZ12', { source: 'typed' });
    expect(input.value).toBe('');
  });

  it('saves the box on Enter in the empty field', async () => {
    const { view, input } = setup();
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(view.saveDraft).toHaveBeenCalledTimes(1);
    expect(view.addScan).not.toHaveBeenCalled();
  });

  it('takes a Tab at scanner speed as the end of a scan, and lets a person’s Tab move focus', async () => {
    const now = vi.spyOn(performance, 'now');
    const { view, input } = setup();
    now.mockReturnValue(1_000);
    await fireEvent.input(input, { target: { value: '5' } });
    await fireEvent.input(input, { target: { value: '5CG1234XYZ' } });
    now.mockReturnValue(1_050);
    const scanned = await fireEvent.keyDown(input, { key: 'Tab' });
    expect(scanned).toBe(false); // default prevented: focus stays for the next scan
    expect(view.addScan).toHaveBeenCalledWith('5CG1234XYZ', { source: 'typed' });

    now.mockReturnValue(5_000);
    await fireEvent.input(input, { target: { value: 'J' } });
    await fireEvent.input(input, { target: { value: 'JX4K2M3' } });
    now.mockReturnValue(8_000);
    expect(await fireEvent.keyDown(input, { key: 'Tab' })).toBe(true);
    expect(view.addScan).toHaveBeenCalledTimes(1);
  });

  it('adds a pasted column one value at a time', async () => {
    const { view, input } = setup();
    const clipboardData = { getData: () => 'JX4K2M3\r\n3258461234567\n' };
    await fireEvent.paste(input, { clipboardData });
    await vi.waitFor(() => expect(view.addScan).toHaveBeenCalledTimes(2));
    expect(view.addScan.mock.calls.map((c) => c[0])).toEqual(['JX4K2M3', '3258461234567']);
  });

  it('asks PKID or EAN with two buttons and passes the answer on', async () => {
    const { view } = setup({
      kind: 'choose',
      value: '4006381333931',
      choices: [
        { kind: 'pkid', value: '4006381333931' },
        { kind: 'gtin', value: '4006381333931' },
      ],
    });
    expect(screen.getByText(/"4006381333931" can be read two ways/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'It is the EAN product barcode (ignore it)' }));
    expect(view.choose).toHaveBeenCalledWith({ kind: 'gtin', value: '4006381333931' });
    expect(screen.getByRole('button', { name: 'It is the PKID' })).toBeTruthy();
  });
});
