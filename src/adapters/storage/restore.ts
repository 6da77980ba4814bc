// The ONE restore step for stored and imported records (Excalidraw's restore()): whatever comes
// out of IndexedDB or a backup file passes through here and comes out in the current shape, with
// defaults filled in and unknown keys (including the index keys of schema.ts) dropped. Nothing
// here throws, whatever it is given; a record that cannot be identified gives null.
import { DEVICE_FIELDS, DIALECTS, normalizeDevice, type Problem, type Severity } from '../../core';
import { DEFAULT_SETTINGS, SETTING_KEYS, restoreSetting, type Settings } from './settings-shape';
import type { DeviceList, DeviceSource, Registration, StoredDevice } from './types';

type Raw = Record<string, unknown>;

function asRecord(value: unknown): Raw | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function nonEmpty(value: unknown): string | undefined {
  const t = text(value)?.trim();
  return t ? t : undefined;
}

/**
 * The latest time a record may carry: the end of the Date range (8.64e15 ms) minus a year, so a
 * date computed from it (a trashed device's purge, 30 days on) is still a valid Date. A restored
 * list with `updatedAt: 1e300` once made every date format throw (issue 10).
 */
export const MAX_TIME = 8.64e15 - 366 * 24 * 60 * 60 * 1000;

/** A time within [0, MAX_TIME], else undefined (the caller falls back to another time). */
function time(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TIME ? value : undefined;
}

/**
 * When a record was deleted. A trashed record whose time lies past the Date range (`9e15`) stays
 * trashed, counted from now, rather than coming back to life; anything else that is not a time
 * (negative, text) means "not deleted", as before.
 */
function deletedTime(value: unknown, now: number): number | undefined {
  const t = time(value);
  if (t !== undefined) return t;
  return typeof value === 'number' && value > MAX_TIME ? Math.min(Math.max(now, 0), MAX_TIME) : undefined;
}

/** Reads one key without letting a hostile getter throw. */
function get(record: Raw, key: string): unknown {
  try {
    return record[key];
  } catch {
    return undefined;
  }
}

export function restoreList(raw: unknown, now: number = Date.now()): DeviceList | null {
  const r = asRecord(raw);
  const id = r && nonEmpty(get(r, 'id'));
  if (!r || !id) return null;
  const createdAt = time(get(r, 'createdAt')) ?? time(get(r, 'updatedAt')) ?? now;
  const list: DeviceList = {
    id,
    name: text(get(r, 'name')) ?? '',
    customerName: text(get(r, 'customerName')) ?? '',
    dialect: DIALECTS.find((d) => d === get(r, 'dialect')) ?? 'partner-center',
    createdAt,
    updatedAt: time(get(r, 'updatedAt')) ?? createdAt,
  };
  const tenant = nonEmpty(get(r, 'customerTenantId'));
  if (tenant) list.customerTenantId = tenant;
  const deletedAt = deletedTime(get(r, 'deletedAt'), now);
  if (deletedAt !== undefined) list.deletedAt = deletedAt;
  return list;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const SOURCES: readonly DeviceSource[] = ['scan', 'typed', 'file'];

function restoreProblem(raw: unknown): Problem | undefined {
  const r = asRecord(raw);
  if (!r) return undefined;
  const code = nonEmpty(get(r, 'code'));
  const severity = SEVERITIES.find((s) => s === get(r, 'severity'));
  if (!code || !severity) return undefined;
  const p: Problem = { code, severity, message: text(get(r, 'message')) ?? code };
  const field = DEVICE_FIELDS.find((f) => f === get(r, 'field'));
  if (field) p.field = field;
  const index = get(r, 'index');
  if (typeof index === 'number' && Number.isInteger(index) && index >= 0) p.index = index;
  const line = get(r, 'line');
  if (typeof line === 'number' && Number.isInteger(line) && line >= 1) p.line = line;
  const params = asRecord(get(r, 'params'));
  if (params) {
    const kept: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(params)) if (typeof v === 'string' || typeof v === 'number') kept[k] = v;
    p.params = kept;
  }
  return p;
}

function restoreProblems(raw: unknown): Problem[] {
  if (!Array.isArray(raw)) return [];
  const out: Problem[] = [];
  for (const item of raw) {
    const p = restoreProblem(item);
    if (p) out.push(p);
  }
  return out;
}

function restoreRegistration(raw: unknown, fallbackTime: number): Registration | undefined {
  const r = asRecord(raw);
  const status = r && nonEmpty(get(r, 'status'));
  if (!r || !status) return undefined;
  const reg: Registration = { status, updatedAt: time(get(r, 'updatedAt')) ?? fallbackTime };
  for (const key of ['batchId', 'trackingId', 'errorCode', 'errorDescription'] as const) {
    const v = get(r, key);
    const value = typeof v === 'number' ? String(v) : nonEmpty(v);
    if (value) reg[key] = value;
  }
  return reg;
}

/**
 * A value the restore step had to drop (not text, e.g. a PKID stored as a number that may have
 * lost digits) must stay visible on the device, not vanish with the value: warnings and errors
 * from normalizeDevice join the device's problems (once). Cleaning notes (info) do not.
 */
function withDroppedFields(problems: Problem[], cleaned: readonly Problem[]): Problem[] {
  for (const c of cleaned) {
    if (c.severity === 'info') continue;
    if (!problems.some((p) => p.code === c.code && p.field === c.field)) problems.push(c);
  }
  return problems;
}

export interface RestoredDevice {
  value: StoredDevice;
  /** What normalizeDevice cleaned in the device fields (noise, whitespace in a hash …). */
  cleaned: Problem[];
}

export function restoreDevice(raw: unknown, now: number = Date.now()): RestoredDevice | null {
  const r = asRecord(raw);
  const id = r && nonEmpty(get(r, 'id'));
  const listId = r && nonEmpty(get(r, 'listId'));
  if (!r || !id || !listId) return null;
  const { device, cleaned } = normalizeDevice(get(r, 'device'));
  const addedAt = time(get(r, 'addedAt')) ?? time(get(r, 'updatedAt')) ?? now;
  const updatedAt = time(get(r, 'updatedAt')) ?? addedAt;
  const value: StoredDevice = {
    id,
    listId,
    device,
    source: SOURCES.find((s) => s === get(r, 'source')) ?? 'typed',
    addedAt,
    updatedAt,
    problems: withDroppedFields(restoreProblems(get(r, 'problems')), cleaned),
  };
  const detail = nonEmpty(get(r, 'sourceDetail'));
  if (detail) value.sourceDetail = detail;
  const found = restoreProblems(get(r, 'found'));
  if (found.length > 0) value.found = found;
  const registration = restoreRegistration(get(r, 'registration'), updatedAt);
  if (registration) value.registration = registration;
  const deletedAt = deletedTime(get(r, 'deletedAt'), now);
  if (deletedAt !== undefined) value.deletedAt = deletedAt;
  return { value, cleaned };
}

/** Settings from a `{ key: value }` object; invalid or missing keys take their default. */
export function restoreSettings(raw: unknown): Settings {
  const r = asRecord(raw) ?? {};
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const key of SETTING_KEYS) {
    const value = restoreSetting(key, get(r, key));
    if (value !== undefined) (settings as unknown as Record<string, unknown>)[key] = value;
  }
  return settings;
}
