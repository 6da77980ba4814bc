// One open device list: its devices, the box being scanned, validation, and every change the
// screen makes. Instantiated per open list (ListScreen creates it); the camera scanner and the
// import/export components use the same instance through `addScan`, `addImported`, `focusDevice`.
import {
  applyChoice,
  applyScan,
  classifyScan,
  findDraftDuplicates,
  isComplete,
  isEmptyDevice,
  kindsOnBox,
  normalizeDevice,
  validateDevices,
  type Choice,
  type DuplicateHit,
  type Outcome,
  type Device,
  type DeviceField,
  type Dialect,
  type Problem,
  type Symbology,
} from '../../core';
import {
  getStore,
  type AddResult,
  type BoxpilotStore,
  type DeviceList,
  type DevicePageKey,
  type DeviceSource,
  type IdentifierIndex,
  type NewDevice,
  type Result,
  type StorageError,
  type StoredDevice,
} from '../../adapters/storage';
import { workspace } from './workspace.svelte';
import { KnownModels } from '../components/field-help/known-models';
import { validateDevices as validateInWorker } from '../../workers/core-bridge';
import { elsewhereSnapshot } from './elsewhere-snapshot';
import { i18n } from '../i18n/i18n.svelte';
import { announcer } from './announcer.svelte';

/** Rows read before the first paint; the rest follows in the background in bigger pages. */
const FIRST_PAGE = 60;
const NEXT_PAGE = 2_500;
/**
 * Lists with more values than this (in characters: a hash is 4,096) are validated in the core
 * worker: 10,000 hashed devices took ~500 ms on the page's thread, in the worker the page only
 * pays for copying them there (~30 ms). Small lists stay here: an edit answers at once.
 */
const VALIDATE_IN_WORKER_CHARS = 2_000_000;
/** While a big add is saved, its committed rows join the table at most this often. */
const SHOW_EVERY_MS = 250;
/** Changed problems are saved in transactions of this many devices (each reads a whole record). */
const PROBLEMS_CHUNK = 250;
/** A page key ordered before every stored row (rows are keyed by [addedAt, id], addedAt ≥ 0). */
const BEFORE_FIRST_ROW: DevicePageKey = [-Infinity, ''];

export type RowFilter = 'all' | 'errors' | 'warnings';

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

/** The last result, kept on screen beside the box (the app's announcer reads it out). */
export interface LastResult {
  text: string;
  error: boolean;
}

type IdentifierFieldName = 'serialNumber' | 'pkid' | 'hardwareHash';

/** Caches f(input) for the last input (by identity). */
function memo<I, O>(f: (input: I) => O): (input: I) => O {
  let last: { input: I; output: O } | undefined;
  return (input) => {
    if (last?.input !== input) last = { input, output: f(input) };
    return last.output;
  };
}

const signature = (ps: readonly Problem[]): string => ps.map((p) => `${p.code}|${p.field ?? ''}|${p.message}`).join('\n');
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
  #problems = $state.raw<ReadonlyMap<string, Problem[]>>(new Map());
  #listProblems = $state.raw<Problem[]>([]);
  #draft = $state.raw<Device>({});
  #draftSource: DeviceSource = 'typed';
  #draftDetail: string | undefined;
  #question = $state.raw<Question>();
  #saving = $state(false);
  #saveError = $state.raw<StorageError>();
  #retryForce = false;
  #last = $state.raw<LastResult>();
  #filter = $state<RowFilter>('all');
  #selected = $state.raw<ReadonlySet<string>>(new Set());
  #focusRequest = $state.raw<{ id: string; seq: number }>();
  #models = $state.raw(new KnownModels());
  #busy = $state(false);
  #elsewhere: IdentifierIndex | undefined;
  #storeRef: BoxpilotStore | undefined;
  #validateTimer: ReturnType<typeof setTimeout> | undefined;
  #validateSeq = 0;
  /** A big add is being saved chunk by chunk: validation waits for its end. */
  #adding = false;
  #queue: Promise<void> = Promise.resolve();
  #loadSeq = 0;
  #closed = false;

  // Lookups over every device, rebuilt only when the devices array changes. Plain memos, not
  // $derived: table rows mount and unmount while scrolling, and a derived that loses its last
  // reader is recomputed on the next read (50,000 entries for every new row).
  #numbers = memo((devices: StoredDevice[]) => new Map(devices.map((d, i) => [d.id, i + 1])));
  #rowOf = memo((devices: StoredDevice[]) => {
    const maps: Record<IdentifierFieldName, Map<string, number>> = {
      serialNumber: new Map(),
      pkid: new Map(),
      hardwareHash: new Map(),
    };
    devices.forEach((d, i) => {
      for (const f of ['serialNumber', 'pkid', 'hardwareHash'] as const) {
        const v = d.device[f];
        if (v && !maps[f].has(v)) maps[f].set(v, i);
      }
    });
    return maps;
  });

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
    return this.#listProblems;
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
    return this.#problems.get(d.id) ?? d.problems;
  }

  /** 1-based row number of a device in the list (not in the filtered view). */
  rowNumber(id: string): number {
    return this.#numbers(this.#devices).get(id) ?? 0;
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#validateTimer);
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
    if (seq === this.#loadSeq) this.#scheduleValidate(0);
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

  // Validation

  #scheduleValidate(delay = 150): void {
    clearTimeout(this.#validateTimer);
    if (this.#adding) return; // the add schedules it when its last chunk has committed
    this.#validateTimer = setTimeout(() => void this.#validate(), delay);
  }

  /** Problems over the whole list (duplicates need all of it), stored on devices that changed. */
  async #validate(): Promise<void> {
    if (!this.#fullyLoaded || !this.#list || this.#closed) return;
    const seq = ++this.#validateSeq;
    const devices = this.#devices;
    const found = await this.#findProblems(devices.map((d) => d.device));
    // The list changed meanwhile (a worker run is not instant): that change scheduled a new run.
    if (!found || seq !== this.#validateSeq || this.#devices !== devices || this.#closed) return;
    const byIndex = new Map<number, Problem[]>();
    const listWide: Problem[] = [];
    for (const p of found) {
      if (p.index === undefined) listWide.push(p);
      else {
        const at = byIndex.get(p.index);
        if (at) at.push(p);
        else byIndex.set(p.index, [p]);
      }
    }
    const map = new Map<string, Problem[]>();
    const changed: StoredDevice[] = [];
    devices.forEach((d, i) => {
      const ps = byIndex.get(i) ?? [];
      map.set(d.id, ps);
      if (signature(ps) !== signature(d.problems)) changed.push({ ...d, problems: ps });
    });
    this.#problems = map;
    this.#listProblems = listWide;
    await this.#persistProblems(changed);
  }

  /** The core's validateDevices: on this thread for small lists, in the core worker for big ones. */
  async #findProblems(devices: Device[]): Promise<Problem[] | undefined> {
    const index = this.#elsewhere;
    const options = { maxRows: workspace.settings.maxRows, listName: this.#list?.name ?? '' };
    let chars = 0;
    for (const d of devices) chars += d.hardwareHash?.length ?? 0;
    if (chars + devices.length * 60 < VALIDATE_IN_WORKER_CHARS) {
      return validateDevices(devices, this.dialect, { ...options, findElsewhere: index?.findElsewhere });
    }
    try {
      // Other lists' identifiers go as a snapshot (a function cannot cross), built in slices.
      const elsewhere = index ? await elsewhereSnapshot(devices, index.findElsewhere) : undefined;
      return await validateInWorker(devices, this.dialect, { ...options, ...(elsewhere ? { elsewhere } : {}) });
    } catch (e) {
      // The worker failed to start or crashed: the problems stay as stored, tried again next change.
      console.error(e);
      return undefined;
    }
  }

  /**
   * Keeps stored problems current (the Lists screen counts them): a few hundred devices per
   * transaction, so saving the problems of a 10,000-row import never blocks the page for long.
   */
  async #persistProblems(changed: StoredDevice[]): Promise<void> {
    const store = this.#storeRef;
    if (!store || changed.length === 0) return;
    const saved = new Map<string, Problem[]>();
    for (let start = 0; start < changed.length; start += PROBLEMS_CHUNK) {
      if (this.#closed) return;
      const chunk = changed.slice(start, start + PROBLEMS_CHUNK);
      const result = await store.updateDevices(chunk.map((d) => ({ id: d.id, patch: { problems: d.problems } })));
      if (!result.ok) break; // tried again at the next validation
      for (const d of result.value.updated) saved.set(d.id, d.problems);
    }
    if (saved.size === 0) return;
    // Only the problems: a device edited meanwhile keeps its new fields.
    this.#devices = this.#devices.map((d) => {
      const problems = saved.get(d.id);
      return problems ? { ...d, problems } : d;
    });
    void workspace.refreshLists();
  }

  /** Problems of one device on its own (identifier set, values), for the record saved now. */
  #problemsAlone(device: Device): Problem[] {
    return validateDevices([device], this.dialect, { maxRows: Number.MAX_SAFE_INTEGER }).map(({ index: _, ...p }) => p);
  }

  // The box being scanned

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
    switch (outcome.kind) {
      case 'filled': {
        this.#question = undefined;
        this.#draft = outcome.device;
        const what = outcome.fields.map((f) => `${i18n.t(FIELD_LABEL[f])} ${outcome.device[f] ?? ''}`).join(', ');
        this.#announce(i18n.t('list.box.added', { what }));
        if (isComplete(outcome.device, this.dialect)) await this.saveDraft();
        return;
      }
      case 'same':
        return this.#announce(i18n.t('list.box.same', { field: i18n.t(FIELD_LABEL[outcome.field]) }));
      case 'ask':
        this.#question = { kind: 'choose', value: outcome.value, choices: outcome.choices };
        return this.#announce(i18n.t('list.ask.which', { value: outcome.value }));
      case 'ignored':
        return this.#announce(i18n.t(IGNORED_TEXT[outcome.reason], { value: outcome.value }), { error: outcome.reason !== 'empty' });
      case 'next-box': {
        const problems = this.#problemsAlone(this.#draft).filter((p) => p.severity === 'error');
        if (problems.length === 0 && (await this.saveDraft())) {
          this.#startBox(outcome.next);
          return;
        }
        if (this.#question?.kind === 'duplicate' || this.#saveError) return; // saveDraft asked already
        this.#question = { kind: 'next-box', next: outcome.next, problems };
        return this.#announce(i18n.t('list.ask.nextBox'));
      }
    }
  }

  #startBox(device: Device): void {
    this.#draft = device;
    this.#draftSource = 'typed';
    this.#draftDetail = undefined;
    if (!isEmptyDevice(device)) {
      const what = (Object.keys(device) as DeviceField[]).map((f) => `${i18n.t(FIELD_LABEL[f])} ${device[f] ?? ''}`).join(', ');
      this.#announce(i18n.t('list.box.newWith', { what }));
      if (isComplete(device, this.dialect)) void this.saveDraft();
    }
  }

  /** "Next box" question: keep the unfinished box as it is (saved with its problems) or drop it. */
  async resolveNextBox(action: 'save' | 'discard' | 'keep'): Promise<void> {
    const q = this.#question;
    if (q?.kind !== 'next-box') return;
    this.#question = undefined;
    if (action === 'keep') return this.#announce(i18n.t('list.box.kept'));
    if (action === 'save' && !(await this.saveDraft())) return;
    if (action === 'discard') this.#announce(i18n.t('list.box.discarded'));
    this.#startBox(q.next);
  }

  discardDraft(): void {
    this.#question = undefined;
    this.#saveError = undefined;
    this.#startBox({});
    this.#announce(i18n.t('list.box.discarded'));
  }

  /** Removes one field from the box (a wrong scan). */
  clearDraftField(field: DeviceField): void {
    const next = { ...this.#draft };
    delete next[field];
    this.#draft = next;
  }

  /**
   * Saves the box. A duplicate is never saved silently: without `force` it becomes a question.
   * Answers true once the device is committed to IndexedDB.
   */
  async saveDraft(force = false): Promise<boolean> {
    const device = this.#draft;
    if (isEmptyDevice(device) || this.#saving) return false;
    const index = this.#elsewhere;
    const rows = this.#rowOf(this.#devices);
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
      this.#announce(hits.map((h) => this.#duplicateText(h)).join(' '), { error: true });
      return false;
    }
    const item: NewDevice = { device, source: this.#draftSource, problems: this.#problemsAlone(device) };
    if (this.#draftDetail) item.sourceDetail = this.#draftDetail;
    this.#retryForce = force;
    this.#saving = true;
    const result = await this.#add([item]);
    this.#saving = false;
    if (!result.ok) {
      this.#saveError = result.error;
      this.#announce(i18n.t('list.save.failed', { reason: errorText(result.error) }), { error: true });
      return false;
    }
    this.#saveError = undefined;
    this.#question = undefined;
    if (this.#draft === device) this.#startBox({});
    const saved = result.value[0];
    const n = this.#devices.length;
    this.#announce(i18n.t('list.save.done', { n, what: describe(saved?.device ?? device) }));
    return true;
  }

  retrySave(): Promise<boolean> {
    return this.saveDraft(this.#retryForce);
  }

  #duplicateText(h: DuplicateHit): string {
    const field = i18n.t(FIELD_LABEL[h.field]);
    const value = h.field === 'hardwareHash' ? abbreviate(h.value) : h.value;
    return 'row' in h.where
      ? i18n.t('list.dup.inList', { field, value, row: h.where.row })
      : i18n.t('list.dup.elsewhere', { field, value, list: h.where.list });
  }

  duplicateText(h: DuplicateHit): string {
    return this.#duplicateText(h);
  }

  // Adding many, editing, deleting

  /**
   * Saves devices and shows each committed chunk at once (a big import appears in steps, every
   * row on screen is stored). On failure the chunks committed before it stay, on screen and
   * stored; nothing else of `items` is either.
   */
  async #add(items: NewDevice[], onProgress?: (saved: number, total: number) => void): Promise<AddResult> {
    const store = this.#storeRef;
    if (!store) return { ok: false, error: workspace.openError ?? { code: 'unavailable', message: 'Storage is not open.' }, saved: [] };
    this.#adding = true;
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
      this.#adding = false;
    }
    const saved = result.ok ? result.value : result.saved;
    if (saved.length > 0) {
      this.#models = this.#models; // same object, new version for readers of the pick lists
      void workspace.afterFirstSave();
      void workspace.refreshLists();
      this.#scheduleValidate();
    }
    return result;
  }

  /**
   * Devices from a file (the import dialog): saved in committed chunks with progress, revalidated,
   * announced. A failure part way says how many were saved; those stay in the list.
   */
  async addImported(items: NewDevice[], onProgress?: (saved: number, total: number) => void): Promise<AddResult> {
    const result = await this.#add(
      items.map((item) => ({ ...item, problems: item.problems ?? this.#problemsAlone(item.device) })),
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
    else this.#announce(i18n.t('list.save.failed', { reason: errorText(result.error) }), { error: true });
    return result;
  }

  /** One field of a stored device changed inline: normalised, revalidated, saved. */
  async editDevice(id: string, field: DeviceField, value: string): Promise<Result<StoredDevice>> {
    const current = this.#devices.find((d) => d.id === id);
    const store = this.#storeRef;
    if (!current || !store) return { ok: false, error: { code: 'not-found', message: 'The device no longer exists.' } };
    const raw: Record<string, string | undefined> = { ...current.device, [field]: value };
    const { device } = normalizeDevice(raw);
    const result = await store.updateDevice(id, { device, problems: this.#problemsAlone(device) });
    if (result.ok) {
      this.#replace(result.value);
      this.#announce(i18n.t('list.edit.saved', { n: this.rowNumber(id), field: i18n.t(FIELD_LABEL[field]) }));
      this.#scheduleValidate();
      void workspace.refreshLists();
    } else {
      this.#announce(i18n.t('list.save.failed', { reason: errorText(result.error) }), { error: true });
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
      const result = await store.updateDevice(d.id, { device, problems: this.#problemsAlone(device) });
      if (!result.ok) {
        failed = result.error;
        break;
      }
      this.#replace(result.value);
      done++;
    }
    this.#busy = false;
    if (failed) this.#announce(i18n.t('list.save.failed', { reason: errorText(failed) }), { error: true });
    else this.#announce(i18n.t('list.groupTag.applied', { count: done, tag }));
    this.#scheduleValidate();
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
    if (!result.ok) return this.#announce(i18n.t('list.save.failed', { reason: errorText(result.error) }), { error: true });
    const gone = new Set(ids);
    this.#devices = this.#devices.filter((d) => !gone.has(d.id));
    this.#total = this.#devices.length;
    this.#selected = new Set();
    this.#announce(i18n.t('list.trash.done', { count: ids.length }), { undo: ids });
    this.#scheduleValidate();
    void workspace.refreshLists();
  }

  async undoTrash(ids: readonly string[]): Promise<void> {
    const store = this.#storeRef;
    if (!store) return;
    const result = await store.restoreFromTrash({ devices: ids });
    if (!result.ok) return this.#announce(i18n.t('list.save.failed', { reason: errorText(result.error) }), { error: true });
    this.#announce(i18n.t('list.trash.undone', { count: result.value.devices }));
    await this.load();
  }

  async setDialect(dialect: Dialect): Promise<void> {
    const result = await workspace.change((store) => store.updateList(this.listId, { dialect }));
    if (!result.ok) return this.#announce(i18n.t('list.save.failed', { reason: errorText(result.error) }), { error: true });
    this.#list = result.value;
    this.#announce(i18n.t('list.dialect.changed', { dialect: i18n.t(DIALECT_LABEL[dialect]) }));
    if (isComplete(this.#draft, dialect)) void this.saveDraft();
    this.#scheduleValidate(0);
  }

  /** Scrolls the table to a device and focuses its row (export's "jump to the problem"). */
  focusDevice(deviceId: string): void {
    const device = this.#devices.find((d) => d.id === deviceId);
    if (!device) return;
    if (!this.#visible.includes(device)) this.#filter = 'all';
    this.#focusRequest = { id: deviceId, seq: (this.#focusRequest?.seq ?? 0) + 1 };
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

export const FIELD_LABEL = {
  serialNumber: 'list.field.serialNumber',
  pkid: 'list.field.pkid',
  hardwareHash: 'list.field.hardwareHash',
  manufacturer: 'list.field.manufacturer',
  model: 'list.field.model',
  groupTag: 'list.field.groupTag',
  assignedUser: 'list.field.assignedUser',
} as const satisfies Record<DeviceField, string>;

export const DIALECT_LABEL = {
  'partner-center': 'list.dialect.partner-center',
  intune: 'list.dialect.intune',
  'corporate-identifiers': 'list.dialect.corporate-identifiers',
} as const satisfies Record<Dialect, string>;

const IGNORED_TEXT = {
  empty: 'list.ignored.empty',
  'product-key': 'list.ignored.product-key',
  'windows-product-id': 'list.ignored.windows-product-id',
  gtin: 'list.ignored.gtin',
  unknown: 'list.ignored.unknown',
} as const;

/** A hash is 4 KB: shown by its ends. */
export function abbreviate(hash: string): string {
  return hash.length <= 16 ? hash : `${hash.slice(0, 8)}…${hash.slice(-4)}`;
}

function describe(d: Device): string {
  return (['serialNumber', 'pkid', 'hardwareHash', 'manufacturer', 'model'] as const)
    .filter((f) => d[f])
    .map((f) => `${i18n.t(FIELD_LABEL[f])} ${f === 'hardwareHash' ? abbreviate(d[f] ?? '') : d[f]}`)
    .join(', ');
}

/** A storage error in the current language, by its code. */
export function errorText(error: StorageError): string {
  return i18n.storageError(error);
}
