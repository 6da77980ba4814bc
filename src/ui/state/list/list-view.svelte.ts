// One open device list: loading its devices (first page at once, the rest behind), the changes the
// screen makes to them, and one place the screen reads everything from. Instantiated per open list
// (ListScreen creates it); the camera scanner and the import/export components use the same
// instance through `addScan`, `addImported`, `focusDevice`. The box being scanned lives in
// BoxScanner, the problems in ListValidation; ListView passes their calls through. It writes
// nothing itself: the app layer (src/app) does, and its events keep the rows here current.
import type { Choice, DeviceField, Dialect, DuplicateMatch, PendingQuestion, Problem } from '../../../core';
import {
  notFound,
  storageError,
  type AddResult,
  type BoxpilotStore,
  type DeviceList,
  type DevicePageKey,
  type IdentifierIndex,
  type NewDevice,
  type Result,
  type StorageError,
  type StoredDevice,
} from '../../../adapters/storage';
import { getApp, type App, type AppEvent } from '../../../app';
import { workspace } from '../workspace.svelte';
import { KnownModels } from '../../components/field-help/known-models';
import { i18n } from '../../i18n/i18n.svelte';
import { announcer } from '../announcer.svelte';
import { BoxScanner, type ScanFeedback, type ScanOptions } from './box-scanner.svelte';
import { ListValidation } from './list-validation.svelte';
import { memo, rowNumbers } from './device-lookups';
import { DIALECT_LABEL, errorText, FIELD_LABEL } from './list-texts';

export type { ScanFeedback, ScanOptions } from './box-scanner.svelte';

/** Rows read before the first paint; the rest follows in the background in bigger pages. */
const FIRST_PAGE = 60;
const NEXT_PAGE = 2_500;
/** While a big add is saved, its committed rows join the table at most this often. */
const SHOW_EVERY_MS = 250;
/** A page key ordered before every stored row (rows are keyed by [addedAt, id], addedAt ≥ 0). */
const BEFORE_FIRST_ROW: DevicePageKey = [-Infinity, ''];

export type RowFilter = 'all' | 'errors' | 'warnings';

/** The last result, kept on screen beside the box (the app's announcer reads it out). */
export interface LastResult {
  text: string;
  error: boolean;
}

const worst = (ps: readonly Problem[], severity: 'error' | 'warning'): boolean => ps.some((p) => p.severity === severity);

export class ListView {
  readonly listId: string;
  importOpen = $state(false);
  exportOpen = $state(false);

  #list = $state.raw<DeviceList>();
  #devices = $state.raw<StoredDevice[]>([]);
  #total = $state(0);
  #fullyLoaded = $state(false);
  #loadError = $state.raw<StorageError>();
  #last = $state.raw<LastResult>();
  #filter = $state<RowFilter>('all');
  #selected = $state.raw<ReadonlySet<string>>(new Set());
  #focusRequest = $state.raw<{ id: string; seq: number }>();
  #models = $state.raw(new KnownModels());
  #busy = $state(false);
  #elsewhere: IdentifierIndex | undefined;
  #storeRef: BoxpilotStore | undefined;
  #app = $state.raw<App>();
  #unsubscribe: (() => void)[] = [];
  /** Rows committed by a big add, shown a few times a second rather than per chunk. */
  #arriving: StoredDevice[] = [];
  #showTimer: ReturnType<typeof setTimeout> | undefined;
  #reloadTimer: ReturnType<typeof setTimeout> | undefined;
  #loadSeq = 0;
  #closed = false;
  readonly #validation: ListValidation;
  readonly #box: BoxScanner;
  #numbers = memo(rowNumbers);
  #byId = memo((devices: StoredDevice[]) => new Map(devices.map((d) => [d.id, d])));

  #counts = $derived.by(() => {
    let errors = 0;
    let warnings = 0;
    for (const d of this.#devices) {
      const ps = this.problemsOf(d);
      if (worst(ps, 'error')) errors++;
      if (worst(ps, 'warning')) warnings++;
    }
    return { devices: this.#devices.length, errors, warnings };
  });

  #visible = $derived.by(() => {
    const filter = this.#filter;
    if (filter === 'all') return this.#devices;
    const severity = filter === 'errors' ? 'error' : 'warning';
    return this.#devices.filter((d) => worst(this.problemsOf(d), severity));
  });

  constructor(listId: string) {
    this.listId = listId;
    // Getters, not copies: both read the list as it is at the moment they need it.
    const view = this;
    this.#validation = new ListValidation({
      get closed() { return view.#closed; },
      get fullyLoaded() { return view.#fullyLoaded; },
      get list() { return view.#list; },
      get devices() { return view.#devices; },
      get dialect() { return view.dialect; },
      get elsewhere() { return view.#elsewhere; },
      get app() { return view.#app; },
    });
    this.#box = new BoxScanner({
      listId,
      get app() { return view.#app; },
      deviceById: (id) => this.#byId(this.#devices).get(id),
      rowNumber: (id) => this.rowNumber(id),
      announce: (text, options) => this.#announce(text, options),
    });
  }

  get list(): DeviceList | undefined {
    return this.#list;
  }
  /** Every device of the list (loaded so far), in the order added. */
  get devices(): StoredDevice[] {
    return this.#devices;
  }
  /** The devices the table shows: all, or only those with errors / warnings. */
  get visibleDevices(): StoredDevice[] {
    return this.#visible;
  }
  /** How many devices the list holds, known before all are read. */
  get total(): number {
    return Math.max(this.#total, this.#devices.length);
  }
  get fullyLoaded(): boolean {
    return this.#fullyLoaded;
  }
  get loadError(): StorageError | undefined {
    return this.#loadError;
  }
  get counts(): { devices: number; errors: number; warnings: number } {
    return this.#counts;
  }
  /** Problems about the list as a whole (the export is split into several files …). */
  get listProblems(): Problem[] {
    return this.#validation.listProblems;
  }
  /** The open box: its stored state, its device, its questions. */
  get box(): BoxScanner {
    return this.#box;
  }
  get draft() {
    return this.#box.draft;
  }
  get questions(): PendingQuestion[] {
    return this.#box.questions;
  }
  /** Whether a device is the one the open box fills (the table marks it). */
  isOpenBox(id: string): boolean {
    return this.#box.state?.box.deviceId === id;
  }
  get last(): LastResult | undefined {
    return this.#last;
  }
  get filter(): RowFilter {
    return this.#filter;
  }
  set filter(next: RowFilter) {
    this.#filter = next;
  }
  get selected(): ReadonlySet<string> {
    return this.#selected;
  }
  get focusRequest(): { id: string; seq: number } | undefined {
    return this.#focusRequest;
  }
  get knownModels(): KnownModels {
    return this.#models;
  }
  /** A change over many devices is running (apply a group tag to all). */
  get busy(): boolean {
    return this.#busy;
  }
  get dialect(): Dialect {
    return this.#list?.dialect ?? 'partner-center';
  }

  /** Current problems of a device: freshly computed when validation has run, else as stored. */
  problemsOf(d: StoredDevice): Problem[] {
    return this.#validation.problemsOf(d);
  }

  /** 1-based row number of a device in the list (not in the filtered view). */
  rowNumber(id: string): number {
    return this.#numbers(this.#devices).get(id) ?? 0;
  }

  close(): void {
    this.#closed = true;
    this.#validation.stop();
    clearTimeout(this.#showTimer);
    clearTimeout(this.#reloadTimer);
    for (const off of this.#unsubscribe) off();
    this.#unsubscribe = [];
  }

  // Loading

  /**
   * The shared store, without waiting for the workspace's list counts (on a big database those
   * take longer than reading this list's first rows).
   */
  async #store(): Promise<BoxpilotStore | undefined> {
    const opening = getApp();
    // Started after asking for the store, so this list's first read is queued before the
    // workspace's counts over every list.
    void workspace.start();
    const opened = await opening;
    if (!opened.ok) {
      this.#loadError = opened.error;
      return undefined;
    }
    if (!this.#app) this.#listen(opened.value);
    this.#app = opened.value;
    return opened.value.store;
  }

  /** The app layer's events for this list: what this tab wrote, and what other tabs did. */
  #listen(app: App): void {
    const mine = (e: { listId: string }) => e.listId === this.listId && !this.#closed;
    this.#unsubscribe.push(
      app.events.on('devices-saved', (e) => mine(e) && this.#arrive(e.devices)),
      app.events.on('devices-removed', (e) => mine(e) && this.#remove(e.ids)),
      app.events.on('problems-saved', (e) => mine(e) && this.#keepProblems(e.devices)),
      app.events.on('box-changed', (e) => mine(e) && this.#box.setState(e.state)),
      app.events.on('list-changed-elsewhere', (e) => mine(e) && void this.#changedElsewhere(e)),
    );
  }

  /** Stored records join the table: changed ones in place, new ones at the end (the order added). */
  #arrive(devices: readonly StoredDevice[]): void {
    const known = this.#byId(this.#devices);
    const fresh = devices.filter((d) => !known.has(d.id));
    if (fresh.length < devices.length) {
      const changed = new Map(devices.map((d) => [d.id, d]));
      this.#devices = this.#devices.map((d) => changed.get(d.id) ?? d);
    }
    if (fresh.length === 0) return this.#afterChange();
    for (const d of fresh) this.#arriving.push(d);
    // A scan shows at once; a 10,000-row import in chunks joins at most 4 times a second
    // (every update of the table goes over the whole list).
    if (this.#arriving.length <= 1 || !this.#busy) return this.#showArriving();
    this.#showTimer ??= setTimeout(() => this.#showArriving(), SHOW_EVERY_MS);
  }

  #showArriving(): void {
    clearTimeout(this.#showTimer);
    this.#showTimer = undefined;
    if (this.#arriving.length === 0) return;
    const added = this.#arriving;
    this.#arriving = [];
    const last = this.#devices[this.#devices.length - 1];
    const all = [...this.#devices, ...added];
    // Rows back from the trash belong where they were added, not at the end.
    if (last && added.some((d) => d.addedAt < last.addedAt || (d.addedAt === last.addedAt && d.id < last.id))) {
      all.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    this.#devices = all;
    this.#total = Math.max(this.#total, this.#devices.length);
    this.#models = this.#models.plus(added.map((d) => d.device));
    this.#afterChange();
  }

  /** Only the problems: a device edited meanwhile keeps its new fields. */
  #keepProblems(saved: readonly StoredDevice[]): void {
    const problems = new Map(saved.map((d) => [d.id, d.problems]));
    this.#devices = this.#devices.map((d) => {
      const ps = problems.get(d.id);
      return ps ? { ...d, problems: ps } : d;
    });
  }

  #remove(ids: readonly string[]): void {
    const gone = new Set(ids);
    this.#devices = this.#devices.filter((d) => !gone.has(d.id));
    this.#total = this.#devices.length;
    this.#selected = new Set([...this.#selected].filter((id) => !gone.has(id)));
    this.#afterChange();
  }

  #afterChange(): void {
    this.#validation.schedule();
  }

  /** Another tab (or the trash) changed the list: read just the named devices, else all of it. */
  async #changedElsewhere(e: Extract<AppEvent, { type: 'list-changed-elsewhere' }>): Promise<void> {
    const store = this.#storeRef;
    if (!store) return;
    if (!e.changed && !e.removed) {
      // A bulk change there (an import) sends a message per chunk: re-read once it settles.
      clearTimeout(this.#reloadTimer);
      this.#reloadTimer = setTimeout(() => void this.reload(), 250);
      return;
    }
    if (e.removed?.length) this.#remove(e.removed);
    const read = await Promise.all((e.changed ?? []).map((id) => store.getDevice(id)));
    const live = read.flatMap((r) => (r.ok && r.value.deletedAt === undefined && r.value.listId === this.listId ? [r.value] : []));
    const trashed = read.flatMap((r) => (r.ok && r.value.deletedAt !== undefined ? [r.value.id] : []));
    if (trashed.length) this.#remove(trashed);
    if (live.length) this.#arrive(live);
    await this.#box.load();
  }

  /** First rows at once (a 50,000-device list paints in one small read), the rest after. */
  async load(): Promise<void> {
    const seq = ++this.#loadSeq;
    const store = await this.#store();
    if (!store) return;
    this.#storeRef = store;
    performance.mark('boxpilot:list-store-ready');
    // `afterKey` before any real row: the first page in ONE request (getAll with a limit) rather
    // than a cursor stepping row by row behind other tabs' and the workspace's reads.
    const [list, page] = await Promise.all([
      store.getList(this.listId),
      store.getDevicesPage(this.listId, { limit: FIRST_PAGE, afterKey: BEFORE_FIRST_ROW }),
    ]);
    // Counting 50,000 index keys takes longer than the first page: it fills in when ready.
    void store.countDevices(this.listId).then((count) => {
      if (count.ok && seq === this.#loadSeq) this.#total = count.value;
    });
    if (seq !== this.#loadSeq || this.#closed) return;
    if (!list.ok) return void (this.#loadError = list.error);
    if (!page.ok) return void (this.#loadError = page.error);
    this.#loadError = undefined;
    this.#list = list.value;
    // A re-read (another tab changed the list) swaps all rows at once at the end, so the table
    // never shrinks to the first page and loses its scroll position.
    const rereading = this.#fullyLoaded && this.#devices.length > 0;
    if (!rereading) {
      this.#devices = page.value.devices;
      this.#fullyLoaded = !page.value.nextKey;
    }
    await this.#box.load();
    // Let the first rows paint before reading on.
    await new Promise((resolve) => setTimeout(resolve, 0));
    let next = page.value.nextKey;
    const all = [...page.value.devices];
    while (next) {
      const more = await store.getDevicesPage(this.listId, { limit: NEXT_PAGE, afterKey: next });
      if (seq !== this.#loadSeq || this.#closed) return;
      if (!more.ok) return void (this.#loadError = more.error);
      all.push(...more.value.devices);
      next = more.value.nextKey;
    }
    this.#devices = all;
    this.#fullyLoaded = true;
    this.#models = this.#models.plus(all.map((d) => d.device));
    await this.#loadElsewhere(store);
    if (seq === this.#loadSeq) this.#validation.schedule(0);
    void this.#collectModels(store);
  }

  /** Another tab changed devices: read the list again, keeping the draft and the table's place. */
  reload(): Promise<void> {
    return this.load();
  }

  async #loadElsewhere(store: BoxpilotStore): Promise<void> {
    const index = await store.loadIdentifierIndex(this.listId);
    if (index.ok) this.#elsewhere = index.value;
  }

  /** Models used in the reseller's other lists (first rows of each: enough for a pick list). */
  async #collectModels(store: BoxpilotStore): Promise<void> {
    let models = new KnownModels().plus(this.#devices.map((d) => d.device));
    for (const other of workspace.lists) {
      if (other.id === this.listId || this.#closed) continue;
      const page = await store.getDevicesPage(other.id, { limit: 1_000, afterKey: BEFORE_FIRST_ROW });
      if (page.ok) models = models.plus(page.value.devices.map((d) => d.device));
    }
    this.#models = models;
  }

  // The box being scanned (BoxScanner)

  addScan(text: string, options: ScanOptions = { source: 'typed' }): Promise<ScanFeedback> {
    return this.#box.addScan(text, options);
  }
  choose(question: PendingQuestion, choice: Choice): Promise<void> {
    return this.#box.choose(question, choice);
  }
  nextBox(): Promise<void> {
    return this.#box.nextBox();
  }
  undoLastCode(): Promise<void> {
    return this.#box.undoLastCode();
  }
  duplicateText(m: DuplicateMatch): string {
    return this.#box.duplicateText(m);
  }

  // Adding many, editing, deleting

  /**
   * Devices from a file (the import dialog): saved by the app layer in committed chunks with
   * progress; they join the table as each chunk commits. A failure part way says how many were
   * saved; those stay in the list.
   */
  async addImported(items: NewDevice[], onProgress?: (saved: number, total: number) => void): Promise<AddResult> {
    const app = this.#app;
    if (!app) return { ok: false, error: workspace.openError ?? storageError('unavailable'), saved: [] };
    this.#validation.hold();
    this.#busy = true;
    let result: AddResult;
    try {
      result = await app.devices.addDevices(this.listId, this.dialect, items, { onProgress: (saved, total) => onProgress?.(saved, total) });
    } finally {
      this.#busy = false;
      this.#showArriving();
      this.#validation.release();
    }
    const saved = result.ok ? result.value : result.saved;
    if (saved.length > 0) this.#validation.schedule();
    if (result.ok) this.#announce(i18n.t('list.import.done', { count: result.value.length }));
    else if (result.saved.length > 0) {
      const counts = { saved: result.saved.length, total: items.length, rest: items.length - result.saved.length };
      const text = result.error.code === 'quota-exceeded'
        ? i18n.t('list.import.partialFull', counts)
        : i18n.t('list.import.partial', { ...counts, reason: errorText(result.error) });
      this.#announce(text, { error: true });
    }
    else this.#announceFailure(result.error);
    return result;
  }

  /** One field of a stored device changed inline: the app layer normalises, revalidates, saves. */
  async editDevice(id: string, field: DeviceField, value: string): Promise<Result<StoredDevice>> {
    const current = this.#byId(this.#devices).get(id);
    const app = this.#app;
    if (!current || !app) return { ok: false, error: notFound('The device') };
    const result = await app.devices.editField(current, field, value, this.dialect);
    if (result.ok) this.#announce(i18n.t('list.edit.saved', { n: this.rowNumber(id), field: i18n.t(FIELD_LABEL[field]) }));
    else this.#announceFailure(result.error);
    return result;
  }

  /** Sets one group tag on every device (Intune's per-device column), exactly as given. */
  async applyGroupTagToAll(tag: string): Promise<void> {
    const app = this.#app;
    if (!app || this.#busy) return;
    this.#busy = true;
    const result = await app.devices.setGroupTag(this.listId, this.#devices, tag, this.dialect);
    this.#busy = false;
    if (!result.ok) this.#announceFailure(result.error);
    else this.#announce(i18n.t('list.groupTag.applied', { count: result.value, tag }));
  }

  toggleSelected(id: string): void {
    const next = new Set(this.#selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.#selected = next;
  }

  clearSelection(): void {
    this.#selected = new Set();
  }

  /** Moves the selected devices to the trash; the announcement offers Undo. */
  async trashSelected(): Promise<void> {
    const app = this.#app;
    const ids = [...this.#selected];
    if (!app || ids.length === 0) return;
    const result = await app.devices.trash(this.listId, ids);
    if (!result.ok) return this.#announceFailure(result.error);
    this.#announce(i18n.t('list.trash.done', { count: ids.length }), { undo: ids });
  }

  async undoTrash(ids: readonly string[]): Promise<void> {
    const app = this.#app;
    if (!app) return;
    const result = await app.devices.restore(this.listId, ids);
    if (!result.ok) return this.#announceFailure(result.error);
    this.#announce(i18n.t('list.trash.undone', { count: result.value.devices }));
  }

  async setDialect(dialect: Dialect): Promise<void> {
    const result = await workspace.changeLists((lists) => lists.setDialect(this.listId, dialect));
    if (!result.ok) return this.#announceFailure(result.error);
    this.#list = result.value;
    this.#announce(i18n.t('list.dialect.changed', { dialect: i18n.t(DIALECT_LABEL[dialect]) }));
    this.#validation.schedule(0);
  }

  /** Scrolls the table to a device and focuses its row (export's "jump to the problem"). */
  focusDevice(deviceId: string): void {
    const device = this.#byId(this.#devices).get(deviceId);
    if (!device) return;
    if (!this.#visible.includes(device)) this.#filter = 'all';
    this.#focusRequest = { id: deviceId, seq: (this.#focusRequest?.seq ?? 0) + 1 };
  }

  #announceFailure(error: StorageError): void {
    this.#announce(i18n.t('list.save.failed', { reason: errorText(error) }), { error: true });
  }

  /** Through the app's one aria-live region (several regions compete and get dropped). */
  #announce(text: string, options: { undo?: string[]; error?: boolean } = {}): void {
    const error = options.error ?? false;
    this.#last = { text, error };
    const undo = options.undo;
    announcer.say(text, {
      tone: error ? 'error' : 'info',
      ...(undo ? { action: { label: i18n.t('list.trash.undo'), run: () => this.undoTrash(undo) } } : {}),
    });
  }
}
