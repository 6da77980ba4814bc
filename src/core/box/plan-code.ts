// What one code (typed, wedge-scanned, read by the camera, or an answer to a question) does to a
// list's open box: the pure decision, made before anything is stored. The app layer carries it
// out in one transaction (device and box state together) after checking the new identifiers
// for duplicates inside that same transaction.
import type { Device, DeviceField } from '../types';
import { classifyScan } from '../classify/classify-scan';
import type { ScanContext, ScanResult } from '../classify/types';
import { applyChoice, applyScan, kindsOnBox, type Choice, type Ignored, type Outcome } from './box-draft';
import {
  asClosed,
  emptyBox,
  valuesOf,
  withStep,
  type BoxState,
  type OpenBox,
  type PendingQuestion,
  type QuestionTarget,
} from './open-box';

export interface CodeInput {
  text: string;
  symbology?: string;
  aim?: string;
}

export type CodePlan =
  /** New values on the open box's device (created when the box had none). */
  | { kind: 'fill'; device: Device; fields: DeviceField[]; replaced: DeviceField[]; box: OpenBox }
  /** A code of the next box: the open box is closed as it is, the next box starts with `device`. */
  | { kind: 'next-box'; device: Device; fields: DeviceField[]; closing: OpenBox; box: OpenBox }
  /** The value is already on the box: nothing changes. */
  | { kind: 'same'; field: DeviceField }
  /** Two readings fit: the question waits with the box, nothing is lost. */
  | { kind: 'ask'; question: Omit<Extract<PendingQuestion, { kind: 'choose' }>, 'id' | 'askedAt'> }
  | { kind: 'ignored'; reason: Ignored; value: string; scan?: ScanResult };

/** What classifyScan needs to know about the box. */
export function boxContext(device: Device, input: Pick<CodeInput, 'symbology' | 'aim'>): ScanContext {
  const context: ScanContext = { otherKindsOnBox: kindsOnBox(device) };
  if (device.manufacturer) context.manufacturer = device.manufacturer;
  if (input.symbology) context.symbology = input.symbology;
  if (input.aim) context.aim = input.aim;
  return context;
}

/** The plan for a code arriving at the open box whose device holds `device` ({} when none yet). */
export function planCode(box: OpenBox, device: Device, input: CodeInput, nextBoxId: string, now: number): CodePlan {
  const scan = classifyScan(input.text, boxContext(device, input));
  const plan = fromOutcome(box, device, applyScan(device, scan), nextBoxId, now, { box: box.id }, input.symbology);
  return plan.kind === 'ignored' ? { ...plan, scan } : plan;
}

/** The plan for an answer to a question that waits for the open box. */
export function planChoice(box: OpenBox, device: Device, choice: Choice, nextBoxId: string, now: number): CodePlan {
  return fromOutcome(box, device, applyChoice(device, choice), nextBoxId, now, { box: box.id });
}

/** Values forced onto the open box (a duplicate the technician chose to add anyway). */
export function planValues(box: OpenBox, device: Device, values: Device, nextBoxId: string, now: number): CodePlan {
  const fields = (Object.keys(values) as DeviceField[]).filter((f) => values[f] !== undefined);
  const clash = fields.some((f) => isOnePerBox(f) && device[f] !== undefined && device[f] !== values[f]);
  if (clash) return nextBox(box, values, fields, nextBoxId, now);
  return fill(box, device, values, fields);
}

const ONE_PER_BOX = new Set<DeviceField>(['serialNumber', 'pkid', 'hardwareHash']);
export const isOnePerBox = (f: DeviceField): boolean => ONE_PER_BOX.has(f);

function fromOutcome(box: OpenBox, device: Device, outcome: Outcome, nextBoxId: string, now: number, target: QuestionTarget, symbology?: string): CodePlan {
  switch (outcome.kind) {
    case 'filled':
      return fill(box, device, valuesOf(outcome.device, outcome.fields), outcome.fields, outcome.replaced);
    case 'next-box':
      return nextBox(box, outcome.next, outcome.fields, nextBoxId, now);
    case 'same':
      return { kind: 'same', field: outcome.field };
    case 'ask': {
      const question: Extract<CodePlan, { kind: 'ask' }>['question'] = { kind: 'choose', target, value: outcome.value, choices: outcome.choices };
      if (symbology) question.symbology = symbology;
      return { kind: 'ask', question };
    }
    case 'ignored':
      return { kind: 'ignored', reason: outcome.reason, value: outcome.value };
  }
}

function fill(box: OpenBox, device: Device, values: Device, fields: DeviceField[], replaced?: DeviceField[]): CodePlan {
  const changed = fields.filter((f) => device[f] !== values[f]);
  if (changed.length === 0) return { kind: 'same', field: fields[0] ?? 'serialNumber' };
  const next: Device = { ...device };
  for (const f of changed) next[f] = values[f];
  const step = { fields: changed, before: valuesOf(device, changed) };
  return {
    kind: 'fill',
    device: next,
    fields: changed,
    replaced: replaced ?? changed.filter((f) => device[f] !== undefined),
    box: withStep(box, step),
  };
}

function nextBox(box: OpenBox, values: Device, fields: DeviceField[], nextBoxId: string, now: number): CodePlan {
  const device = valuesOf(values, fields);
  const started = withStep(emptyBox(nextBoxId, now), { fields, before: {}, reopens: asClosed(box) });
  return { kind: 'next-box', device, fields, closing: box, box: started };
}

/** A waiting question that the box's device now settles, and how. */
export type Settled = { id: string; value: string } & ({ kind: 'gtin' } | { kind: 'fill'; values: Device; fields: DeviceField[] });

/**
 * Questions for the open box that its device now settles: once the box has its PKID, a waiting
 * "PKID or EAN?" is its EAN; once it has a serial, a waiting "HP serial or Lenovo model?" is
 * the model. Each is decided by the same rules as a code arriving now.
 */
export function settledQuestions(state: BoxState, device: Device): Settled[] {
  const settled: Settled[] = [];
  let current = device;
  for (const q of state.questions) {
    if (q.kind !== 'choose' || !('box' in q.target) || q.target.box !== state.box.id) continue;
    const scan = classifyScan(q.value, boxContext(current, q.symbology ? { symbology: q.symbology } : {}));
    const outcome = applyScan(current, scan);
    if (outcome.kind === 'ignored' && outcome.reason === 'gtin') settled.push({ id: q.id, value: q.value, kind: 'gtin' });
    else if (outcome.kind === 'filled') {
      settled.push({ id: q.id, value: q.value, kind: 'fill', values: valuesOf(outcome.device, outcome.fields), fields: outcome.fields });
      current = outcome.device;
    }
  }
  return settled;
}
