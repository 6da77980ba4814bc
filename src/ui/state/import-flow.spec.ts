import { describe, expect, it, vi } from 'vitest';
import * as core from '../../core';
import type { Device } from '../../core';

// The worker is replaced by the core itself, in-process: the flow's own logic is under test.
// It answers values as the bridge does: { ok: true, value } or { ok: false, error: { code } }.
const calls: string[] = [];
let holdRead: Promise<void> | undefined;
let readFails: { code: string } | undefined;
vi.mock('../../workers/core-bridge', () => ({
  coreWorker: {
    readDeviceFile: async (bytes: ArrayBuffer, name: string, options: core.ReadOptions, call: { signal?: AbortSignal; transfer?: unknown[] } = {}) => {
      calls.push(`read ${JSON.stringify({ columns: options.columns, hasHeader: options.hasHeader, transferred: call.transfer?.[0] === bytes })}`);
      if (readFails) return { ok: false, error: readFails };
      if (call.signal?.aborted) return { ok: false, error: { code: 'aborted' } };
      if (holdRead) {
        const aborted = await new Promise<boolean>((resolve) => {
          call.signal?.addEventListener('abort', () => resolve(true));
          void holdRead!.then(() => resolve(false));
        });
        if (aborted) return { ok: false, error: { code: 'aborted' } };
      }
      return { ok: true, value: await core.readDeviceFile(new Uint8Array(bytes), name, options) };
    },
    validateDevices: async (devices: Device[], dialect: core.Dialect, { elsewhere, ...o }: { elsewhere?: Record<string, Record<string, string>> }) => ({
      ok: true,
      value: core.validateDevices(devices, dialect, { ...o, findElsewhere: (f, v) => elsewhere?.[f]?.[v] }),
    }),
  },
}));

const { ImportFlow } = await import('./import-flow.svelte');

const csv = (text: string) => new File([text], 'list.csv', { type: 'text/csv' });
const file = csv('Serial;Maker;Article;PKID\r\nPF1;LENOVO;20XW0026MX;1234567890123\r\nPF2;LENOVO;20XW0026MX;12345\r\n');

function flow(existing: Device[] = [], elsewhere: Record<string, string> = {}) {
  return new ImportFlow({
    list: () => ({ name: 'Week 12', dialect: 'partner-center' }),
    existing: () => existing,
    findElsewhere: async () => (_field, value) => elsewhere[value],
  });
}

describe('ImportFlow', () => {
  it('reads, then previews with detection, counts and per-line problems; nothing is added by itself', async () => {
    const f = flow([{ serialNumber: 'PF1', pkid: '1234567890123' }]);
    await f.choose(file);
    expect(f.phase).toBe('preview');
    expect(f.result?.detected).toMatchObject({ delimiter: ';', hasHeader: true });
    expect(f.preview?.counts).toMatchObject({ devices: 2, errors: 2, inList: 1 });
    expect(f.items({ onlyValid: false, withCopies: true }).map((d) => d.sourceDetail)).toEqual(['list.csv:2', 'list.csv:3']);
    expect(f.items({ onlyValid: false, withCopies: false }).map((d) => d.sourceDetail)).toEqual(['list.csv:3']);
    expect(f.items({ onlyValid: true, withCopies: true })).toEqual([]);
  });

  it('a changed column reads the file again with the whole mapping, and a field moves, never doubles', async () => {
    const f = flow();
    await f.choose(file);
    const article = f.result!.detected.columns.findIndex((c) => c.header === 'Article');
    expect(f.result!.detected.columns[article]!.field).toBeNull();
    calls.length = 0;
    await f.remap(article, 'model');
    expect(calls).toHaveLength(1);
    expect(f.result!.detected.columns[article]!.field).toBe('model');
    expect(f.preview!.rows[0]!.device.model).toBe('20XW0026MX');
    const serial = f.result!.detected.columns.findIndex((c) => c.field === 'serialNumber');
    await f.remap(article, 'serialNumber');
    expect(f.result!.detected.columns[serial]!.field).toBeNull();
    expect(f.preview!.rows[0]!.device.serialNumber).toBe('20XW0026MX');
  });

  it('the header choice is passed to the reader', async () => {
    const f = flow();
    await f.choose(file);
    await f.setHasHeader(false);
    expect(calls.at(-1)).toContain('"hasHeader":false');
    expect(f.result?.detected.hasHeader).toBe(false);
  });

  it('reports duplicates in other lists from the snapshot', async () => {
    const f = flow([], { PF1: 'Last week' });
    await f.choose(file);
    expect(f.preview?.counts.elsewhere).toBe(1);
  });

  it('cancel while reading: nothing to add, and the flow says it was cancelled', async () => {
    let release!: () => void;
    holdRead = new Promise((r) => (release = r));
    const f = flow();
    const reading = f.choose(file);
    await vi.waitFor(() => expect(f.phase).toBe('reading'));
    f.cancel();
    await reading;
    release();
    holdRead = undefined;
    expect(f.phase).toBe('cancelled');
    expect(f.items({ onlyValid: false, withCopies: true })).toEqual([]);
  });

  it('a worker that crashed or could not start leaves a code to word, no preview and no English text', async () => {
    const f = flow();
    for (const code of ['worker-crashed', 'unavailable'] as const) {
      readFails = { code };
      await f.choose(file);
      expect(f.phase).toBe('failed');
      expect(f.failure).toEqual({ code });
      expect(f.preview).toBeUndefined();
    }
    readFails = undefined;
    await f.choose(file);
    expect(f.phase).toBe('preview');
    expect(f.failure).toBeUndefined();
    expect(calls.at(-1)).toContain('"transferred":true'); // the bytes are handed over, not copied
  });

  it('a file the core cannot use shows the core’s problem, not an exception', async () => {
    const f = flow();
    await f.choose(new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])], 'scan.pdf'));
    expect(f.phase).toBe('preview');
    expect(f.fileProblems.map((p) => p.code)).toEqual(['file.binary']);
    expect(f.preview?.counts.devices).toBe(0);
  });
});
