// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import * as core from '../../../core';
import type { NewDevice } from '../../../adapters/storage';

// The worker is replaced by the core itself, in-process (as in import-flow.spec.ts).
vi.mock('../../../workers/core-bridge', () => ({
  coreWorker: {
    readDeviceFile: async (bytes: ArrayBuffer, name: string, options: core.ReadOptions) => ({
      ok: true,
      value: await core.readDeviceFile(new Uint8Array(bytes), name, options),
    }),
    validateDevices: async (devices: core.Device[], dialect: core.Dialect, { elsewhere: _e, ...o }: { elsewhere?: unknown }) => ({
      ok: true,
      value: core.validateDevices(devices, dialect, o),
    }),
  },
}));

const { default: ImportDialog } = await import('./ImportDialog.svelte');

// jsdom has no modal dialogs: open/close by attribute, close fires the event the app listens to.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
  this.removeAttribute('open');
  this.dispatchEvent(new Event('close'));
};

afterEach(() => cleanup());

const csv = 'Serial;Maker;Article;PKID\r\nPF1;LENOVO;20XW0026MX;3258461234567\r\nPF2;LENOVO;20XW0026MX;3258461234574\r\nPF3;LENOVO;20XW0026MX;3258461234581\r\n';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('ImportDialog adding', () => {
  it('shows "Saving N of M" while saving, and after a full disk part way offers only the rest', async () => {
    const calls: { items: NewDevice[]; progress: (saved: number, total: number) => void; done: ReturnType<typeof deferred<unknown>> }[] = [];
    const onclose = vi.fn();
    render(ImportDialog, {
      props: {
        list: { name: 'Week 12', dialect: 'partner-center' },
        existing: [],
        file: new File([csv], 'three.csv', { type: 'text/csv' }),
        onadd: (items: NewDevice[], progress: (saved: number, total: number) => void) => {
          const done = deferred<unknown>();
          calls.push({ items, progress, done });
          return done.promise;
        },
        onclose,
      },
    });
    const add = await screen.findByRole('button', { name: 'Add 3 devices' }, { timeout: 5000 });
    await fireEvent.click(add);
    expect(calls[0]!.items.map((i) => i.device.serialNumber)).toEqual(['PF1', 'PF2', 'PF3']);
    calls[0]!.progress(1, 3);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saving 1 of 3 devices …'));
    expect(screen.getByRole('progressbar', { name: 'Progress saving the devices' })).toBeTruthy();

    // The second chunk hits a full disk: the first is stored (and in the list), the rest is not.
    calls[0]!.done.resolve({ ok: false, error: { code: 'quota-exceeded', message: 'full' }, saved: [{}] });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^The device storage is full: 1 of 3 devices were saved and are in the list, the other 2 were not\./));
    expect(onclose).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByRole('button', { name: 'Add 2 devices' }));
    expect(calls[1]!.items.map((i) => i.device.serialNumber)).toEqual(['PF2', 'PF3']);
    calls[1]!.progress(2, 2);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saving 3 of 3 devices …'));
    calls[1]!.done.resolve({ ok: true, value: [{}, {}] });
    await waitFor(() => expect(onclose).toHaveBeenCalled());
  });
});
