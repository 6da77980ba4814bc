// The field rules of a box: the codes scanned from ONE laptop box make ONE device. Pure logic (no
// Svelte, no storage) so every rule is unit-tested: which field a classified scan fills and when
// a scan belongs to the next box. open-box.ts and plan-code.ts build the open box on these.
import type { Device, DeviceField } from '../types';
import type { ScanKind, ScanRefusal, ScanResult } from '../classify/types';

/** The identifier fields a scan can fill, in the order they are usually found on a box. */
const KIND_FIELD: Partial<Record<ScanKind, DeviceField>> = {
  serial: 'serialNumber',
  pkid: 'pkid',
  'hardware-hash': 'hardwareHash',
  manufacturer: 'manufacturer',
  model: 'model',
};

/** Fields whose second, different value means a second box (a box has one serial, one PKID …). */
const ONE_PER_BOX: readonly DeviceField[] = ['serialNumber', 'pkid', 'hardwareHash'];

export type Choice = { kind: ScanKind; value: string };

/** Why a scan did not go into any field: the UI words each one. */
export type Ignored = 'empty' | 'product-key' | 'windows-product-id' | 'gtin' | 'unknown' | ScanRefusal;

export type Outcome =
  /** Fields were set on the draft (`replaced` when a manufacturer/model overwrote another value). */
  | { kind: 'filled'; device: Device; fields: DeviceField[]; replaced: DeviceField[] }
  /** The same value was already on this box (labels print the serial twice). */
  | { kind: 'same'; field: DeviceField }
  /** A second serial/PKID/hash: `next` is the new box; the caller saves or keeps `device`. */
  | { kind: 'next-box'; next: Device; fields: DeviceField[] }
  /** Two readings are possible: the technician chooses. */
  | { kind: 'ask'; value: string; choices: Choice[] }
  | { kind: 'ignored'; reason: Ignored; value: string };

export const isEmptyDevice = (d: Device): boolean => Object.keys(d).length === 0;

/** The kinds already on the box, as classifyScan's context wants them. */
export function kindsOnBox(d: Device): ScanKind[] {
  const kinds: ScanKind[] = [];
  for (const [kind, field] of Object.entries(KIND_FIELD) as [ScanKind, DeviceField][]) {
    if (d[field]) kinds.push(kind);
  }
  return kinds;
}

/** What a classified value becomes: a field, or a reason it fits none. */
function fieldOf(kind: ScanKind): DeviceField | Ignored | 'ask' {
  if (kind === 'ambiguous') return 'ask';
  const field = KIND_FIELD[kind];
  if (field) return field;
  if (kind === 'product-key' || kind === 'windows-product-id' || kind === 'gtin') return kind;
  return 'unknown';
}

/** Puts one chosen reading (after the technician answered a question) onto the draft. */
export function applyChoice(draft: Device, choice: Choice): Outcome {
  const field = KIND_FIELD[choice.kind];
  if (!field) return { kind: 'ignored', reason: choice.kind === 'gtin' ? 'gtin' : 'unknown', value: choice.value };
  return applyFields(draft, choice.kind, { [field]: choice.value });
}

export function applyScan(draft: Device, scan: ScanResult): Outcome {
  if (scan.refused) return { kind: 'ignored', reason: scan.refused, value: scan.value };
  if (scan.value === '') return { kind: 'ignored', reason: 'empty', value: '' };
  // A 10-character value that is a Lenovo machine type model OR an HP serial: decide only where
  // the box already tells (it has a serial, or it is a Lenovo box); otherwise ask.
  if (scan.kind === 'model' && scan.alternatives?.some((a) => a.kind === 'serial')) {
    const lenovo = draft.manufacturer?.toUpperCase() === 'LENOVO';
    if (!draft.serialNumber && !lenovo) {
      return { kind: 'ask', value: scan.value, choices: [{ kind: 'serial', value: scan.value }, { kind: 'model', value: scan.value }] };
    }
  }
  const target = fieldOf(scan.kind);
  if (target === 'ask') {
    const choices = (scan.alternatives ?? []).map((a) => ({ kind: a.kind, value: a.value }));
    return { kind: 'ask', value: scan.value, choices };
  }
  if (!DEVICE_FIELD_SET.has(target)) return { kind: 'ignored', reason: target as Ignored, value: scan.value };
  const values: Device = { ...(scan.extra ?? {}) };
  values[target as DeviceField] = scan.value;
  return applyFields(draft, scan.kind, values);
}

const DEVICE_FIELD_SET = new Set<string>(Object.values(KIND_FIELD));

function applyFields(draft: Device, kind: ScanKind, values: Device): Outcome {
  const entries = (Object.entries(values) as [DeviceField, string | undefined][]).filter(([, v]) => !!v) as [DeviceField, string][];
  const clash = entries.some(([f, v]) => ONE_PER_BOX.includes(f) && draft[f] !== undefined && draft[f] !== v);
  if (clash) {
    return { kind: 'next-box', next: Object.fromEntries(entries) as Device, fields: entries.map(([f]) => f) };
  }
  const changed = entries.filter(([f, v]) => draft[f] !== v);
  if (changed.length === 0) {
    const field = KIND_FIELD[kind] ?? entries[0]?.[0] ?? 'serialNumber';
    return { kind: 'same', field };
  }
  const device: Device = { ...draft };
  const replaced: DeviceField[] = [];
  for (const [f, v] of changed) {
    if (device[f] !== undefined) replaced.push(f);
    device[f] = v;
  }
  return { kind: 'filled', device, fields: changed.map(([f]) => f), replaced };
}
