// One export: check the list for the chosen dialect in the core worker, then write the files
// there and hand them to the browser as downloads. The core refuses to write a file with an
// error in it, so what the panel shows as blocking is exactly what stops the download.
import type { Device, DeviceFile, Dialect } from '../../core';
import { coreWorker, type WorkerError } from '../../workers/core-bridge';
import { summarize, type ExportSummary } from '../components/export/export-summary';
import { elsewhereSnapshot, type FindElsewhere } from './elsewhere-snapshot';
import { busy } from './busy.svelte';
import type { ElsewhereSnapshot } from '../../workers/core-bridge';

export interface ExportContext {
  listName: () => string;
  devices: () => readonly Device[];
  maxRows: () => number;
  findElsewhere: () => Promise<FindElsewhere | undefined>;
}

export class ExportFlow {
  #context: ExportContext;
  #dialect = $state<Dialect>('partner-center');
  #summary = $state.raw<ExportSummary>();
  #checking = $state(false);
  #writing = $state(false);
  #written = $state.raw<DeviceFile[]>();
  #failure = $state.raw<WorkerError>();
  #controller: AbortController | undefined;
  #elsewhere: Promise<ElsewhereSnapshot | undefined> | undefined;

  constructor(context: ExportContext, dialect: Dialect) {
    this.#context = context;
    this.#dialect = dialect;
  }

  get dialect(): Dialect {
    return this.#dialect;
  }
  get summary(): ExportSummary | undefined {
    return this.#summary;
  }
  get checking(): boolean {
    return this.#checking;
  }
  get writing(): boolean {
    return this.#writing;
  }
  /** The files of the last download, for the how-to and the per-file links. */
  get written(): DeviceFile[] | undefined {
    return this.#written;
  }
  /** Why checking or writing failed outright (the worker broke): a code the panel words. */
  get failure(): WorkerError | undefined {
    return this.#failure;
  }

  async choose(dialect: Dialect): Promise<void> {
    this.#dialect = dialect;
    this.#written = undefined;
    await this.check();
  }

  async check(): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const dialect = this.#dialect;
    const devices = this.#devices();
    this.#checking = true;
    this.#failure = undefined;
    try {
      const elsewhere = await this.#snapshot(devices);
      const checked = devices.length
        ? await coreWorker.validateDevices(devices, dialect, { listName: this.#context.listName(), maxRows: this.#context.maxRows(), elsewhere }, { signal: controller.signal })
        : { ok: true as const, value: [] };
      if (checked.ok) this.#summary = summarize(checked.value, devices.length, dialect, this.#context.maxRows());
      else if (checked.error.code !== 'aborted') this.#failure = checked.error;
    } finally {
      if (this.#controller === controller) this.#checking = false;
    }
  }

  /** Writes the files in the worker; answers with them (nothing when the core refused). */
  async write(): Promise<DeviceFile[] | undefined> {
    const devices = this.#devices();
    this.#writing = true;
    this.#failure = undefined;
    // An update waits while files are being written (busy.svelte.ts).
    const done = busy.begin('export');
    try {
      const written = await coreWorker.writeDeviceFiles(devices, this.#dialect, {
        listName: this.#context.listName(),
        maxRows: this.#context.maxRows(),
        elsewhere: await this.#snapshot(devices),
      });
      if (!written.ok) {
        this.#failure = written.error;
        return undefined;
      }
      const result = written.value;
      if (!result.ok) {
        this.#summary = summarize(result.problems, devices.length, this.#dialect, this.#context.maxRows());
        return undefined;
      }
      this.#written = result.files;
      return result.files;
    } finally {
      this.#writing = false;
      done();
    }
  }

  cancel(): void {
    this.#controller?.abort();
  }

  /** Plain copies: reactive proxies cannot be sent to a worker. */
  #devices(): Device[] {
    return $state.snapshot(this.#context.devices()) as Device[];
  }

  #snapshot(devices: readonly Device[]): Promise<ElsewhereSnapshot | undefined> {
    this.#elsewhere ??= this.#context.findElsewhere().then((find) => (find ? elsewhereSnapshot(devices, find) : undefined));
    return this.#elsewhere;
  }
}
