// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import AddIdentifier from './AddIdentifier.svelte';
import type { PendingQuestion } from '../../core';
import type { ListView } from '../state/list/list-view.svelte';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The parts of ListView the field uses; every call is recorded. */
function fakeView(question?: PendingQuestion) {
  const box = {
    draft: {},
    device: undefined,
    state: { box: { id: 'b1', steps: [], openedAt: 0 }, questions: question ? [question] : [], version: 1 },
    questions: question ? [question] : [],
    unsaved: [],
    writing: false,
    canUndo: false,
    openedAt: undefined,
    choose: vi.fn(async () => undefined),
    addAnyway: vi.fn(async () => undefined),
    dismiss: vi.fn(async () => undefined),
    clearField: vi.fn(async () => undefined),
    retryUnsaved: vi.fn(async () => undefined),
    duplicateText: () => '',
  };
  return {
    box,
    list: { id: 'l1' },
    importOpen: false,
    exportOpen: false,
    focusRequest: undefined,
    dialect: 'partner-center',
    rowNumber: () => 0,
    addScan: vi.fn(async (_text: string, _options?: unknown) => ({ kind: 'taken' })),
    nextBox: vi.fn(async () => undefined),
    undoLastCode: vi.fn(async () => undefined),
  };
}

function setup(question?: PendingQuestion) {
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

  it('has focus when the list opens, so a scanner burst right away lands', async () => {
    const { input } = setup();
    await vi.waitFor(() => expect(document.activeElement).toBe(input));
  });

  it('closes the box ("Next box") on Enter in the empty field', async () => {
    const { view, input } = setup();
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(view.nextBox).toHaveBeenCalledTimes(1);
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

  it('adds a pasted column one value at a time, every line in order (1,000 lines)', async () => {
    const { view, input } = setup();
    const lines = Array.from({ length: 1_000 }, (_, i) => `SN${String(i).padStart(6, '0')}`);
    const clipboardData = { getData: () => lines.join('\r\n') + '\n' };
    await fireEvent.paste(input, { clipboardData });
    await vi.waitFor(() => expect(view.addScan).toHaveBeenCalledTimes(1_000));
    expect(view.addScan.mock.calls.map((c) => c[0])).toEqual(lines);
  });

  it('asks PKID or EAN with two buttons and passes the answer on', async () => {
    const { view } = setup({
      kind: 'choose',
      id: 'q1',
      target: { box: 'b1' },
      askedAt: 0,
      value: '4006381333931',
      choices: [
        { kind: 'pkid', value: '4006381333931' },
        { kind: 'gtin', value: '4006381333931' },
      ],
    });
    expect(screen.getByText(/"4006381333931" can be read two ways/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'It is the EAN product barcode (ignore it)' }));
    expect(view.box.choose).toHaveBeenCalledWith(expect.objectContaining({ id: 'q1' }), { kind: 'gtin', value: '4006381333931' });
    expect(screen.getByRole('button', { name: 'It is the PKID' })).toBeTruthy();
  });
});
