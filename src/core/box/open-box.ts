// The open box of a list: which stored device it fills, what each accepted code changed (for
// "Undo last code"), and the questions still waiting for an answer. Pure data and rules; the app
// layer stores the state on the list record in the same transaction as the device it changes, so
// a box and its device can never disagree after a crash.
//
// A box stays open until a code of another box arrives (a second, different serial, PKID or
// hash), the technician presses "Next box", or a question's answer starts one. Being complete no
// longer closes it: a manufacturer and model scanned after serial + PKID still join it.
import type { Device, DeviceField } from '../types';
import type { Choice } from './box-draft';

/** What one accepted code changed on the box's device: the fields and their values before it. */
export interface BoxStep {
  fields: DeviceField[];
  /** Values of `fields` before the code (absent = the field was empty). */
  before: Device;
  /** Set when this code closed the previous box and started this one: Undo reopens it. */
  reopens?: ClosedBox;
}

/** A box closed by a code of the next box, kept so undoing that code reopens it. */
export interface ClosedBox {
  id: string;
  deviceId?: string;
  steps: BoxStep[];
  openedAt: number;
}

export interface OpenBox {
  id: string;
  /** The stored device this box fills; absent until its first accepted code. */
  deviceId?: string;
  steps: BoxStep[];
  openedAt: number;
}

/** Where a question's answer goes: the box it arrived for, the device that box became, or a new device. */
export type QuestionTarget = { box: string } | { device: string } | { newDevice: true };

export interface DuplicateMatch {
  field: 'serialNumber' | 'pkid' | 'hardwareHash';
  value: string;
  deviceId: string;
  listId: string;
  listName: string;
}

interface QuestionBase {
  id: string;
  target: QuestionTarget;
  /** The code as it arrived (cleaned), so a later context can settle it. */
  value: string;
  symbology?: string;
  askedAt: number;
}

export type PendingQuestion =
  /** Two readings fit (PKID or EAN? HP serial or Lenovo MTM?). */
  | (QuestionBase & { kind: 'choose'; choices: Choice[] })
  /** The code's identifiers are already stored (this list or another): add anyway, or skip. */
  | (QuestionBase & { kind: 'duplicate'; values: Device; matches: DuplicateMatch[] });

export interface BoxState {
  box: OpenBox;
  questions: PendingQuestion[];
  /** Raised by every change; a write that expected another version was raced by another tab. */
  version: number;
}

/** How many codes one box remembers for Undo (a box has a handful). */
export const MAX_STEPS = 50;
/** Questions kept at the most (a scanner left on a pallet of EANs must not grow the record forever). */
export const MAX_QUESTIONS = 100;

export function emptyBox(id: string, now: number): OpenBox {
  return { id, steps: [], openedAt: now };
}

export function initialBoxState(id: string, now: number): BoxState {
  return { box: emptyBox(id, now), questions: [], version: 0 };
}

/** The values of `fields` on `device`, as a Device holding only those that are set. */
export function valuesOf(device: Device, fields: readonly DeviceField[]): Device {
  const out: Device = {};
  for (const f of fields) if (device[f] !== undefined) out[f] = device[f];
  return out;
}

/** A new step on the box (the oldest are forgotten past MAX_STEPS). */
export function withStep(box: OpenBox, step: BoxStep): OpenBox {
  return { ...box, steps: [...box.steps, step].slice(-MAX_STEPS) };
}

/** The box is closed: the next one starts empty; questions that waited for it now point at its device. */
export function closeBox(state: BoxState, nextId: string, now: number): BoxState {
  const closing = state.box;
  const target: QuestionTarget = closing.deviceId ? { device: closing.deviceId } : { newDevice: true };
  return {
    ...state,
    box: emptyBox(nextId, now),
    questions: state.questions.map((q) => ('box' in q.target && q.target.box === closing.id ? { ...q, target } : q)),
  };
}

/**
 * How many closed boxes back "Undo last code" can reopen. Each box's first step carries the box
 * it closed, which carries the one before: without a bound the record would grow with every box.
 */
export const MAX_REOPEN_DEPTH = 5;

/** The box as it was when a code closed it, for that code's step (nested at most MAX_REOPEN_DEPTH deep). */
export function asClosed(box: OpenBox, depth = MAX_REOPEN_DEPTH): ClosedBox {
  const steps = box.steps.map((s) => {
    if (!s.reopens) return s;
    const { reopens, ...rest } = s;
    return depth > 1 ? { ...rest, reopens: asClosed(reopens, depth - 1) } : rest;
  });
  const closed: ClosedBox = { id: box.id, steps, openedAt: box.openedAt };
  if (box.deviceId) closed.deviceId = box.deviceId;
  return closed;
}

/**
 * The question already waiting about this code for the same box or device, if any: the same
 * code scanned again (a second pass of the scanner over one label) is the same question, asked
 * once, not a pile of copies.
 */
export function questionAlreadyAsked(state: BoxState, kind: PendingQuestion['kind'], target: QuestionTarget, value: string): PendingQuestion | undefined {
  const sameTarget = (t: QuestionTarget) => ('box' in t && 'box' in target ? t.box === target.box : 'device' in t && 'device' in target && t.device === target.device);
  return state.questions.find((q) => q.kind === kind && q.value === value && sameTarget(q.target));
}

export function addQuestion(state: BoxState, question: PendingQuestion): BoxState {
  return { ...state, questions: [...state.questions, question].slice(-MAX_QUESTIONS) };
}

export function withoutQuestion(state: BoxState, id: string): BoxState {
  return { ...state, questions: state.questions.filter((q) => q.id !== id) };
}

/** Whether a question waits for the open box (rather than a closed box's device or a new one). */
export function isForOpenBox(state: BoxState, q: PendingQuestion): boolean {
  return 'box' in q.target && q.target.box === state.box.id;
}

export type Undo =
  /** Nothing to undo on the open box. */
  | { kind: 'nothing' }
  /** Put these values back on the box's device (absent fields in `restore` are removed). */
  | { kind: 'revert'; deviceId: string; fields: DeviceField[]; restore: Device; box: OpenBox }
  /** The code was the device's only content: the device goes, the box stays open and empty (or reopens the one it closed). */
  | { kind: 'remove-device'; deviceId: string; box: OpenBox };

/**
 * What "Undo last code" does to the open box: its last step is taken back. When the device then
 * holds nothing the device itself goes; when that code had closed the previous box, that box is
 * open again.
 */
export function undoLastCode(box: OpenBox, device: Device | undefined, nextId: string, now: number): Undo {
  const step = box.steps[box.steps.length - 1];
  if (!step || !box.deviceId || !device) return { kind: 'nothing' };
  const rest: OpenBox = { ...box, steps: box.steps.slice(0, -1) };
  const after: Device = { ...device };
  for (const f of step.fields) {
    if (step.before[f] === undefined) delete after[f];
    else after[f] = step.before[f];
  }
  // A code that started this box (it closed the previous one) made the whole device.
  if (step.reopens || Object.keys(after).length === 0) {
    const reopened = step.reopens ? reopen(step.reopens) : { ...emptyBox(nextId, now) };
    return { kind: 'remove-device', deviceId: box.deviceId, box: reopened };
  }
  return { kind: 'revert', deviceId: box.deviceId, fields: step.fields, restore: after, box: rest };
}

function reopen(closed: ClosedBox): OpenBox {
  const box: OpenBox = { id: closed.id, steps: closed.steps, openedAt: closed.openedAt };
  if (closed.deviceId) box.deviceId = closed.deviceId;
  return box;
}
