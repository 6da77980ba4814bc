import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import * as core from '../../../core';
import { getStore, type BoxpilotStore, type NewDevice } from '../../../adapters/storage';
import { hashFor } from '../../../adapters/storage/test-data';
import type { ListView as ListViewType } from './list-view.svelte';

// Big lists are validated in the core worker; here the core runs in-process in its place.
const workerRuns: number[] = [];
vi.mock('../../../workers/core-bridge', () => ({
  coreWorker: {
    validateDevices: async (devices: core.Device[], dialect: core.Dialect, { elsewhere, ...o }: { elsewhere?: Record<string, Record<string, string>> }) => {
      workerRuns.push(devices.length);
      return { ok: true, value: core.validateDevices(devices, dialect, { ...o, findElsewhere: (f, v) => elsewhere?.[f]?.[v] }) };
    },
  },
}));

const { ListView } = await import('./list-view.svelte');

// The list screen's state against the real storage adapter (fake-indexeddb), as the camera
// scanner and the import/export components will drive it.
async function openList(name: string): Promise<{ store: BoxpilotStore; view: ListViewType }> {
  const opened = await getStore({ storageManager: null });
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  const list = await store.createList({ name, customerName: 'Contoso', dialect: 'partner-center' });
  if (!list.ok) throw new Error(list.error.message);
  const view = new ListView(list.value.id);
  await view.load();
  return { store, view };
}

describe('ListView', () => {
  it('the box is a stored device from its first code; later codes update it in place', async () => {
    const { store, view } = await openList('Box test');
    expect(view.list?.name).toBe('Box test');
    await view.addScan('JX4K2M3');
    expect(view.draft).toEqual({ serialNumber: 'JX4K2M3' });
    expect(view.devices).toHaveLength(1);
    expect(view.isOpenBox(view.devices[0]!.id)).toBe(true);
    await view.addScan(']C1' + '3258461234567', { source: 'scan', symbology: 'code-128' });
    await view.addScan('Dell Inc.');
    expect(view.devices).toHaveLength(1);
    expect(view.draft).toEqual({ serialNumber: 'JX4K2M3', pkid: '3258461234567', manufacturer: 'Dell Inc.' });
    expect(view.last?.text).toBe('Added to this box: Manufacturer Dell Inc.');
    const stored = await store.getDevices(view.listId);
    expect(stored.ok && stored.value.map((d) => [d.device, d.source])).toEqual([
      [{ serialNumber: 'JX4K2M3', pkid: '3258461234567', manufacturer: 'Dell Inc.' }, 'typed'],
    ]);
    await view.nextBox();
    expect(view.draft).toEqual({});
    expect(view.devices).toHaveLength(1);
    view.close();
  });

  it('asks before storing a duplicate, keeps the value with the question, and adds it only when told to', async () => {
    const { view } = await openList('Dup test');
    await view.addScan('PF3XYZ12');
    await view.addScan('3258461234560');
    await view.nextBox();
    const fb = await view.addScan('PF3XYZ12');
    expect(fb.kind).toBe('duplicate');
    expect(view.questions).toMatchObject([{ kind: 'duplicate', values: { serialNumber: 'PF3XYZ12' } }]);
    expect(view.box.duplicateText((view.questions[0] as Extract<core.PendingQuestion, { kind: 'duplicate' }>).matches[0]!)).toBe(
      'Serial number PF3XYZ12 is already in this list (row 1).',
    );
    expect(view.devices).toHaveLength(1);
    await view.box.addAnyway(view.questions[0]!);
    expect(view.devices).toHaveLength(2);
    expect(view.questions).toEqual([]);
    // Partner Center keeps one of the two: the second row is the error.
    await vi.waitFor(() => expect(view.problemsOf(view.devices[1]!).map((p) => p.code)).toContain('duplicate.in-list'));
    view.close();
  });

  it('keeps a code that could not be stored on screen with the error, and Retry stores it', async () => {
    const { store, view } = await openList('Quota test');
    const real = store.commitBox.bind(store);
    const spy = vi.spyOn(store, 'commitBox').mockResolvedValueOnce({ ok: false, error: { code: 'quota-exceeded', message: 'full' } });
    const fb = await view.addScan('AB12CD34');
    expect(fb.kind).toBe('failed');
    expect(view.box.unsaved.map((u) => u.text)).toEqual(['AB12CD34']);
    expect(view.devices).toHaveLength(0);
    expect(view.last?.error).toBe(true);
    spy.mockImplementation(real);
    await view.box.retryUnsaved();
    expect(view.box.unsaved).toEqual([]);
    expect(view.devices.map((d) => d.device.serialNumber)).toEqual(['AB12CD34']);
    view.close();
  });

  it('revalidates an inline edit, filters by errors, and undoes a delete', async () => {
    const { store, view } = await openList('Edit test');
    await view.addScan('QQ11RR22');
    await view.addScan('3258461234598');
    await view.nextBox();
    const id = view.devices[0]!.id;
    const edited = await view.editDevice(id, 'pkid', ' 12345 ');
    expect(edited.ok && edited.value.device.pkid).toBe('12345'); // normalised on the way in
    await vi.waitFor(() => expect(view.counts.errors).toBe(1));
    view.filter = 'errors';
    expect(view.visibleDevices.map((d) => d.id)).toEqual([id]);
    expect(view.problemsOf(view.devices[0]!).map((p) => p.code)).toContain('pkid.format');
    await view.editDevice(id, 'pkid', '3258461234598');
    await vi.waitFor(() => expect(view.visibleDevices).toHaveLength(0));
    view.toggleSelected(id);
    await view.trashSelected();
    expect(view.devices).toHaveLength(0);
    await view.undoTrash([id]);
    expect(view.devices.map((d) => d.id)).toEqual([id]);
    const back = await store.getDevice(id);
    expect(back.ok && back.value.problems).toEqual([]);
    view.close();
  });

  it('keeps what the file reader found beside the validation, until that value changes', async () => {
    const { view } = await openList('Reader test');
    const excel = { code: 'excel.leading-zeros', severity: 'warning' as const, message: 'Excel may have removed leading zeros.', field: 'serialNumber' as const };
    await view.addImported([{ device: { serialNumber: '12345', pkid: '3258461234604' }, source: 'file', found: [excel] }]);
    const id = view.devices[0]!.id;
    await vi.waitFor(() => expect(view.problemsOf(view.devices[0]!).map((p) => p.code)).toContain('excel.leading-zeros'));
    await view.editDevice(id, 'pkid', '3258461234611');
    await new Promise((r) => setTimeout(r, 300));
    expect(view.problemsOf(view.devices[0]!).map((p) => p.code)).toContain('excel.leading-zeros');
    await view.editDevice(id, 'serialNumber', '0012345');
    await vi.waitFor(() => expect(view.problemsOf(view.devices[0]!).map((p) => p.code)).not.toContain('excel.leading-zeros'));
    view.close();
  });

  it('adds imported devices in one go and jumps to a device on request', async () => {
    const { view } = await openList('Import test');
    const result = await view.addImported([
      { device: { serialNumber: 'IM000001', pkid: '3258461234604' }, source: 'file', sourceDetail: 'devices.csv:2' },
      { device: { serialNumber: 'IM000002' }, source: 'file', sourceDetail: 'devices.csv:3' },
    ]);
    expect(result.ok && result.value).toHaveLength(2);
    expect(view.devices[1]!.problems.map((p) => p.code)).toEqual(['identifiers.incomplete-tuple']);
    view.filter = 'errors';
    view.focusDevice(view.devices[0]!.id);
    expect(view.filter).toBe('all'); // the device must be visible to be focused
    expect(view.focusRequest?.id).toBe(view.devices[0]!.id);
    view.close();
  });
});

/** A file's worth of devices with 4 KB hashes (about 1 MB per 240: several chunks). */
function hashedImport(count: number): NewDevice[] {
  return Array.from({ length: count }, (_, i) => ({
    device: { serialNumber: `BG${String(i).padStart(6, '0')}`, hardwareHash: hashFor(i) },
    source: 'file' as const,
    sourceDetail: `big.csv:${i + 2}`,
  }));
}

describe('ListView importing a big file', () => {
  it('saves it in committed chunks, shows each chunk as it commits, and validates the list in the worker', async () => {
    const { store, view } = await openList('Big import');
    const items = hashedImport(1_000);
    items[999]!.device.serialNumber = items[0]!.device.serialNumber; // a duplicate the whole-list check finds
    const progress: [number, number, number][] = [];
    workerRuns.length = 0;
    const result = await view.addImported(items, (saved, total) => progress.push([saved, total, view.devices.length]));
    expect(result.ok && result.value).toHaveLength(1_000);
    expect(progress.length).toBeGreaterThan(3);
    // Rows on screen are committed ones: never more than saved (they join a few times a second).
    for (const [saved, total, shown] of progress) {
      expect(total).toBe(1_000);
      expect(shown).toBeLessThanOrEqual(saved);
    }
    expect(progress.at(-1)?.[0]).toBe(1_000);
    expect(view.devices).toHaveLength(1_000);
    expect(view.last?.text).toBe('1000 devices imported.');
    await vi.waitFor(() => expect(view.counts.warnings + view.counts.errors).toBeGreaterThan(0), { timeout: 10_000 });
    expect(workerRuns).toContain(1_000);
    const last = view.devices[999]!;
    const codes = view.problemsOf(last).map((p) => p.code);
    expect(codes.some((c) => c.startsWith('duplicate'))).toBe(true);
    // The new problems are stored too (the Lists screen counts them), in bulk.
    await vi.waitFor(async () => {
      const stored = await store.getDevice(last.id);
      expect(stored.ok && stored.value.problems.map((p) => p.code)).toEqual(codes);
    });
    view.close();
  });

  it('a full disk part way keeps the committed chunks in the list and says how many were saved', async () => {
    const { store, view } = await openList('Full disk import');
    const items = hashedImport(1_000);
    const victim = items[600]!.device.serialNumber;
    const original = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if ((args[0] as { device?: { serialNumber?: string } })?.device?.serialNumber === victim) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.apply(this, args);
    });
    const result = await view.addImported(items);
    spy.mockRestore();
    expect(result.ok).toBe(false);
    const saved = result.ok ? [] : result.saved;
    expect(saved.length).toBeGreaterThan(0);
    expect(saved.length).toBeLessThanOrEqual(600);
    expect(view.devices.map((d) => d.id)).toEqual(saved.map((d) => d.id));
    const stored = await store.countDevices(view.listId);
    expect(stored.ok && stored.value).toBe(saved.length);
    expect(view.last).toEqual({ error: true, text: expect.stringMatching(new RegExp(`^The device storage is full: ${saved.length} of 1000 devices were saved`)) });
    view.close();
  });
});

describe('ListView with a fast scanner', () => {
  it('puts codes that arrive while a box is being stored into the next box, in order', async () => {
    const { view } = await openList('Fast scanner');
    // A wedge sends box 1 and box 2 without waiting for any save.
    await Promise.all(
      ['FS000001', '3258461234628', 'FS000002', '3258461234635'].map((code) => view.addScan(code, { source: 'scan' })),
    );
    expect(view.devices.map((d) => d.device)).toEqual([
      { serialNumber: 'FS000001', pkid: '3258461234628' },
      { serialNumber: 'FS000002', pkid: '3258461234635' },
    ]);
    expect(view.questions).toEqual([]);
    view.close();
  });
});
