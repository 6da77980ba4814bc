// The box being scanned: codes fill one draft device, the technician answers questions (which
// field? a duplicate? start the next box?), and a complete box is saved as one device.
import {
  applyChoice,
  applyScan,
  classifyScan,
  findDraftDuplicates,
  isComplete,
  isEmptyDevice,
  kindsOnBox,
  type Choice,
  type Device,
  type DeviceField,
  type Dialect,
  type DuplicateHit,
  type Outcome,
  type Problem,
  type Symbology,
} from '../../../core';
import type { AddResult, DeviceSource, IdentifierIndex, NewDevice, StorageError, StoredDevice } from '../../../adapters/storage';
import { i18n } from '../../i18n/i18n.svelte';
import { firstRowByIdentifier, memo } from './device-lookups';
import { problemsAlone } from './list-validation.svelte';
import { abbreviate, describe, errorText, FIELD_LABEL, fieldsText, IGNORED_TEXT } from './list-texts';

/** What the screen asks the technician, with the buttons it offers. */
export type Question =
  | { kind: 'choose'; value: string; choices: Choice[] }
  | { kind: 'duplicate'; hits: DuplicateHit[] }
  | { kind: 'next-box'; next: Device; problems: Problem[] };

export interface ScanOptions {
  source: 'typed' | 'scan';
  symbology?: Symbology;
  aim?: string;
}

/** What the box needs from the open list: its rules, its rows, and a way to save and speak. */
export interface BoxHost {
  readonly dialect: Dialect;
  readonly devices: StoredDevice[];
  /** Identifiers of the reseller's other lists (duplicates elsewhere). */
  readonly elsewhere: IdentifierIndex | undefined;
  /** Saves devices; the result comes once they are committed. */
  add(items: NewDevice[]): Promise<AddResult>;
  announce(text: string, options?: { error?: boolean }): void;
}

export class BoxScanner {
  readonly #host: BoxHost;
  #draft = $state.raw<Device>({});
  #draftSource: DeviceSource = 'typed';
  #draftDetail: string | undefined;
  #question = $state.raw<Question>();
  #saving = $state(false);
  #saveError = $state.raw<StorageError>();
  #retryForce = false;
  #queue: Promise<void> = Promise.resolve();
  #rowOf = memo(firstRowByIdentifier);

  constructor(host: BoxHost) {
    this.#host = host;
  }

  get draft(): Device {
    return this.#draft;
  }
  get question(): Question | undefined {
    return this.#question;
  }
  get saving(): boolean {
    return this.#saving;
  }
  get saveError(): StorageError | undefined {
    return this.#saveError;
  }

  /**
   * Every typed, wedge-scanned or camera-scanned value enters here. Scans are handled one after
   * another: a code that arrives while the previous box is still being committed goes to the
   * next box, not into the one being saved.
   */
  addScan(text: string, options: ScanOptions = { source: 'typed' }): Promise<void> {
    return this.#enqueue(() => this.#addScanNow(text, options));
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.#queue.then(task, task);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #addScanNow(text: string, options: ScanOptions): Promise<void> {
    const context: Parameters<typeof classifyScan>[1] = { otherKindsOnBox: kindsOnBox(this.#draft) };
    if (options.symbology) context.symbology = options.symbology;
    if (options.aim) context.aim = options.aim;
    const scan = classifyScan(text, context);
    if (options.source === 'scan') {
      this.#draftSource = 'scan';
      this.#draftDetail = scan.symbology ?? options.symbology;
    }
    await this.#handle(applyScan(this.#draft, scan));
  }

  /** The technician answered "which is it?". */
  choose(choice: Choice): Promise<void> {
    return this.#enqueue(async () => {
      this.#question = undefined;
      await this.#handle(applyChoice(this.#draft, choice));
    });
  }

  async #handle(outcome: Outcome): Promise<void> {
    const host = this.#host;
    switch (outcome.kind) {
      case 'filled': {
        this.#question = undefined;
        this.#draft = outcome.device;
        host.announce(i18n.t('list.box.added', { what: fieldsText(outcome.device, outcome.fields) }));
        if (isComplete(outcome.device, host.dialect)) await this.saveDraft();
        return;
      }
      case 'same':
        return host.announce(i18n.t('list.box.same', { field: i18n.t(FIELD_LABEL[outcome.field]) }));
      case 'ask':
        this.#question = { kind: 'choose', value: outcome.value, choices: outcome.choices };
        return host.announce(i18n.t('list.ask.which', { value: outcome.value }));
      case 'ignored':
        return host.announce(i18n.t(IGNORED_TEXT[outcome.reason], { value: outcome.value }), { error: outcome.reason !== 'empty' });
      case 'next-box': {
        const problems = problemsAlone(this.#draft, host.dialect).filter((p) => p.severity === 'error');
        if (problems.length === 0 && (await this.saveDraft())) {
          this.#startBox(outcome.next);
          return;
        }
        if (this.#question?.kind === 'duplicate' || this.#saveError) return; // saveDraft asked already
        this.#question = { kind: 'next-box', next: outcome.next, problems };
        return host.announce(i18n.t('list.ask.nextBox'));
      }
    }
  }

  #startBox(device: Device): void {
    this.#draft = device;
    this.#draftSource = 'typed';
    this.#draftDetail = undefined;
    if (!isEmptyDevice(device)) {
      const what = fieldsText(device, Object.keys(device) as DeviceField[]);
      this.#host.announce(i18n.t('list.box.newWith', { what }));
      if (isComplete(device, this.#host.dialect)) void this.saveDraft();
    }
  }

  /** "Next box" question: keep the unfinished box as it is (saved with its problems) or drop it. */
  async resolveNextBox(action: 'save' | 'discard' | 'keep'): Promise<void> {
    const q = this.#question;
    if (q?.kind !== 'next-box') return;
    this.#question = undefined;
    if (action === 'keep') return this.#host.announce(i18n.t('list.box.kept'));
    if (action === 'save' && !(await this.saveDraft())) return;
    if (action === 'discard') this.#host.announce(i18n.t('list.box.discarded'));
    this.#startBox(q.next);
  }

  discardDraft(): void {
    this.#question = undefined;
    this.#saveError = undefined;
    this.#startBox({});
    this.#host.announce(i18n.t('list.box.discarded'));
  }

  /** Removes one field from the box (a wrong scan). */
  clearDraftField(field: DeviceField): void {
    const next = { ...this.#draft };
    delete next[field];
    this.#draft = next;
  }

  /** The list's rules changed (another dialect): a box that is complete now is saved. */
  saveIfComplete(dialect: Dialect): void {
    if (isComplete(this.#draft, dialect)) void this.saveDraft();
  }

  /**
   * Saves the box. A duplicate is never saved silently: without `force` it becomes a question.
   * Answers true once the device is committed to IndexedDB.
   */
  async saveDraft(force = false): Promise<boolean> {
    const host = this.#host;
    const device = this.#draft;
    if (isEmptyDevice(device) || this.#saving) return false;
    const index = host.elsewhere;
    const rows = this.#rowOf(host.devices);
    const hits = findDraftDuplicates(
      device,
      (f, v) => {
        const i = rows[f].get(v);
        return i === undefined ? undefined : i + 1;
      },
      (f, v) => index?.findElsewhere(f, v),
    );
    if (hits.length > 0 && !force) {
      this.#question = { kind: 'duplicate', hits };
      host.announce(hits.map((h) => this.duplicateText(h)).join(' '), { error: true });
      return false;
    }
    const item: NewDevice = { device, source: this.#draftSource, problems: problemsAlone(device, host.dialect) };
    if (this.#draftDetail) item.sourceDetail = this.#draftDetail;
    this.#retryForce = force;
    this.#saving = true;
    const result = await host.add([item]);
    this.#saving = false;
    if (!result.ok) {
      this.#saveError = result.error;
      host.announce(i18n.t('list.save.failed', { reason: errorText(result.error) }), { error: true });
      return false;
    }
    this.#saveError = undefined;
    this.#question = undefined;
    if (this.#draft === device) this.#startBox({});
    const saved = result.value[0];
    const n = host.devices.length;
    host.announce(i18n.t('list.save.done', { n, what: describe(saved?.device ?? device) }));
    return true;
  }

  retrySave(): Promise<boolean> {
    return this.saveDraft(this.#retryForce);
  }

  /** One duplicate in words: where the value is already (a row here or another list). */
  duplicateText(h: DuplicateHit): string {
    const field = i18n.t(FIELD_LABEL[h.field]);
    const value = h.field === 'hardwareHash' ? abbreviate(h.value) : h.value;
    return 'row' in h.where
      ? i18n.t('list.dup.inList', { field, value, row: h.where.row })
      : i18n.t('list.dup.elsewhere', { field, value, list: h.where.list });
  }
}
