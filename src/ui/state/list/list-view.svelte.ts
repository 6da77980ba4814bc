// One open device list: loading its devices (first page at once, the rest behind), the changes the
// screen makes to them, and one place the screen reads everything from. Instantiated per open list
// (ListScreen creates it); the camera scanner and the import/export components use the same
// instance through `addScan`, `addImported`, `focusDevice`. The box being scanned lives in
// BoxScanner, the problems in ListValidation; ListView passes their calls through.
import { normalizeDevice, type Choice, type Device, type DeviceField, type Dialect, type DuplicateHit, type Problem } from '../../../core';
import {
  getStore,
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
import { workspace } from '../workspace.svelte';
import { KnownModels } from '../../components/field-help/known-models';
import { i18n } from '../../i18n/i18n.svelte';
import { announcer } from '../announcer.svelte';
import { BoxScanner, type Question, type ScanOptions } from './box-scanner.svelte';
import { ListValidation, problemsAlone } from './list-validation.svelte';
import { memo, rowNumbers } from './device-lookups';
import { DIALECT_LABEL, errorText, FIELD_LABEL } from './list-texts';

export type { Question, ScanOptions } from './box-scanner.svelte';

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
  #loadSeq = 0;
  #closed = false;
  readonly #validation: ListValidation;
  readonly #box: BoxScanner;
  #numbers = memo(rowNumbers);

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
      get store() { return view.#storeRef; },
      keepProblems: (saved) => {
        // Only the problems: a device edited meanwhile keeps its new fields.
        this.#devices = this.#devices.map((d) => {
          const problems = saved.get(d.id);
          return problems ? { ...d, problems } : d;
        });
      },
    });
    this.#box = new BoxScanner({
      get dialect() { return view.dialect; },
      get devices() { return view.#devices; },
      get elsewhere() { return view.#elsewhere; },
      add: (items) => this.#add(items),
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
  get draft(): Device {
    return this.#box.draft;
  }
  get question(): Question | undefined {
    return this.#box.question;
  }
  get saving(): boolean {
    return this.#box.saving;
  }
  get saveError(): StorageError | undefined {
    return this.#box.saveError;
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
  }

  // Loading

  /**
   * The shared store, without waiting for the workspace's list counts (on a big database those
   * take longer than reading this list's first rows).
   */
  async #store(): Promise<BoxpilotStore | undefined> {
    const opening = getStore();
    // Started after asking for the store, so this list's first read is queued before the
    // workspace's counts over every list.
    void workspace.start();
    const opened = await opening;
    if (!opened.ok) {
      this.#loadError = opened.error;
      return undefined;
    }
    return opened.value;
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
    this.#models.add(all.map((d) => d.device));
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
    const models = new KnownModels();
    models.add(this.#devices.map((d) => d.device));
    for (const other of workspace.lists) {
      if (other.id === this.listId || this.#closed) continue;
      const page = await store.getDevicesPage(other.id, { limit: 1_000, afterKey: BEFORE_FIRST_ROW });
      if (page.ok) models.add(page.value.devices.map((d) => d.device));
    }
    this.#models = models;
  }

  // The box being scanned (BoxScanner)

  addScan(text: string, options: ScanOptions = { source: 'typed' }): Promise<void> {
    return this.#box.addScan(text, options);
  }
  choose(choice: Choice): Promise<void> {
    return this.#box.choose(choice);
  }
  resolveNextBox(action: 'save' | 'discard' | 'keep'): Promise<void> {
    return this.#box.resolveNextBox(action);
  }
  discardDraft(): void {
    this.#box.discardDraft();
  }
  clearDraftField(field: DeviceField): void {
    this.#box.clearDraftField(field);
  }
  saveDraft(force = false): Promise<boolean> {
    return this.#box.saveDraft(force);
  }
  retrySave(): Promise<boolean> {
    return this.#box.retrySave();
  }
  duplicateText(h: DuplicateHit): string {
    return this.#box.duplicateText(h);
  }

  // Adding many, editing, deleting

  /**
   * Saves devices and shows each committed chunk at once (a big import appears in steps, every
   * row on screen is stored). On failure the chunks committed before it stay, on screen and
   * stored; nothing else of `items` is either.
   */
  async #add(items: NewDevice[], onProgress?: (saved: number, total: number) => void): Promise<AddResult> {
    const store = this.#storeRef;
    if (!store) return { ok: false, error: workspace.openError ?? storageError('unavailable'), saved: [] };
    this.#validation.hold();
    // Committed rows join the table a few times a second, not per chunk: every update of the
    // table goes over the whole list, which for 86 chunks of a 10,000-row import added up.
    let committed: StoredDevice[] = [];
    let shownAt = performance.now();
    const show = () => {
      if (committed.length === 0) return;
      this.#devices = [...this.#devices, ...committed];
      this.#total = Math.max(this.#total, this.#devices.length);
      this.#models.add(committed.map((d) => d.device));
      committed = [];
      shownAt = performance.now();
    };
    let result: AddResult;
    try {
      result = await store.addDevices(this.listId, items, {
        onProgress: (saved, total, chunk) => {
          for (const d of chunk) committed.push(d);
          if (performance.now() - shownAt >= SHOW_EVERY_MS) show();
          onProgress?.(saved, total);
        },
      });
    } finally {
      show();
      this.#validation.release();
    }
    const saved = result.ok ? result.value : result.saved;
    if (saved.length > 0) {
      this.#models = this.#models; // same object, new version for readers of the pick lists
      void workspace.afterFirstSave();
      void workspace.refreshLists();
      this.#validation.schedule();
    }
    return result;
  }

  /**
   * Devices from a file (the import dialog): saved in committed chunks with progress, revalidated,
   * announced. A failure part way says how many were saved; those stay in the list.
   */
  async addImported(items: NewDevice[], onProgress?: (saved: number, total: number) => void): Promise<AddResult> {
    const result = await this.#add(
      items.map((item) => ({ ...item, problems: item.problems ?? problemsAlone(item.device, this.dialect) })),
      onProgress,
    );
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

  /** One field of a stored device changed inline: normalised, revalidated, saved. */
  async editDevice(id: string, field: DeviceField, value: string): Promise<Result<StoredDevice>> {
    const current = this.#devices.find((d) => d.id === id);
    const store = this.#storeRef;
    if (!current || !store) return { ok: false, error: notFound('The device') };
    const raw: Record<string, string | undefined> = { ...current.device, [field]: value };
    const { device } = normalizeDevice(raw);
    const result = await store.updateDevice(id, { device, problems: problemsAlone(device, this.dialect) });
    if (result.ok) {
      this.#replace(result.value);
      this.#announce(i18n.t('list.edit.saved', { n: this.rowNumber(id), field: i18n.t(FIELD_LABEL[field]) }));
      this.#validation.schedule();
      void workspace.refreshLists();
    } else {
      this.#announceFailure(result.error);
    }
    return result;
  }

  #replace(d: StoredDevice): void {
    this.#devices = this.#devices.map((x) => (x.id === d.id ? d : x));
  }

  /** Sets one group tag on every device (Intune's per-device column), exactly as given. */
  async applyGroupTagToAll(tag: string): Promise<void> {
    const store = this.#storeRef;
    if (!store || this.#busy) return;
    this.#busy = true;
    let done = 0;
    let failed: StorageError | undefined;
    for (const d of this.#devices) {
      if (this.#closed) break;
      if (d.device.groupTag === tag) continue;
      const device: Device = { ...d.device, groupTag: tag };
      if (!tag) delete device.groupTag;
      const result = await store.updateDevice(d.id, { device, problems: problemsAlone(device, this.dialect) });
      if (!result.ok) {
        failed = result.error;
        break;
      }
      this.#replace(result.value);
      done++;
    }
    this.#busy = false;
    if (failed) this.#announceFailure(failed);
    else this.#announce(i18n.t('list.groupTag.applied', { count: done, tag }));
    this.#validation.schedule();
    void workspace.refreshLists();
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
    const store = this.#storeRef;
    const ids = [...this.#selected];
    if (!store || ids.length === 0) return;
    const result = await store.trashDevices(ids);
    if (!result.ok) return this.#announceFailure(result.error);
    const gone = new Set(ids);
    this.#devices = this.#devices.filter((d) => !gone.has(d.id));
    this.#total = this.#devices.length;
    this.#selected = new Set();
    this.#announce(i18n.t('list.trash.done', { count: ids.length }), { undo: ids });
    this.#validation.schedule();
    void workspace.refreshLists();
  }

  async undoTrash(ids: readonly string[]): Promise<void> {
    const store = this.#storeRef;
    if (!store) return;
    const result = await store.restoreFromTrash({ devices: ids });
    if (!result.ok) return this.#announceFailure(result.error);
    this.#announce(i18n.t('list.trash.undone', { count: result.value.devices }));
    await this.load();
  }

  async setDialect(dialect: Dialect): Promise<void> {
    const result = await workspace.change((store) => store.updateList(this.listId, { dialect }));
    if (!result.ok) return this.#announceFailure(result.error);
    this.#list = result.value;
    this.#announce(i18n.t('list.dialect.changed', { dialect: i18n.t(DIALECT_LABEL[dialect]) }));
    this.#box.saveIfComplete(dialect);
    this.#validation.schedule(0);
  }

  /** Scrolls the table to a device and focuses its row (export's "jump to the problem"). */
  focusDevice(deviceId: string): void {
    const device = this.#devices.find((d) => d.id === deviceId);
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
