// One import, from choosing a file to adding its devices. The file is read in the core worker
// (progress, cancel); the preview is computed before anything is stored; a changed column
// mapping or header choice reads the same file again with the core's overrides.
import type { Device, DeviceField, Dialect, Problem, ReadResult } from '../../core';
import type { NewDevice } from '../../adapters/storage';
import { coreWorker, type WorkerError } from '../../workers/core-bridge';
import { buildPreview, toNewDevices, type AddChoice, type ImportPreview } from '../components/import/import-preview';
import { elsewhereSnapshot, type FindElsewhere } from './elsewhere-snapshot';

export type ImportPhase = 'choose' | 'reading' | 'checking' | 'preview' | 'cancelled' | 'failed';

export interface ImportContext {
  /** The list imported into, read when checking (so a rename or dialect change applies). */
  list: () => { name: string; dialect: Dialect };
  /** The list's devices now, for duplicates with the list. */
  existing: () => readonly Device[];
  /** Duplicates in other lists (the store's identifier index), when storage can give it. */
  findElsewhere: () => Promise<FindElsewhere | undefined>;
}

interface Overrides {
  columns?: (DeviceField | null)[];
  hasHeader?: boolean;
}

export class ImportFlow {
  #context: ImportContext;
  #phase = $state<ImportPhase>('choose');
  #file = $state.raw<File>();
  #progress = $state(0);
  #result = $state.raw<ReadResult>();
  #preview = $state.raw<ImportPreview>();
  #failure = $state.raw<WorkerError>();
  #controller: AbortController | undefined;

  constructor(context: ImportContext) {
    this.#context = context;
  }

  get phase(): ImportPhase {
    return this.#phase;
  }
  get file(): File | undefined {
    return this.#file;
  }
  /** 0…1 while reading. */
  get progress(): number {
    return this.#progress;
  }
  get result(): ReadResult | undefined {
    return this.#result;
  }
  get preview(): ImportPreview | undefined {
    return this.#preview;
  }
  /** File-level problems (encoding, columns, the file itself). */
  get fileProblems(): Problem[] {
    return this.#result?.problems ?? [];
  }
  /** Why reading failed outright (the worker broke): a code the dialog words (workerErrorText). */
  get failure(): WorkerError | undefined {
    return this.#failure;
  }
  get busy(): boolean {
    return this.#phase === 'reading' || this.#phase === 'checking';
  }

  choose(file: File): Promise<void> {
    this.#file = file;
    return this.#read({});
  }

  /** Reads the file again with one column's field changed (null: not imported). */
  remap(columnIndex: number, field: DeviceField | null): Promise<void> {
    const columns = (this.#result?.detected.columns ?? []).map((c) => c.field);
    while (columns.length <= columnIndex) columns.push(null);
    // A field goes to one column only: the column that had it gives it up.
    if (field !== null) for (let i = 0; i < columns.length; i++) if (columns[i] === field) columns[i] = null;
    columns[columnIndex] = field;
    return this.#read({ columns, hasHeader: this.#result?.detected.hasHeader });
  }

  setHasHeader(hasHeader: boolean): Promise<void> {
    return this.#read({ hasHeader });
  }

  cancel(): void {
    this.#controller?.abort();
  }

  items(choice: AddChoice): NewDevice[] {
    const file = this.#file;
    return this.#preview && file ? toNewDevices(this.#preview.rows, file.name, choice) : [];
  }

  async #read(overrides: Overrides): Promise<void> {
    const file = this.#file;
    if (!file) return;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const { signal } = controller;
    this.#phase = 'reading';
    this.#progress = 0;
    this.#failure = undefined;
    try {
      const bytes = await file.arrayBuffer(); // a fresh copy each time: it is transferred away
      const read = await coreWorker.readDeviceFile(bytes, file.name, overrides, {
        signal,
        transfer: [bytes],
        onProgress: (fraction) => (this.#progress = fraction),
      });
      if (!read.ok) return this.#stopped(controller, read.error);
      const result = read.value;
      this.#phase = 'checking';
      const devices = result.devices.map((r) => r.device);
      const find = await this.#context.findElsewhere();
      const elsewhere = find ? await elsewhereSnapshot(devices, find, signal) : undefined;
      const existing = $state.snapshot(this.#context.existing()) as Device[];
      const { name, dialect } = this.#context.list();
      const checked = devices.length
        ? await coreWorker.validateDevices([...existing, ...devices], dialect, { listName: name, elsewhere }, { signal })
        : { ok: true as const, value: [] };
      if (!checked.ok) return this.#stopped(controller, checked.error);
      if (signal.aborted) return this.#stopped(controller, { code: 'aborted' });
      this.#result = result;
      this.#preview = buildPreview(result.devices, checked.value, existing.length);
      this.#phase = 'preview';
    } catch (e) {
      // Not the worker (it answers values): the File itself could not be read any more.
      this.#stopped(controller, { code: 'failed', detail: e instanceof Error ? e.message : String(e) });
    }
  }

  /** Ends a read that gave no preview: cancelled (by the user), or failed with a code to word. */
  #stopped(controller: AbortController, error: WorkerError): void {
    if (this.#controller !== controller) return; // superseded by a newer read
    if (error.code === 'aborted') {
      this.#phase = 'cancelled';
    } else {
      this.#failure = error;
      this.#phase = 'failed';
    }
    this.#result = undefined;
    this.#preview = undefined;
  }
}
