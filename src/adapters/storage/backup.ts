// Backup: one record per line (NDJSON, backup-lines.ts), written in parts and read as a stream,
// and a merging restore in small transactions (one huge transaction froze the page for 13 s on
// 200,000 devices). Every record read from a backup goes through the restore step; a device whose
// serial, PKID or hash is already stored is reported, not added a second time. Only devices
// stored BEFORE the restore count as "already stored": a list that legitimately held the same
// serial twice restores as it was. Settings in a backup are never applied here: the report
// proposes them and the user decides (an API base URL pointing elsewhere would get the token).
// Version 1 backups (one JSON object) are still read.
import type { Problem } from '../../core';
import type { DeviceList, IdentifierField, IdentifierMatch, StoredDevice } from './types';
import { fail, ok, type Result, type StorageError } from './errors';
import { deleteRaw, putRaw, read, write, type ReadTx, type StoreContext } from './context';
import { restoreDevice, restoreList } from './restore';
import { DEFAULT_SETTINGS, SETTING_KEYS, restoreSetting, type Settings } from './settings-shape';
import { identifierIndexIn, type CacheTx, type IdentifierIndex } from './identifiers';
import { putDevice } from './device-rows';
import { raiseRevision } from './list-rows';
import { toListRow } from './schema';
import type { ChangeMessage } from './types';
import { PartWriter, readLines, sourceOfText, type ByteSource } from './backup-lines';

export const BACKUP_FORMAT = 'boxpilot-backup';
/** 2: NDJSON (a header line, then one list, device or settings record per line). 1: one JSON object. */
export const BACKUP_VERSION = 2;
export const BACKUP_MIME = 'application/x-ndjson';

/** A version 1 backup, and the in-memory snapshot `exportBackup` gives (tests, small tools). */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: 1;
  exportedAt: number;
  lists: DeviceList[];
  /** Including the trash, so a restore brings back exactly what was there. */
  devices: StoredDevice[];
  /** The settings the user changed (the others are defaults). */
  settings: Partial<Settings>;
}

export interface WrittenBackup {
  blob: Blob;
  exportedAt: number;
  lists: number;
  devices: number;
}

export interface BackupProgress {
  /** 0…1 */
  fraction: number;
  /** Records written or read so far. */
  records: number;
}

export interface WriteBackupOptions {
  /** Characters per part before it is handed to the Blob (tests make it small). */
  partChars?: number;
  onProgress?: (progress: BackupProgress) => void;
}

export interface RestoreOptions {
  onProgress?: (progress: BackupProgress) => void;
  /** Records per transaction (default 250: about 1 MB, a few tens of ms on a slow tablet). */
  batchSize?: number;
  signal?: AbortSignal;
}

export interface BackupDuplicate {
  /** The device in the backup, by id and position among the backup's devices. */
  deviceId: string;
  index: number;
  /** 'id' when this very record is already stored (the same backup restored twice). */
  field: IdentifierField | 'id';
  /** The value that matched (a hardware hash is shortened: it is private, spec §3). */
  value: string;
  existing: IdentifierMatch;
}

export type BackupSkipReason = 'list-unreadable' | 'device-unreadable' | 'device-without-list' | 'device-empty' | 'line-unreadable';

/** A setting the backup holds with another value than this browser has: applied only if the user agrees. */
export interface ProposedSetting<K extends keyof Settings = keyof Settings> {
  key: K;
  current: Settings[K];
  proposed: Settings[K];
}

export interface ImportReport {
  listsAdded: number;
  /** Lists already stored under the same id: kept as they are, the backup's devices join them. */
  listsMerged: number;
  devicesAdded: number;
  /** The first MAX_EXAMPLES duplicates; `duplicateCount` counts them all. */
  duplicates: BackupDuplicate[];
  duplicateCount: number;
  /** What could not be restored, counted per kind and reason ("5 lists and 6 devices could not be read"). */
  skipped: { lists: number; devices: number; lines: number; reasons: Partial<Record<BackupSkipReason, number>> };
  /** The first MAX_EXAMPLES problems (skipped records, what the restore step cleaned), with `index`. */
  problems: Problem[];
  problemCount: number;
  /** Settings that differ here; nothing was changed. */
  proposedSettings: ProposedSetting[];
}

/** Examples kept in a report: a file of 1,000,000 bad records gives counts, not a million problems. */
export const MAX_EXAMPLES = 200;
/** A device line is a few KB; far longer is not a record of ours. */
const MAX_LINE_CHARS = 16 * 1024 * 1024;
const BATCH_READ = 500;

// --- writing -----------------------------------------------------------------------------------

type BackupTx = ReadTx<['lists', 'devices', 'settings']>;

/** Every stored record in order (lists, then devices in id order, in pages), then the settings. */
async function visitRecords(
  tx: BackupTx,
  now: number,
  visit: { list(list: DeviceList): void; device(device: StoredDevice): void },
): Promise<Partial<Settings>> {
  for (const raw of await tx.objectStore('lists').getAll()) {
    const list = restoreList(raw, now);
    if (list) visit.list(list);
  }
  const devices = tx.objectStore('devices');
  let after: string | undefined;
  for (;;) {
    // Pages keep each step small; the transaction stays open because a request is always pending.
    const page = await devices.getAll(after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), BATCH_READ);
    for (const raw of page) {
      const device = restoreDevice(raw, now)?.value;
      if (device) visit.device(device);
    }
    if (page.length < BATCH_READ) break;
    after = (page[page.length - 1] as { id: string }).id;
  }
  const settings: Record<string, unknown> = {};
  for (const row of await tx.objectStore('settings').getAll()) {
    const key = SETTING_KEYS.find((k) => k === row.key);
    const value = key && restoreSetting(key, row.value);
    if (key && value !== undefined) settings[key] = value;
  }
  return settings as Partial<Settings>;
}

/** Everything as a version 1 object in memory: for tests and small tools (the UI writes with writeBackup). */
export function exportBackup(ctx: StoreContext): Promise<Result<BackupFile>> {
  return read(ctx, ['lists', 'devices', 'settings'], async (tx) => {
    const now = ctx.now();
    const lists: DeviceList[] = [];
    const devices: StoredDevice[] = [];
    const settings = await visitRecords(tx, now, { list: (l) => lists.push(l), device: (d) => devices.push(d) });
    return { format: BACKUP_FORMAT, version: 1, exportedAt: now, lists, devices, settings } as BackupFile;
  });
}

/** The backup as an NDJSON Blob built from parts: any size the device can store. */
export function writeBackup(ctx: StoreContext, options: WriteBackupOptions = {}): Promise<Result<WrittenBackup>> {
  return read(ctx, ['lists', 'devices', 'settings'], async (tx) => {
    const now = ctx.now();
    const lists = await tx.objectStore('lists').count();
    const devices = await tx.objectStore('devices').count();
    const total = Math.max(1, lists + devices);
    const out = new PartWriter(options.partChars ?? 1024 * 1024, BACKUP_MIME);
    out.line(JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, lists, devices }));
    let records = 0;
    const step = () => {
      records++;
      if (records % BATCH_READ === 0) options.onProgress?.({ fraction: Math.min(1, records / total), records });
    };
    const settings = await visitRecords(tx, now, {
      list: (list) => {
        out.line(JSON.stringify({ list }));
        step();
      },
      device: (device) => {
        out.line(JSON.stringify({ device }));
        step();
      },
    });
    out.line(JSON.stringify({ settings }));
    const blob = out.finish();
    options.onProgress?.({ fraction: 1, records });
    return { blob, exportedAt: now, lists, devices: records - lists } satisfies WrittenBackup;
  });
}

// --- reading -----------------------------------------------------------------------------------

type BackupRecord = { kind: 'list' | 'device' | 'settings'; raw: unknown } | { kind: 'bad' };

interface ParsedBackup {
  lists: unknown[];
  devices: unknown[];
  settings: Record<string, unknown>;
}

const invalid = <T>(message: string) => fail<T>('invalid-backup', message);
const NOT_JSON = 'This file is not a Boxpilot backup: it is not readable JSON. Choose the backup file that Boxpilot exported.';

function envelopeError(d: Record<string, unknown>): string | undefined {
  if (d.format !== BACKUP_FORMAT) {
    return 'This file is not a Boxpilot backup (it does not say "format": "boxpilot-backup"). Choose the backup file that Boxpilot exported.';
  }
  if (typeof d.version !== 'number' || !Number.isInteger(d.version) || d.version < 1) {
    return 'This Boxpilot backup is damaged: its version number is missing. Nothing was imported.';
  }
  if (d.version > BACKUP_VERSION) {
    return `This backup was made by a newer version of Boxpilot (backup version ${d.version}). Reload Boxpilot to update it, then import again. Nothing was imported.`;
  }
  return undefined;
}

const asObject = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** Checks a version 1 envelope; the records inside are checked one by one during the restore. */
export function parseBackup(input: unknown): Result<ParsedBackup> {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      return invalid(NOT_JSON);
    }
  }
  const d = asObject(data);
  if (!d) return invalid('This file is not a Boxpilot backup. Choose the backup file that Boxpilot exported.');
  const wrong = envelopeError(d);
  if (wrong) return invalid(wrong);
  if (!Array.isArray(d.lists) || !Array.isArray(d.devices)) {
    return invalid('This Boxpilot backup is damaged: its lists or devices are missing. Nothing was imported.');
  }
  return { ok: true, value: { lists: d.lists, devices: d.devices, settings: asObject(d.settings) ?? {} } };
}

async function* recordsOfObject(backup: ParsedBackup): AsyncGenerator<BackupRecord> {
  for (const raw of backup.lists) yield { kind: 'list', raw };
  for (const raw of backup.devices) yield { kind: 'device', raw };
  yield { kind: 'settings', raw: backup.settings };
}

function recordOfLine(text: string): BackupRecord | undefined {
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'bad' };
  }
  const r = asObject(value);
  if (r && 'device' in r) return { kind: 'device', raw: r.device };
  if (r && 'list' in r) return { kind: 'list', raw: r.list };
  if (r && 'settings' in r) return { kind: 'settings', raw: r.settings };
  return { kind: 'bad' };
}

type Opened = { records: AsyncGenerator<BackupRecord>; total: number; readBytes: () => number };

/**
 * The records of a backup: a version 2 stream line by line, or a version 1 object (given as an
 * object, as text, or as a file whose first line is the whole JSON).
 */
async function openBackup(input: unknown, signal?: AbortSignal): Promise<Result<Opened>> {
  const source: ByteSource | undefined =
    typeof input === 'string' ? sourceOfText(input) : isByteSource(input) ? input : undefined;
  if (!source) {
    const parsed = parseBackup(input);
    return parsed.ok ? ok(openedObject(parsed.value)) : parsed;
  }
  let bytes = 0;
  const lines = readLines(source, { maxLineChars: MAX_LINE_CHARS, onBytes: (n) => (bytes = n), ...(signal ? { signal } : {}) });
  const first = await lines.next();
  if (first.done) return invalid('This file is empty, so it is not a Boxpilot backup. Choose the backup file that Boxpilot exported.');
  const head = 'text' in first.value ? first.value.text : '';
  let header: unknown;
  try {
    header = JSON.parse(head);
  } catch {
    // A version 1 backup someone formatted over several lines: it is one JSON object.
    if (head.trimStart().startsWith('{')) {
      const parts: string[] = [head];
      for await (const line of lines) if ('text' in line) parts.push(line.text);
      const parsed = parseBackup(parts.join('\n'));
      return parsed.ok ? ok(openedObject(parsed.value)) : parsed;
    }
    return invalid(NOT_JSON);
  }
  const h = asObject(header);
  if (!h) return invalid('This file is not a Boxpilot backup. Choose the backup file that Boxpilot exported.');
  if (h.version === 1) return openBackup(header, signal);
  const wrong = envelopeError(h);
  if (wrong) return invalid(wrong);
  async function* records(): AsyncGenerator<BackupRecord> {
    for await (const line of lines) {
      if (!('text' in line)) yield { kind: 'bad' };
      else {
        const record = recordOfLine(line.text);
        if (record) yield record;
      }
    }
  }
  return ok({ records: records(), total: Math.max(1, source.size), readBytes: () => bytes });
}

/** A version 1 backup's records; progress counts records (there are no bytes left to read). */
function openedObject(backup: ParsedBackup): Opened {
  let done = 0;
  return {
    records: counting(recordsOfObject(backup), () => done++),
    total: Math.max(1, backup.lists.length + backup.devices.length),
    readBytes: () => done,
  };
}

function isByteSource(v: unknown): v is ByteSource {
  return !!v && typeof v === 'object' && typeof (v as ByteSource).stream === 'function' && typeof (v as ByteSource).size === 'number';
}

async function* counting<T>(items: AsyncGenerator<T>, each: () => void): AsyncGenerator<T> {
  for await (const item of items) {
    each();
    yield item;
  }
}

// --- restoring ---------------------------------------------------------------------------------

function shown(field: IdentifierField | 'id', value: string): string {
  return field === 'hardwareHash' && value.length > 16 ? `${value.slice(0, 12)}… (${value.length} characters)` : value;
}

function firstDuplicate(stored: IdentifierIndex, device: StoredDevice): Pick<BackupDuplicate, 'field' | 'value' | 'existing'> | undefined {
  for (const field of ['serialNumber', 'pkid', 'hardwareHash'] as const) {
    const value = device.device[field];
    const existing = value ? stored.find(field, value)[0] : undefined;
    if (value && existing) return { field, value: shown(field, value), existing };
  }
  return undefined;
}

const SKIP_TEXT: Record<BackupSkipReason, (n: number) => string> = {
  'list-unreadable': (n) => `List ${n} in the backup has no id and was skipped.`,
  'device-unreadable': (n) => `Device ${n} in the backup has no id or list and was skipped.`,
  'device-without-list': (n) => `Device ${n} in the backup belongs to a list that is not in the backup; it was skipped.`,
  'device-empty': (n) => `Device ${n} in the backup has no serial number, PKID, hash or any other value; it was skipped.`,
  'line-unreadable': (n) => `Record ${n} in the backup is not readable and was skipped.`,
};

const isEmptyDevice = (d: StoredDevice): boolean => !Object.values(d.device).some((v) => typeof v === 'string' && v !== '');

interface Known {
  lists: Map<string, DeviceList>;
  stored: IdentifierIndex;
  storedIds: Set<IDBValidKey>;
  settings: Settings;
}

/** What was here before the restore: lists, the identifier index, device ids, settings. */
function loadKnown(ctx: StoreContext): Promise<Result<Known>> {
  // A write transaction: building the index may store fresh identifier caches.
  return write(
    ctx,
    ['lists', 'devices', 'identifierCache', 'settings'],
    async (tx) => {
      const now = ctx.now();
      const lists = new Map<string, DeviceList>();
      for (const raw of await tx.objectStore('lists').getAll()) {
        const list = restoreList(raw, now);
        if (list) lists.set(list.id, list);
      }
      const stored = await identifierIndexIn(tx as unknown as CacheTx, now);
      const storedIds = new Set(await tx.objectStore('devices').getAllKeys());
      const raw: Record<string, unknown> = {};
      for (const row of await tx.objectStore('settings').getAll()) raw[row.key] = row.value;
      const settings = { ...DEFAULT_SETTINGS };
      for (const key of SETTING_KEYS) {
        const value = restoreSetting(key, raw[key]);
        if (value !== undefined) (settings as Record<string, unknown>)[key] = value;
      }
      return { lists, stored, storedIds, settings };
    },
    () => [],
  );
}

type Pending = { kind: 'list'; list: DeviceList } | { kind: 'device'; device: StoredDevice; index: number };

function proposals(current: Settings, raw: unknown): ProposedSetting[] {
  const backup = asObject(raw) ?? {};
  const out: ProposedSetting[] = [];
  for (const key of SETTING_KEYS) {
    const proposed = restoreSetting(key, backup[key]);
    if (proposed !== undefined && proposed !== current[key]) out.push({ key, current: current[key], proposed } as ProposedSetting);
  }
  return out;
}

/**
 * Merges a backup into the database in transactions of `batchSize` records, yielding between
 * them. `input`: a File or Blob (read as a stream), a text, or a version 1 object. A failure of
 * storage stops the restore; what was committed before stays, and restoring the same file again
 * continues (records already here are reported as duplicates, not added twice).
 */
export async function importBackup(ctx: StoreContext, input: unknown, options: RestoreOptions = {}): Promise<Result<ImportReport>> {
  const opened = await openBackup(input, options.signal);
  if (!opened.ok) return opened;
  const known = await loadKnown(ctx);
  if (!known.ok) return known;
  const { lists, stored, storedIds, settings } = known.value;
  const report: ImportReport = {
    listsAdded: 0,
    listsMerged: 0,
    devicesAdded: 0,
    duplicates: [],
    duplicateCount: 0,
    skipped: { lists: 0, devices: 0, lines: 0, reasons: {} },
    problems: [],
    problemCount: 0,
    proposedSettings: [],
  };
  const note = (p: Problem) => {
    report.problemCount++;
    if (report.problems.length < MAX_EXAMPLES) report.problems.push(p);
  };
  const skip = (reason: BackupSkipReason, index: number, what: 'lists' | 'devices' | 'lines') => {
    report.skipped[what]++;
    report.skipped.reasons[reason] = (report.skipped.reasons[reason] ?? 0) + 1;
    note({ code: `backup.${reason}`, severity: 'warning', message: SKIP_TEXT[reason](index + 1), index });
  };
  const duplicate = (d: BackupDuplicate) => {
    report.duplicateCount++;
    if (report.duplicates.length < MAX_EXAMPLES) report.duplicates.push(d);
  };

  const batchSize = Math.max(1, options.batchSize ?? 250);
  const newLists = new Set<string>();
  let batch: Pending[] = [];
  let listIndex = 0;
  let deviceIndex = 0;
  let lineIndex = 0;
  let records = 0;

  const commit = async (): Promise<StorageError | undefined> => {
    const pending = batch;
    batch = [];
    if (pending.length === 0) return undefined;
    const touched = new Set<string>();
    const result = await write(
      ctx,
      ['lists', 'devices', 'identifierCache'],
      async (tx) => {
        const now = ctx.now();
        const listStore = tx.objectStore('lists');
        const deviceStore = tx.objectStore('devices');
        let added = 0;
        for (const item of pending) {
          if (item.kind === 'list') {
            // New here: revision 0, and no cache (one left by a purged list of that id would lie).
            putRaw(listStore, toListRow(item.list, 0));
            deleteRaw(tx.objectStore('identifierCache'), item.list.id);
            continue;
          }
          const { device, index } = item;
          if (storedIds.has(device.id)) {
            const listId = (await deviceStore.get(device.id))?.listId ?? device.listId;
            duplicate({ deviceId: device.id, index, field: 'id', value: device.id, existing: { deviceId: device.id, listId, listName: lists.get(listId)?.name ?? '' } });
            continue;
          }
          putDevice(tx, device);
          storedIds.add(device.id);
          touched.add(device.listId);
          added++;
        }
        // Lists that were already here and got devices: their caches are stale from this commit on.
        for (const listId of touched) if (!newLists.has(listId)) await raiseRevision(listStore, listId, now);
        return added;
      },
      () => {
        const messages: ChangeMessage[] = [{ type: 'lists-changed' }];
        for (const listId of touched) messages.push({ type: 'devices-changed', listId });
        return messages;
      },
    );
    if (!result.ok) return result.error;
    report.devicesAdded += result.value;
    options.onProgress?.({ fraction: Math.min(1, opened.value.readBytes() / opened.value.total), records });
    // Let the page paint and answer input between transactions.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    return undefined;
  };

  for await (const record of opened.value.records) {
    if (options.signal?.aborted) break;
    records++;
    if (record.kind === 'bad') {
      skip('line-unreadable', lineIndex++, 'lines');
    } else if (record.kind === 'settings') {
      report.proposedSettings = proposals(settings, record.raw);
    } else if (record.kind === 'list') {
      const index = listIndex++;
      const list = restoreList(record.raw, ctx.now());
      if (!list) skip('list-unreadable', index, 'lists');
      else if (lists.has(list.id)) report.listsMerged++;
      else {
        lists.set(list.id, list);
        newLists.add(list.id);
        report.listsAdded++;
        batch.push({ kind: 'list', list });
      }
    } else {
      const index = deviceIndex++;
      const restored = restoreDevice(record.raw, ctx.now());
      if (!restored) skip('device-unreadable', index, 'devices');
      else if (isEmptyDevice(restored.value)) skip('device-empty', index, 'devices');
      else if (!lists.has(restored.value.listId)) skip('device-without-list', index, 'devices');
      else {
        const device = restored.value;
        for (const p of restored.cleaned) note({ ...p, index });
        const dup = device.deletedAt === undefined && !storedIds.has(device.id) ? firstDuplicate(stored, device) : undefined;
        if (dup) duplicate({ deviceId: device.id, index, ...dup });
        else batch.push({ kind: 'device', device, index });
      }
    }
    if (batch.length >= batchSize) {
      const failed = await commit();
      if (failed) return { ok: false, error: failed };
    } else if (records % 5000 === 0) {
      // A long run of records that are skipped or duplicates commits nothing: still say how far it is, and yield.
      options.onProgress?.({ fraction: Math.min(1, opened.value.readBytes() / opened.value.total), records });
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    }
  }
  const failed = await commit();
  if (failed) return { ok: false, error: failed };
  options.onProgress?.({ fraction: 1, records });
  return ok(report);
}
