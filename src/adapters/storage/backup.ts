// Backup: everything in one versioned JSON file, and a merging restore. Every record read from a
// backup goes through the restore step; a device whose serial, PKID or hash is already stored is
// reported, not added a second time. Only devices stored BEFORE the import count as "already
// stored": a list that legitimately held the same serial twice restores as it was.
import type { Problem } from '../../core';
import type { DeviceList, IdentifierField, IdentifierMatch, StoredDevice } from './types';
import { fail, type Result } from './errors';
import { deleteRaw, putRaw, read, write, type StoreContext } from './context';
import { restoreDevice, restoreList } from './restore';
import { SETTING_KEYS, restoreSetting, type Settings } from './settings-shape';
import { identifierIndexIn, type CacheTx, type IdentifierIndex } from './identifiers';
import { putDevice } from './device-rows';
import { raiseRevision } from './list-rows';
import { toListRow } from './schema';
import type { ChangeMessage } from './types';

export const BACKUP_FORMAT = 'boxpilot-backup';
export const BACKUP_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  lists: DeviceList[];
  /** Including the trash, so a restore brings back exactly what was there. */
  devices: StoredDevice[];
  /** The settings the user changed (the others are defaults). */
  settings: Partial<Settings>;
}

export interface BackupDuplicate {
  /** The device in the backup, by id and position in its `devices` array. */
  deviceId: string;
  index: number;
  /** 'id' when this very record is already stored (the same backup restored twice). */
  field: IdentifierField | 'id';
  /** The value that matched (a hardware hash is shortened: it is private, spec §3). */
  value: string;
  existing: IdentifierMatch;
}

export interface ImportReport {
  listsAdded: number;
  /** Lists already stored under the same id: kept as they are, the backup's devices join them. */
  listsMerged: number;
  devicesAdded: number;
  duplicates: BackupDuplicate[];
  /** Records that could not be read, and what the restore step cleaned (with `index`). */
  problems: Problem[];
  settingsApplied: (keyof Settings)[];
}

export function exportBackup(ctx: StoreContext): Promise<Result<BackupFile>> {
  return read(ctx, ['lists', 'devices', 'settings'], async (tx) => {
    const now = ctx.now();
    const lists: DeviceList[] = [];
    for (const raw of await tx.objectStore('lists').getAll()) {
      const list = restoreList(raw, now);
      if (list) lists.push(list);
    }
    const devices: StoredDevice[] = [];
    for (const raw of await tx.objectStore('devices').getAll()) {
      const device = restoreDevice(raw, now)?.value;
      if (device) devices.push(device);
    }
    const settings: Record<string, unknown> = {};
    for (const row of await tx.objectStore('settings').getAll()) {
      const key = SETTING_KEYS.find((k) => k === row.key);
      const value = key && restoreSetting(key, row.value);
      if (key && value !== undefined) settings[key] = value;
    }
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, lists, devices, settings } as BackupFile;
  });
}

interface ParsedBackup {
  lists: unknown[];
  devices: unknown[];
  settings: Record<string, unknown>;
}

const invalid = (message: string) => fail<ParsedBackup>('invalid-backup', message);

/** Checks the envelope; the records inside are checked one by one during the import. */
export function parseBackup(input: unknown): Result<ParsedBackup> {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      return invalid('This file is not a Boxpilot backup: it is not readable JSON. Choose the .json file that Boxpilot exported.');
    }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return invalid('This file is not a Boxpilot backup. Choose the .json file that Boxpilot exported.');
  }
  const d = data as Record<string, unknown>;
  if (d.format !== BACKUP_FORMAT) {
    return invalid('This file is not a Boxpilot backup (it does not say "format": "boxpilot-backup"). Choose the .json file that Boxpilot exported.');
  }
  if (typeof d.version !== 'number' || !Number.isInteger(d.version) || d.version < 1) {
    return invalid('This Boxpilot backup is damaged: its version number is missing. Nothing was imported.');
  }
  if (d.version > BACKUP_VERSION) {
    return invalid(`This backup was made by a newer version of Boxpilot (backup version ${d.version}). Reload Boxpilot to update it, then import again. Nothing was imported.`);
  }
  if (!Array.isArray(d.lists) || !Array.isArray(d.devices)) {
    return invalid('This Boxpilot backup is damaged: its lists or devices are missing. Nothing was imported.');
  }
  const settings = d.settings && typeof d.settings === 'object' && !Array.isArray(d.settings) ? (d.settings as Record<string, unknown>) : {};
  return { ok: true, value: { lists: d.lists, devices: d.devices, settings } };
}

function backupProblem(code: string, message: string, index: number): Problem {
  return { code, severity: 'warning', message, index };
}

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

/** Merges a backup (a JSON string or the parsed object) into the database, in one transaction. */
export async function importBackup(ctx: StoreContext, input: unknown): Promise<Result<ImportReport>> {
  const parsed = parseBackup(input);
  if (!parsed.ok) return parsed;
  const backup = parsed.value;
  const touched = new Set<string>();
  const added = new Set<string>();
  return write(
    ctx,
    ['lists', 'devices', 'identifierCache', 'settings'],
    async (tx) => {
      const now = ctx.now();
      const report: ImportReport = { listsAdded: 0, listsMerged: 0, devicesAdded: 0, duplicates: [], problems: [], settingsApplied: [] };
      const listStore = tx.objectStore('lists');
      const deviceStore = tx.objectStore('devices');

      const lists = new Map<string, DeviceList>();
      for (const raw of await listStore.getAll()) {
        const list = restoreList(raw, now);
        if (list) lists.set(list.id, list);
      }
      // Built before anything is added: only devices stored before the import are "already stored".
      const stored = await identifierIndexIn(tx as unknown as CacheTx, now); // reads, plus raw puts of caches
      const storedIds = new Set(await deviceStore.getAllKeys());

      backup.lists.forEach((raw, index) => {
        const list = restoreList(raw, now);
        if (!list) {
          report.problems.push(backupProblem('backup.list-unreadable', `List ${index + 1} in the backup has no id and was skipped.`, index));
        } else if (lists.has(list.id)) {
          report.listsMerged++;
        } else {
          // New here: revision 0, and no cache (one left by a purged list of that id would lie).
          putRaw(listStore, toListRow(list, 0));
          deleteRaw(tx.objectStore('identifierCache'), list.id);
          lists.set(list.id, list);
          added.add(list.id);
          touched.add(list.id);
          report.listsAdded++;
        }
      });

      for (const [index, raw] of backup.devices.entries()) {
        const restored = restoreDevice(raw, now);
        if (!restored) {
          report.problems.push(backupProblem('backup.device-unreadable', `Device ${index + 1} in the backup has no id or list and was skipped.`, index));
          continue;
        }
        const device = restored.value;
        for (const p of restored.cleaned) report.problems.push({ ...p, index });
        if (!lists.has(device.listId)) {
          report.problems.push(backupProblem('backup.device-without-list', `Device ${index + 1} in the backup belongs to a list that is not in the backup; it was skipped.`, index));
          continue;
        }
        if (storedIds.has(device.id)) {
          const listId = (await deviceStore.get(device.id))?.listId ?? device.listId;
          const existing = { deviceId: device.id, listId, listName: lists.get(listId)?.name ?? '' };
          report.duplicates.push({ deviceId: device.id, index, field: 'id', value: device.id, existing });
          continue;
        }
        const duplicate = device.deletedAt === undefined ? firstDuplicate(stored, device) : undefined;
        if (duplicate) {
          report.duplicates.push({ deviceId: device.id, index, ...duplicate });
          continue;
        }
        putDevice(tx, device);
        touched.add(device.listId);
        report.devicesAdded++;
      }
      // Lists that were already here and got devices: their caches are stale from this commit on.
      for (const listId of touched) if (!added.has(listId)) await raiseRevision(listStore, listId, now);

      const settingStore = tx.objectStore('settings');
      const localKeys = new Set(await settingStore.getAllKeys());
      for (const key of SETTING_KEYS) {
        const value = restoreSetting(key, backup.settings[key]);
        if (value === undefined || localKeys.has(key)) continue;
        putRaw(settingStore, { key, value });
        report.settingsApplied.push(key);
      }
      return report;
    },
    (report) => {
      const messages: ChangeMessage[] = [{ type: 'lists-changed' }];
      for (const listId of touched) messages.push({ type: 'devices-changed', listId });
      if (report.settingsApplied.length > 0) messages.push({ type: 'settings-changed' });
      return messages;
    },
  );
}
