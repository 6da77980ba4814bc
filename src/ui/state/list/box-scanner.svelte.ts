// The open box as the list screen shows it: the stored box state (from the app layer's events),
// the device it fills (a row of the list), the questions waiting, and the words for each result.
// It writes nothing itself: every code and answer goes to the app layer's BoxService.
import type { BoxState, Choice, Device, DeviceField, DuplicateMatch, PendingQuestion } from '../../../core';
import type { BoxWriteError, StoredDevice } from '../../../adapters/storage';
import type { App, ScanFeedback } from '../../../app';
import { i18n } from '../../i18n/i18n.svelte';
import { abbreviate, describe, errorText, FIELD_LABEL, fieldsText, IGNORED_TEXT, oneFullStop } from './list-texts';

export type { ScanFeedback } from '../../../app';

export interface ScanOptions {
  source: 'typed' | 'scan';
  symbology?: string;
  aim?: string;
}

/** What the box needs from the open list. */
export interface BoxHost {
  readonly listId: string;
  readonly app: App | undefined;
  deviceById(id: string): StoredDevice | undefined;
  rowNumber(id: string): number;
  announce(text: string, options?: { error?: boolean }): void;
}

/** A code that could not be stored (disk full …): kept on screen with Retry, never dropped. */
interface Unsaved {
  text: string;
  options: ScanOptions;
  error: BoxWriteError;
}

export class BoxScanner {
  readonly #host: BoxHost;
  #state = $state.raw<BoxState>();
  #writing = $state(0);
  #unsaved = $state.raw<Unsaved[]>([]);

  constructor(host: BoxHost) {
    this.#host = host;
  }

  /** The stored box state (undefined until read). */
  get state(): BoxState | undefined {
    return this.#state;
  }
  /** The device the open box fills, as stored (undefined while the box is empty). */
  get device(): StoredDevice | undefined {
    const id = this.#state?.box.deviceId;
    return id ? this.#host.deviceById(id) : undefined;
  }
  get draft(): Device {
    return this.device?.device ?? {};
  }
  get questions(): PendingQuestion[] {
    return this.#state?.questions ?? [];
  }
  get openedAt(): number | undefined {
    return this.device ? this.#state?.box.openedAt : undefined;
  }
  get canUndo(): boolean {
    return (this.#state?.box.steps.length ?? 0) > 0 && !!this.device;
  }
  /** A code is being committed (the kill test waits for this to start). */
  get writing(): boolean {
    return this.#writing > 0;
  }
  get unsaved(): Unsaved[] {
    return this.#unsaved;
  }

  /** The box state as stored or as the last event said. */
  setState(state: BoxState | undefined): void {
    if (!state || !this.#state || state.version >= this.#state.version || state.box.id !== this.#state.box.id) this.#state = state;
  }

  async load(): Promise<void> {
    const app = this.#host.app;
    if (app) this.setState(await app.box.state(this.#host.listId));
  }

  /**
   * Every typed, wedge-scanned, pasted or camera-read code enters here, in order: the app layer
   * queues them per list, so a code arriving during a commit waits for it.
   */
  async addScan(text: string, options: ScanOptions = { source: 'typed' }): Promise<ScanFeedback> {
    const app = this.#host.app;
    if (!app) return this.#failed(text, options, { code: 'unavailable', message: '' });
    const input = { text, ...(options.symbology ? { symbology: options.symbology } : {}), ...(options.aim ? { aim: options.aim } : {}) };
    const meta = { source: options.source, ...(options.symbology ? { sourceDetail: options.symbology } : {}) };
    const feedback = await this.#track(app.box.scanCode(this.#host.listId, input, meta));
    if (feedback.kind === 'failed') return this.#failed(text, options, feedback.error);
    this.#say(feedback);
    return feedback;
  }

  async retryUnsaved(): Promise<void> {
    const waiting = this.#unsaved;
    this.#unsaved = [];
    for (const u of waiting) await this.addScan(u.text, u.options);
  }

  choose(question: PendingQuestion, choice: Choice): Promise<void> {
    return this.#answer(this.#host.app?.box.choose(this.#host.listId, question.id, choice));
  }

  addAnyway(question: PendingQuestion): Promise<void> {
    return this.#answer(this.#host.app?.box.addAnyway(this.#host.listId, question.id));
  }

  async dismiss(question: PendingQuestion): Promise<void> {
    const done = await this.#track(this.#host.app?.box.dismiss(this.#host.listId, question.id) ?? Promise.resolve(undefined));
    if (done?.kind === 'failed') this.#sayError(done.error);
    else this.#host.announce(i18n.t('list.ask.dismissed', { value: shown(question.value) }));
  }

  async nextBox(): Promise<void> {
    const app = this.#host.app;
    if (!app) return;
    const done = await this.#track(app.box.nextBox(this.#host.listId));
    if (!done.ok) return this.#sayError(done.error);
    this.#host.announce(done.closed ? i18n.t('list.box.closed', { what: describe(done.closed) }) : i18n.t('list.box.nothingOpen'));
  }

  async undoLastCode(): Promise<void> {
    const app = this.#host.app;
    if (!app) return;
    const done = await this.#track(app.box.undo(this.#host.listId));
    if (!done.ok) return this.#sayError(done.error);
    const fields = done.undone.map((f) => i18n.t(FIELD_LABEL[f])).join(', ');
    this.#host.announce(fields ? i18n.t('list.box.undone', { fields }) : i18n.t('list.box.nothingToUndo'));
  }

  async clearField(field: DeviceField): Promise<void> {
    const app = this.#host.app;
    if (!app) return;
    const done = await this.#track(app.box.clearField(this.#host.listId, field));
    if (!done.ok) this.#sayError(done.error);
    else this.#host.announce(i18n.t('list.box.removed', { field: i18n.t(FIELD_LABEL[field]) }));
  }

  /** One duplicate in words: where the value is already (a row here or another list). */
  duplicateText(m: DuplicateMatch): string {
    const field = i18n.t(FIELD_LABEL[m.field]);
    const value = m.field === 'hardwareHash' ? abbreviate(m.value) : m.value;
    return m.listId === this.#host.listId
      ? i18n.t('list.dup.inList', { field, value, row: this.#host.rowNumber(m.deviceId) || '?' })
      : i18n.t('list.dup.elsewhere', { field, value, list: m.listName });
  }

  async #answer(done: Promise<ScanFeedback> | undefined): Promise<void> {
    if (!done) return;
    const feedback = await this.#track(done);
    if (feedback.kind === 'failed') this.#sayError(feedback.error);
    else this.#say(feedback);
  }

  async #track<T>(work: Promise<T>): Promise<T> {
    this.#writing += 1;
    try {
      return await work;
    } finally {
      this.#writing -= 1;
    }
  }

  #failed(text: string, options: ScanOptions, error: BoxWriteError): ScanFeedback {
    // A code that could not be stored stays on screen with Retry (a full disk, another tab's upgrade).
    this.#unsaved = [...this.#unsaved, { text, options, error }];
    this.#sayError(error);
    return { kind: 'failed', error };
  }

  #sayError(error: BoxWriteError): void {
    this.#host.announce(i18n.t('list.save.failed', { reason: boxErrorText(error) }), { error: true });
  }

  #say(feedback: Exclude<ScanFeedback, { kind: 'failed' }>): void {
    const host = this.#host;
    switch (feedback.kind) {
      case 'taken': {
        const settled = feedback.settled.filter((s) => s.kind === 'gtin').map((s) => i18n.t('list.box.settledEan', { value: s.value }));
        return host.announce([oneFullStop(i18n.t('list.box.added', { what: fieldsText(feedback.device, feedback.fields) })), ...settled].join(' '));
      }
      case 'taken-elsewhere': {
        const what = fieldsText(feedback.device, feedback.fields);
        const row = host.rowNumber(feedback.deviceId);
        return host.announce(oneFullStop(feedback.newDevice || !row ? i18n.t('list.box.addedAsNew', { what }) : i18n.t('list.box.addedToRow', { row, what })));
      }
      case 'box-closed':
        return host.announce(oneFullStop(i18n.t('list.box.newWith', { what: fieldsText(feedback.device, feedback.fields) })));
      case 'same':
        return host.announce(i18n.t('list.box.same', { field: i18n.t(FIELD_LABEL[feedback.field]) }));
      case 'answered-elsewhere':
        return host.announce(i18n.t('list.ask.answeredElsewhere'));
      case 'question':
        return host.announce(i18n.t('list.ask.which', { value: feedback.question.value }));
      case 'duplicate':
        return host.announce([...feedback.matches.map((m) => this.duplicateText(m)), i18n.t('list.dup.question')].join(' '), { error: true });
      case 'unusable':
        // An EAN is on every box: expected, not an error (the technician need not act).
        return host.announce(i18n.t(IGNORED_TEXT[feedback.reason], { value: feedback.value }), { error: feedback.reason !== 'empty' && feedback.reason !== 'gtin' });
    }
  }
}

const shown = (value: string): string => (value.length > 40 ? abbreviate(value) : value);

function boxErrorText(error: BoxWriteError): string {
  if (error.code === 'duplicate' || error.code === 'box-changed') return i18n.t('list.box.raced');
  return errorText(error);
}
