// The problems of an open list: the core's checks over the whole list (on this thread or in the
// core worker), and the changed ones saved back on their devices so the Lists screen counts them.
import { validateDevices, type Device, type Dialect, type Problem } from '../../../core';
import type { DeviceList, IdentifierIndex, StoredDevice } from '../../../adapters/storage';
import { problemsSignature, withFound, type App } from '../../../app';
import { coreWorker } from '../../../workers/core-bridge';
import { elsewhereSnapshot } from '../elsewhere-snapshot';
import { workspace } from '../workspace.svelte';

/**
 * Lists with more values than this (in characters: a hash is 4,096) are validated in the core
 * worker: 10,000 hashed devices took ~500 ms on the page's thread, in the worker the page only
 * pays for copying them there (~30 ms). Small lists stay here: an edit answers at once.
 */
const VALIDATE_IN_WORKER_CHARS = 2_000_000;

/** What validation reads from the open list, and how it hands back saved problems. */
export interface ValidationHost {
  readonly closed: boolean;
  readonly fullyLoaded: boolean;
  readonly list: DeviceList | undefined;
  readonly devices: StoredDevice[];
  readonly dialect: Dialect;
  /** Identifiers of the reseller's other lists (duplicates elsewhere). */
  readonly elsewhere: IdentifierIndex | undefined;
  /** Saves what validation found (the app layer keeps the reader's findings beside it). */
  readonly app: App | undefined;
}

export class ListValidation {
  readonly #host: ValidationHost;
  #problems = $state.raw<ReadonlyMap<string, Problem[]>>(new Map());
  #listProblems = $state.raw<Problem[]>([]);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #seq = 0;
  /** A big add is being saved chunk by chunk: validation waits for its end. */
  #held = false;

  constructor(host: ValidationHost) {
    this.#host = host;
  }

  /** Problems about the list as a whole (the export is split into several files …). */
  get listProblems(): Problem[] {
    return this.#listProblems;
  }

  /** Current problems of a device: freshly computed when validation has run, else as stored. */
  problemsOf(d: StoredDevice): Problem[] {
    const validated = this.#problems.get(d.id);
    return validated ? withFound(validated, d.found) : d.problems;
  }

  /** While held, `schedule` only cancels a pending run: the add schedules one when its last chunk has committed. */
  hold(): void {
    this.#held = true;
  }

  release(): void {
    this.#held = false;
  }

  schedule(delay = 150): void {
    clearTimeout(this.#timer);
    if (this.#held) return;
    this.#timer = setTimeout(() => void this.#validate(), delay);
  }

  stop(): void {
    clearTimeout(this.#timer);
  }

  /** Problems over the whole list (duplicates need all of it), stored on devices that changed. */
  async #validate(): Promise<void> {
    const host = this.#host;
    if (!host.fullyLoaded || !host.list || host.closed) return;
    const seq = ++this.#seq;
    const devices = host.devices;
    const found = await this.#findProblems(devices.map((d) => d.device));
    // The list changed meanwhile (a worker run is not instant): that change scheduled a new run.
    if (!found || seq !== this.#seq || host.devices !== devices || host.closed) return;
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
    const changed: { device: StoredDevice; validated: Problem[] }[] = [];
    devices.forEach((d, i) => {
      const ps = byIndex.get(i) ?? [];
      map.set(d.id, ps);
      if (problemsSignature(withFound(ps, d.found)) !== problemsSignature(d.problems)) changed.push({ device: d, validated: ps });
    });
    this.#problems = map;
    this.#listProblems = listWide;
    await this.#persist(changed);
  }

  /** The core's validateDevices: on this thread for small lists, in the core worker for big ones. */
  async #findProblems(devices: Device[]): Promise<Problem[] | undefined> {
    const host = this.#host;
    const index = host.elsewhere;
    const options = { maxRows: workspace.settings.maxRows, listName: host.list?.name ?? '' };
    let chars = 0;
    for (const d of devices) chars += d.hardwareHash?.length ?? 0;
    if (chars + devices.length * 60 < VALIDATE_IN_WORKER_CHARS) {
      return validateDevices(devices, host.dialect, { ...options, findElsewhere: index?.findElsewhere });
    }
    // Other lists' identifiers go as a snapshot (a function cannot cross), built in slices.
    const elsewhere = index ? await elsewhereSnapshot(devices, index.findElsewhere) : undefined;
    const checked = await coreWorker.validateDevices(devices, host.dialect, { ...options, ...(elsewhere ? { elsewhere } : {}) });
    if (checked.ok) return checked.value;
    // The worker failed to start or crashed: the problems stay as stored, tried again next change.
    console.error(`Boxpilot: validating the list in the worker failed: ${checked.error.code}`, checked.error.detail ?? '');
    return undefined;
  }

  /**
   * Keeps stored problems current (the Lists screen counts them), through the app layer: a few
   * hundred devices per transaction, so a 10,000-row import's problems never block the page.
   * A failure is tried again at the next validation.
   */
  async #persist(changed: { device: StoredDevice; validated: Problem[] }[]): Promise<void> {
    const host = this.#host;
    if (!host.app || !host.list || changed.length === 0) return;
    await host.app.devices.saveProblems(host.list.id, changed, () => !host.closed);
  }
}
