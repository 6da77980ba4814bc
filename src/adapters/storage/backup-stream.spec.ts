import { afterEach, describe, expect, it, vi } from 'vitest';
import { newDevices, value, useTestStores } from './test-data';
import { BACKUP_FORMAT, MAX_EXAMPLES } from './backup';
import type { ByteSource } from './backup-lines';

// Backups of any size (issue 10): written in parts, read as a stream, restored in small
// transactions, with what was skipped counted and explained.
const setup = useTestStores();

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Streams `text` in pieces of `chunk` bytes, and has no way to hand it over whole. */
function trickle(bytes: Uint8Array, chunk: number): ByteSource & { chunks: number } {
  const source = {
    size: bytes.length,
    chunks: 0,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += chunk) {
            controller.enqueue(bytes.slice(i, i + chunk));
            source.chunks++;
          }
          controller.close();
        },
      }),
  };
  return source;
}

/** Backup text (a line, or a whole file of either version), not the test runner's own JSON (source maps). */
const isBackupText = (t: string): boolean => /^\{"(format|list|device|settings)"/.test(t);

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

async function filled(devices: number) {
  const t = await setup();
  const a = value(await t.store.createList({ name: 'Contoso', customerName: 'Contoso AB' }));
  const b = value(await t.store.createList({ name: 'Fabrikam', customerName: 'Fabrikam A/S', dialect: 'intune' }));
  value(await t.store.addDevices(a.id, newDevices(devices, 0, { withHash: true })));
  value(await t.store.addDevices(b.id, newDevices(3, devices)));
  value(await t.store.updateSettings({ theme: 'dark' }));
  return { ...t, a, b };
}

describe('a backup written and read back in many small parts', () => {
  it('no step holds the whole file as one string, and the restore is exact', async () => {
    const source = await filled(120);
    // Watch every string handed to a Blob, and every JSON text made or read.
    const blobStrings: number[] = [];
    const RealBlob = Blob;
    vi.stubGlobal(
      'Blob',
      class extends RealBlob {
        constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
          for (const p of parts ?? []) if (typeof p === 'string') blobStrings.push(p.length);
          super(parts, options);
        }
      },
    );
    const stringify = vi.spyOn(JSON, 'stringify');
    const progress: number[] = [];
    const written = value(await source.store.writeBackup({ partChars: 4096, onProgress: (p) => progress.push(p.fraction) }));
    const longestJson = Math.max(...stringify.mock.results.map((r) => String(r.value)).filter(isBackupText).map((t) => t.length));
    stringify.mockRestore();
    vi.unstubAllGlobals();

    const bytes = await bytesOf(written.blob);
    expect(written).toMatchObject({ lists: 2, devices: 123 });
    // About 500 KB of backup went into the Blob in parts of about 4 KB (a part ends after the line that crosses 4,096).
    expect(bytes.length).toBeGreaterThan(120 * 4096);
    expect(blobStrings.length).toBeGreaterThan(100);
    expect(Math.max(...blobStrings)).toBeLessThan(4096 + longestJson + 2);
    expect(longestJson).toBeLessThan(8 * 1024); // one device, not the file
    expect(progress.at(-1)).toBe(1);

    // Read back through a stream of 1 KB chunks; JSON.parse only ever sees one line.
    const parse = vi.spyOn(JSON, 'parse');
    const file = trickle(bytes, 1024);
    const target = await setup();
    const restoreProgress: number[] = [];
    const report = value(await target.store.importBackup(file, { batchSize: 25, onProgress: (p) => restoreProgress.push(p.fraction) }));
    const longestParsed = Math.max(...parse.mock.calls.map((c) => String(c[0])).filter(isBackupText).map((t) => t.length));
    parse.mockRestore();
    expect(file.chunks).toBeGreaterThan(400);
    expect(longestParsed).toBeLessThan(8 * 1024);
    expect(report).toMatchObject({ listsAdded: 2, devicesAdded: 123, duplicateCount: 0, problemCount: 0, proposedSettings: [{ key: 'theme', proposed: 'dark' }] });
    expect(restoreProgress.length).toBeGreaterThan(3);
    expect(restoreProgress.at(-1)).toBe(1);

    const before = value(await source.store.exportBackup());
    const after = value(await target.store.exportBackup());
    expect(after.lists).toEqual(before.lists);
    expect(after.devices).toEqual(before.devices);
  });

  it('starts with a header line and has one record per line', async () => {
    const source = await filled(2);
    const text = await value(await source.store.writeBackup()).blob.text();
    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ format: BACKUP_FORMAT, version: 2, lists: 2, devices: 5 });
    expect(lines.slice(1).map((l) => Object.keys(l)[0])).toEqual(['list', 'list', 'device', 'device', 'device', 'device', 'device', 'settings']);
  });

  it('still reads a version 1 backup (one JSON object), from a file or as text', async () => {
    const source = await filled(4);
    const v1 = JSON.stringify(value(await source.store.exportBackup()));
    const fromFile = value(await (await setup()).store.importBackup(trickle(new TextEncoder().encode(v1), 100)));
    expect(fromFile).toMatchObject({ listsAdded: 2, devicesAdded: 7 });
    const pretty = JSON.stringify(JSON.parse(v1), null, 2);
    const fromPretty = value(await (await setup()).store.importBackup(new Blob([pretty])));
    expect(fromPretty).toMatchObject({ listsAdded: 2, devicesAdded: 7 });
  });
});

describe('what a restore skips, and says', () => {
  const header = JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: 1, lists: 6, devices: 9 });
  const line = (o: unknown) => JSON.stringify(o);

  it('"5 lists and 6 devices could not be read": counted per reason; an empty device is never restored', async () => {
    const { store } = await setup();
    const text = [
      header,
      line({ list: { id: 'l1', name: 'L', customerName: 'C' } }),
      ...[null, 42, { name: 'no id' }, { id: '' }, []].map((l) => line({ list: l })),
      line({ device: { id: 'd1', listId: 'l1', device: { serialNumber: 'ABC1234' } } }),
      line({ device: { id: 'd2', listId: 'l1', device: {} } }),
      line({ device: { id: 'd3', listId: 'l1', device: { serialNumber: '', model: 7 } } }),
      line({ device: { id: 'd4', listId: 'nowhere', device: { serialNumber: 'X1' } } }),
      line({ device: { listId: 'l1', device: { serialNumber: 'X2' } } }),
      line({ device: 'junk' }),
      line({ device: { id: 'd7', device: { serialNumber: 'X3' } } }),
      line({ device: { id: 'd5', listId: 'l1', device: { pkid: '3258461234567' } } }),
      '{"device": {"id": "d6", ', // cut off
      line({ something: 'else' }),
      '',
    ].join('\n');
    const report = value(await store.importBackup(new Blob([text])));
    expect(report.devicesAdded).toBe(2);
    expect(report.skipped).toEqual({
      lists: 5,
      devices: 6,
      lines: 2,
      reasons: { 'list-unreadable': 5, 'device-empty': 2, 'device-without-list': 1, 'device-unreadable': 3, 'line-unreadable': 2 },
    });
    expect(report.problems.find((p) => p.code === 'backup.device-empty')?.message).toBe(
      'Device 2 in the backup has no serial number, PKID, hash or any other value; it was skipped.',
    );
    expect(value(await store.getDevices('l1')).map((d) => d.id).sort()).toEqual(['d1', 'd5']);
  });

  it('a file of 1,000,000 unreadable records says so, with counts and a few examples', async () => {
    const { store } = await setup();
    const bad = new TextEncoder().encode('{"device":{"id":1}}\n');
    const head = new TextEncoder().encode(header + '\n');
    const count = 1_000_000;
    const bytes = new Uint8Array(head.length + bad.length * count);
    bytes.set(head);
    for (let i = 0; i < count; i++) bytes.set(bad, head.length + i * bad.length);
    const report = value(await store.importBackup(trickle(bytes, 64 * 1024)));
    expect(report.devicesAdded).toBe(0);
    expect(report.skipped.devices).toBe(count);
    expect(report.skipped.reasons).toEqual({ 'device-unreadable': count });
    expect(report.problemCount).toBe(count);
    expect(report.problems).toHaveLength(MAX_EXAMPLES);
  }, 60_000);

  it('restores in small transactions and lets the event loop run between them', async () => {
    const source = await filled(200);
    const written = value(await source.store.writeBackup());
    const target = await setup();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const report = value(await target.store.importBackup(written.blob, { batchSize: 20 }));
    clearInterval(timer);
    expect(report.devicesAdded).toBe(203);
    // Ten or more transactions, each followed by a turn of the event loop.
    expect(ticks).toBeGreaterThanOrEqual(8);
  });

  it('a storage failure stops the restore; restoring the same file again completes it', async () => {
    const source = await filled(60);
    const written = value(await source.store.writeBackup());
    const target = await setup();
    const original = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'devices' && this.transaction.db.name === target.name && ++puts === 45) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.apply(this, args);
    });
    const failed = await target.store.importBackup(written.blob, { batchSize: 20 });
    vi.restoreAllMocks();
    expect(!failed.ok && failed.error.code).toBe('quota-exceeded');
    // The first two transactions (2 lists + 38 devices) were committed; the third rolled back.
    const partial = value(await target.store.exportBackup());
    expect(partial.devices.length).toBe(38);
    const again = value(await target.store.importBackup(written.blob, { batchSize: 20 }));
    expect(again.devicesAdded).toBe(63 - 38);
    expect(again.duplicateCount).toBe(38);
    expect(value(await target.store.exportBackup()).devices).toHaveLength(63);
  });
});
