// Every code a technician enters (typed, wedge-scanned, read by the camera, pasted) and every
// answer to a box question goes through here: plan it with the core's box rules, check new
// identifiers for duplicates inside the write, store the device and the box state together, then
// tell the screens with one event. A code is reported as added only after its commit.
import {
  addQuestion,
  questionAlreadyAsked,
  closeBox,
  initialBoxState,
  normalizeDevice,
  planChoice,
  planCode,
  planValues,
  settledQuestions,
  undoLastCode,
  valuesOf,
  withoutQuestion,
  type BoxState,
  type Choice,
  type CodeInput,
  type CodePlan,
  type Device,
  type DeviceField,
  type DuplicateMatch,
  type Ignored,
  type PendingQuestion,
  type Settled,
} from '../core';
import type { BoxChange, BoxDeviceWrite, BoxWriteError, DeviceSource, IdentifierField, StoredDevice } from '../adapters/storage';
import type { AppEvents } from './events';
import { problemsAlone } from './problems';
import type { AppStore } from './store-port';

/** What became of one code: the screen's words, sounds and flashes follow from this alone. */
export type ScanFeedback =
  | { kind: 'taken'; deviceId: string; fields: DeviceField[]; device: Device; settled: Settled[] }
  | { kind: 'box-closed'; deviceId: string; fields: DeviceField[]; device: Device; closed: Device | undefined }
  | { kind: 'same'; field: DeviceField }
  /** An answer went onto the device of a box closed since (`newDevice`: that box had none, so a device of its own). */
  | { kind: 'taken-elsewhere'; deviceId: string; fields: DeviceField[]; device: Device; newDevice: boolean }
  /** The question was answered meanwhile (another tab, a second tap): nothing more was done. */
  | { kind: 'answered-elsewhere' }
  | { kind: 'duplicate'; matches: DuplicateMatch[]; question: PendingQuestion }
  | { kind: 'question'; question: PendingQuestion }
  | { kind: 'unusable'; reason: Ignored; value: string }
  | { kind: 'failed'; error: BoxWriteError };

export interface CodeMeta {
  source: Extract<DeviceSource, 'typed' | 'scan'>;
  /** The barcode symbology, kept on a new device as where it came from. */
  sourceDetail?: string;
}

const IDENTIFIERS: readonly IdentifierField[] = ['serialNumber', 'pkid', 'hardwareHash'];
/** Another tab changed the box between our read and our write: plan again, a few times. */
const ATTEMPTS = 4;

interface Loaded {
  state: BoxState;
  device: Device;
  stored: StoredDevice | undefined;
  dialect: Parameters<typeof problemsAlone>[1];
}

export class BoxService {
  readonly #store: AppStore;
  readonly #events: AppEvents;
  readonly #now: () => number;
  /** One change at a time per list: a code arriving during a commit waits for it. */
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(store: AppStore, events: AppEvents, now: () => number = Date.now) {
    this.#store = store;
    this.#events = events;
    this.#now = now;
  }

  /** The list's open box as stored (a fresh one when none was stored yet). */
  async state(listId: string): Promise<BoxState> {
    const stored = await this.#store.getBoxState(listId);
    return (stored.ok && stored.value) || initialBoxState(this.#id('b'), this.#now());
  }

  scanCode(listId: string, input: CodeInput, meta: CodeMeta): Promise<ScanFeedback> {
    return this.#serial(listId, () => this.#scan(listId, input, meta));
  }

  /** "PKID or EAN?" answered. */
  choose(listId: string, questionId: string, choice: Choice): Promise<ScanFeedback> {
    return this.#serial(listId, () => this.#answer(listId, questionId, { choice }));
  }

  /** A duplicate the technician wants anyway. */
  addAnyway(listId: string, questionId: string): Promise<ScanFeedback> {
    return this.#serial(listId, () => this.#answer(listId, questionId, { force: true }));
  }

  /** Drops a question (the code was an EAN, a duplicate not wanted …). */
  dismiss(listId: string, questionId: string): Promise<ScanFeedback | undefined> {
    return this.#serial(listId, async () => {
      const l = await this.#load(listId);
      if (!l.ok) return { kind: 'failed', error: l.error };
      if (!l.value.state.questions.some((q) => q.id === questionId)) return undefined;
      const result = await this.#commit(listId, l.value, { state: withoutQuestion(l.value.state, questionId) });
      return result.ok ? undefined : { kind: 'failed', error: result.error };
    });
  }

  /** "Next box" (or Enter on the empty field): the open box is closed as it is. */
  nextBox(listId: string): Promise<{ ok: true; closed: Device | undefined } | { ok: false; error: BoxWriteError }> {
    return this.#serial(listId, async () => {
      const l = await this.#load(listId);
      if (!l.ok) return l;
      const { state, stored } = l.value;
      if (!state.box.deviceId && state.box.steps.length === 0) return { ok: true, closed: undefined };
      const result = await this.#commit(listId, l.value, { state: closeBox(state, this.#id('b'), this.#now()) });
      return result.ok ? { ok: true, closed: stored?.device } : result;
    });
  }

  /** "Undo last code": the last accepted code of the open box is taken back. */
  undo(listId: string): Promise<{ ok: true; undone: DeviceField[] } | { ok: false; error: BoxWriteError }> {
    return this.#serial(listId, async () => {
      const l = await this.#load(listId);
      if (!l.ok) return l;
      const { state, device } = l.value;
      const undo = undoLastCode(state.box, l.value.stored ? device : undefined, this.#id('b'), this.#now());
      if (undo.kind === 'nothing') return { ok: true, undone: [] };
      const undone = state.box.steps[state.box.steps.length - 1]?.fields ?? [];
      const change: Omit<BoxChange, 'expectVersion'> =
        undo.kind === 'revert'
          ? { state: { ...state, box: undo.box }, devices: [this.#write(undo.deviceId, undo.restore, l.value)] }
          : { state: { ...state, box: undo.box }, remove: [undo.deviceId] };
      const result = await this.#commit(listId, l.value, change);
      return result.ok ? { ok: true, undone } : result;
    });
  }

  /** Removes one field from the open box's device (a wrong code tapped away). */
  clearField(listId: string, field: DeviceField): Promise<{ ok: true } | { ok: false; error: BoxWriteError }> {
    return this.#serial(listId, async () => {
      const l = await this.#load(listId);
      if (!l.ok) return l;
      const { state, device, stored } = l.value;
      if (!stored || device[field] === undefined) return { ok: true };
      const next = { ...device };
      delete next[field];
      const box = { ...state.box, steps: state.box.steps.filter((s) => !(s.fields.length === 1 && s.fields[0] === field)) };
      const change: Omit<BoxChange, 'expectVersion'> =
        Object.keys(next).length === 0
          ? { state: { ...state, box: { id: box.id, steps: [], openedAt: box.openedAt } }, remove: [stored.id] }
          : { state: { ...state, box }, devices: [this.#write(stored.id, next, l.value)] };
      const result = await this.#commit(listId, l.value, change);
      return result.ok ? { ok: true } : result;
    });
  }

  // Planning and carrying out

  async #scan(listId: string, input: CodeInput, meta: CodeMeta): Promise<ScanFeedback> {
    for (let attempt = 0; ; attempt++) {
      const l = await this.#load(listId);
      if (!l.ok) return { kind: 'failed', error: l.error };
      const plan = planCode(l.value.state.box, l.value.device, input, this.#id('b'), this.#now());
      const done = await this.#carryOut(listId, l.value, plan, meta, input.text);
      if (done.kind !== 'failed' || done.error.code !== 'box-changed' || attempt >= ATTEMPTS) return done;
    }
  }

  async #answer(listId: string, questionId: string, how: Answer): Promise<ScanFeedback> {
    for (let attempt = 0; ; attempt++) {
      const l = await this.#load(listId);
      if (!l.ok) return { kind: 'failed', error: l.error };
      const question = l.value.state.questions.find((q) => q.id === questionId);
      if (!question) return { kind: 'answered-elsewhere' };
      const answered: Loaded = { ...l.value, state: withoutQuestion(l.value.state, questionId) };
      const plan = await this.#planAnswer(answered, question, how);
      const done = await this.#carryOut(listId, answered, plan, { source: 'typed' }, question.value, { force: how.force === true, answered: true });
      if (done.kind !== 'failed' || done.error.code !== 'box-changed' || attempt >= ATTEMPTS) return done;
    }
  }

  /**
   * An answer goes where its question belongs: the open box it waited for, or the device that
   * box became (closed meanwhile), or a device of its own when that box never had one.
   */
  async #planAnswer(l: Loaded, q: PendingQuestion, how: Answer): Promise<CodePlan | Elsewhere> {
    const values = how.force && q.kind === 'duplicate' ? q.values : undefined;
    const now = this.#now();
    const planOn = (box: Loaded['state']['box'], device: Device, nextId: string): CodePlan =>
      values ? planValues(box, device, values, nextId, now) : planChoice(box, device, how.choice ?? { kind: 'gtin', value: q.value }, nextId, now);
    if ('box' in q.target && q.target.box === l.state.box.id) return planOn(l.state.box, l.device, this.#id('b'));
    // Not the open box: onto the device it belongs to, outside the open box's steps.
    let device: Device = {};
    let id: string | undefined;
    if ('device' in q.target) {
      const stored = await this.#store.getDevice(q.target.device);
      if (stored.ok && stored.value.deletedAt === undefined) {
        device = stored.value.device;
        id = stored.value.id;
      }
    }
    const plan = planOn({ id: '', steps: [], openedAt: now }, device, '');
    if (plan.kind === 'fill') return { kind: 'elsewhere', device: plan.device, fields: plan.fields, target: id };
    if (plan.kind === 'next-box') return { kind: 'elsewhere', device: plan.device, fields: plan.fields, target: undefined };
    return plan;
  }

  async #carryOut(listId: string, l: Loaded, plan: CodePlan | Elsewhere, meta: CodeMeta, text: string, options: { force?: boolean; answered?: boolean } = {}): Promise<ScanFeedback> {
    const now = this.#now();
    switch (plan.kind) {
      case 'same':
      case 'ignored': {
        // An answer that stores nothing ("it is the EAN") still takes its question away.
        if (options.answered) {
          const result = await this.#commit(listId, l, { state: l.state });
          if (!result.ok) return { kind: 'failed', error: result.error };
        }
        return plan.kind === 'same' ? { kind: 'same', field: plan.field } : { kind: 'unusable', reason: plan.reason, value: plan.value };
      }
      case 'ask': {
        const asked = questionAlreadyAsked(l.state, plan.question.kind, plan.question.target, plan.question.value);
        if (asked) return { kind: 'question', question: asked };
        const question = { ...plan.question, id: this.#id('q'), askedAt: now } as PendingQuestion;
        const result = await this.#commit(listId, l, { state: addQuestion(l.state, question) });
        return result.ok ? { kind: 'question', question } : { kind: 'failed', error: result.error };
      }
      case 'fill': {
        const deviceId = l.state.box.deviceId ?? this.#id('d');
        let device = plan.device;
        let state: BoxState = { ...l.state, box: { ...plan.box, deviceId } };
        // What the box now settles of its waiting questions joins the same commit.
        const settled = settledQuestions(state, device);
        for (const s of settled) {
          state = withoutQuestion(state, s.id);
          if (s.kind === 'fill') {
            state = { ...state, box: { ...state.box, steps: [...state.box.steps, { fields: s.fields, before: valuesOf(device, s.fields) }] } };
            device = { ...device, ...s.values };
          }
        }
        const written = this.#write(deviceId, device, l, meta);
        const unique = options.force ? [] : uniqueOf(device, plan.fields, deviceId);
        const result = await this.#commit(listId, l, { state, devices: [written], unique });
        if (result.ok) return { kind: 'taken', deviceId, fields: plan.fields, device, settled };
        return this.#onRefused(listId, l, result.error, plan.device, plan.fields, text);
      }
      case 'next-box': {
        const deviceId = this.#id('d');
        const closed = closeBox(l.state, plan.box.id, now);
        const state: BoxState = { ...closed, box: { ...plan.box, deviceId } };
        const written = this.#write(deviceId, plan.device, { ...l, stored: undefined }, meta);
        const unique = options.force ? [] : uniqueOf(plan.device, plan.fields, deviceId);
        const result = await this.#commit(listId, l, { state, devices: [written], unique });
        if (result.ok) return { kind: 'box-closed', deviceId, fields: plan.fields, device: plan.device, closed: l.stored?.device };
        return this.#onRefused(listId, l, result.error, plan.device, plan.fields, text);
      }
      case 'elsewhere': {
        const id = plan.target ?? this.#id('d');
        const existing = plan.target ? await this.#store.getDevice(plan.target) : undefined;
        const stored = existing?.ok ? existing.value : undefined;
        const written = this.#write(id, plan.device, { ...l, stored }, meta);
        const unique = options.force ? [] : uniqueOf(plan.device, plan.fields, id);
        const result = await this.#commit(listId, l, { state: l.state, devices: [written], unique });
        if (result.ok) return { kind: 'taken-elsewhere', deviceId: id, fields: plan.fields, device: plan.device, newDevice: !plan.target };
        return this.#onRefused(listId, l, result.error, plan.device, plan.fields, text);
      }
    }
  }

  /** A duplicate refused inside the write becomes a question that keeps the value; other failures are said. */
  async #onRefused(listId: string, l: Loaded, error: BoxWriteError, device: Device, fields: DeviceField[], text: string): Promise<ScanFeedback> {
    if (error.code !== 'duplicate') return { kind: 'failed', error };
    const target = { box: l.state.box.id };
    const asked = questionAlreadyAsked(l.state, 'duplicate', target, text);
    if (asked?.kind === 'duplicate') return { kind: 'duplicate', matches: asked.matches, question: asked };
    const question: PendingQuestion = {
      kind: 'duplicate',
      id: this.#id('q'),
      target,
      value: text,
      values: Object.fromEntries(fields.map((f) => [f, device[f]])) as Device,
      matches: error.matches,
      askedAt: this.#now(),
    };
    const result = await this.#commit(listId, l, { state: addQuestion(l.state, question) });
    return result.ok ? { kind: 'duplicate', matches: error.matches, question } : { kind: 'failed', error: result.error };
  }


  #write(id: string, values: Device, l: Pick<Loaded, 'stored' | 'dialect'>, meta?: CodeMeta) {
    const { device } = normalizeDevice(values);
    const write: BoxDeviceWrite = { id, device, problems: problemsAlone(device, l.dialect) };
    if (!l.stored && meta) {
      write.source = meta.source;
      if (meta.sourceDetail) write.sourceDetail = meta.sourceDetail;
    }
    return write;
  }

  async #load(listId: string): Promise<{ ok: true; value: Loaded } | { ok: false; error: BoxWriteError }> {
    const [list, stored] = await Promise.all([this.#store.getList(listId), this.#store.getBoxState(listId)]);
    if (!list.ok) return list;
    if (!stored.ok) return stored;
    const state = stored.value ?? initialBoxState(this.#id('b'), this.#now());
    let device: StoredDevice | undefined;
    if (state.box.deviceId) {
      const got = await this.#store.getDevice(state.box.deviceId);
      // Deleted meanwhile (trashed in another tab): the box goes on without it.
      if (got.ok && got.value.deletedAt === undefined && got.value.listId === listId) device = got.value;
    }
    const box = device ? state.box : { id: state.box.id, steps: [], openedAt: state.box.openedAt };
    return { ok: true, value: { state: { ...state, box }, device: device?.device ?? {}, stored: device, dialect: list.value.dialect } };
  }

  async #commit(listId: string, l: Loaded, change: Omit<BoxChange, 'expectVersion'>): Promise<{ ok: true; state: BoxState } | { ok: false; error: BoxWriteError }> {
    const result = await this.#store.commitBox(listId, { ...change, expectVersion: l.state.version });
    if (!result.ok) return result;
    if (result.devices.length > 0) this.#events.emit({ type: 'devices-saved', listId, devices: result.devices });
    if (result.removed.length > 0) this.#events.emit({ type: 'devices-removed', listId, ids: result.removed });
    this.#events.emit({ type: 'box-changed', listId, state: result.state });
    return { ok: true, state: result.state };
  }

  #serial<T>(listId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(listId) ?? Promise.resolve();
    const next = previous.then(task, task);
    this.#queues.set(listId, next.catch(() => undefined));
    return next;
  }

  #id(prefix: 'b' | 'd' | 'q'): string {
    return this.#store.newId(prefix, this.#now());
  }
}

/** A plan carried out on a device that is not the open box's (an answer that came late). */
type Elsewhere = { kind: 'elsewhere'; device: Device; fields: DeviceField[]; target: string | undefined };

type Answer = { choice?: Choice; force?: boolean };

/** The identifiers a change adds, which must not be stored anywhere else yet. */
function uniqueOf(device: Device, fields: readonly DeviceField[], except: string): NonNullable<BoxChange['unique']> {
  return IDENTIFIERS.filter((f) => fields.includes(f) && device[f]).map((field) => ({ field, value: device[field] ?? '', except }));
}
