// The open box as read back from storage or a backup: brought to the current shape, or dropped.
// Never throws; a damaged part (one question, one step) is left out rather than failing the list.
import { DEVICE_FIELDS, type Device, type DeviceField } from '../types';
import { normalizeDevice } from '../normalize';
import type { Choice } from './box-draft';
import { MAX_QUESTIONS, MAX_REOPEN_DEPTH, MAX_STEPS, type BoxState, type BoxStep, type ClosedBox, type DuplicateMatch, type OpenBox, type PendingQuestion, type QuestionTarget } from './open-box';

type Raw = Record<string, unknown>;
const record = (v: unknown): Raw | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const time = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 8.64e15 ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function fields(v: unknown): DeviceField[] {
  return list(v).filter((f): f is DeviceField => DEVICE_FIELDS.includes(f as DeviceField));
}

function device(v: unknown): Device {
  return normalizeDevice(record(v) ?? {}).device;
}

function step(v: unknown, depth: number): BoxStep | undefined {
  const r = record(v);
  const fs = fields(r?.fields);
  if (!r || fs.length === 0) return undefined;
  const s: BoxStep = { fields: fs, before: device(r.before) };
  const reopens = depth < MAX_REOPEN_DEPTH ? closed(r.reopens, depth + 1) : undefined;
  if (reopens) s.reopens = reopens;
  return s;
}

const steps = (v: unknown, depth: number): BoxStep[] =>
  list(v).slice(-MAX_STEPS).map((s) => step(s, depth)).filter((s): s is BoxStep => !!s);

function closed(v: unknown, depth: number): ClosedBox | undefined {
  const r = record(v);
  const id = str(r?.id);
  if (!r || !id) return undefined;
  const c: ClosedBox = { id, steps: steps(r.steps, depth), openedAt: time(r.openedAt) ?? 0 };
  const deviceId = str(r.deviceId);
  if (deviceId) c.deviceId = deviceId;
  return c;
}

function box(v: unknown, now: number): OpenBox | undefined {
  const r = record(v);
  const id = str(r?.id);
  if (!r || !id) return undefined;
  const b: OpenBox = { id, steps: steps(r.steps, 0), openedAt: time(r.openedAt) ?? now };
  const deviceId = str(r.deviceId);
  if (deviceId) b.deviceId = deviceId;
  return b;
}

function target(v: unknown): QuestionTarget | undefined {
  const r = record(v);
  if (!r) return undefined;
  const b = str(r.box);
  if (b) return { box: b };
  const d = str(r.device);
  if (d) return { device: d };
  return r.newDevice === true ? { newDevice: true } : undefined;
}

const KINDS = new Set(['serial', 'pkid', 'gtin', 'model', 'manufacturer', 'hardware-hash']);

function choice(v: unknown): Choice | undefined {
  const r = record(v);
  const kind = str(r?.kind);
  const value = str(r?.value);
  return kind && value && KINDS.has(kind) ? ({ kind, value } as Choice) : undefined;
}

const IDENTIFIER_FIELDS = new Set(['serialNumber', 'pkid', 'hardwareHash']);

function match(v: unknown): DuplicateMatch | undefined {
  const r = record(v);
  const field = str(r?.field);
  const value = str(r?.value);
  const deviceId = str(r?.deviceId);
  const listId = str(r?.listId);
  if (!r || !field || !IDENTIFIER_FIELDS.has(field) || !value || !deviceId || !listId) return undefined;
  return { field: field as DuplicateMatch['field'], value, deviceId, listId, listName: typeof r.listName === 'string' ? r.listName : '' };
}

function question(v: unknown, now: number): PendingQuestion | undefined {
  const r = record(v);
  const id = str(r?.id);
  const t = target(r?.target);
  const value = str(r?.value);
  if (!r || !id || !t || !value) return undefined;
  const base = { id, target: t, value, askedAt: time(r.askedAt) ?? now, ...(str(r.symbology) ? { symbology: str(r.symbology)! } : {}) };
  if (r.kind === 'choose') {
    const choices = list(r.choices).map(choice).filter((c): c is Choice => !!c);
    return choices.length > 0 ? { ...base, kind: 'choose', choices } : undefined;
  }
  if (r.kind === 'duplicate') {
    const values = device(r.values);
    const matches = list(r.matches).map(match).filter((m): m is DuplicateMatch => !!m);
    return Object.keys(values).length > 0 ? { ...base, kind: 'duplicate', values, matches } : undefined;
  }
  return undefined;
}

/** The stored box state in the current shape, or undefined when there is none worth keeping. */
export function restoreBoxState(raw: unknown, now: number): BoxState | undefined {
  const r = record(raw);
  const b = r && box(r.box, now);
  if (!r || !b) return undefined;
  const questions = list(r.questions).slice(-MAX_QUESTIONS).map((q) => question(q, now)).filter((q): q is PendingQuestion => !!q);
  const version = typeof r.version === 'number' && Number.isInteger(r.version) && r.version >= 0 ? r.version : 0;
  return { box: b, questions, version };
}
