// The problems of an open list: the core's checks over the whole list (on this thread or in the
// core worker), and the changed ones saved back on their devices so the Lists screen counts them.
import { validateDevices, type Device, type Dialect, type Problem } from '../../../core';
import type { BoxpilotStore, DeviceList, IdentifierIndex, StoredDevice } from '../../../adapters/storage';
import { validateDevices as validateInWorker } from '../../../workers/core-bridge';
import { elsewhereSnapshot } from '../elsewhere-snapshot';
import { workspace } from '../workspace.svelte';

/**
 * Lists with more values than this (in characters: a hash is 4,096) are validated in the core
 * worker: 10,000 hashed devices took ~500 ms on the page's thread, in the worker the page only
 * pays for copying them there (~30 ms). Small lists stay here: an edit answers at once.
 */
const VALIDATE_IN_WORKER_CHARS = 2_000_000;
/** Changed problems are saved in transactions of this many devices (each reads a whole record). */
const PROBLEMS_CHUNK = 250;

/** What validation reads from the open list, and how it hands back saved problems. */
export interface ValidationHost {
  readonly closed: boolean;
  readonly fullyLoaded: boolean;
  readonly list: DeviceList | undefined;
  readonly devices: StoredDevice[];
  readonly dialect: Dialect;
  /** Identifiers of the reseller's other lists (duplicates elsewhere). */
  readonly elsewhere: IdentifierIndex | undefined;
  readonly store: BoxpilotStore | undefined;
  /** These devices' problems are stored now: show them on the rows (only the problems). */
  keepProblems(saved: ReadonlyMap<string, Problem[]>): void;
}

const signature = (ps: readonly Problem[]): string => ps.map((p) => `${p.code}|${p.field ?? ''}|${p.message}`).join('\n');

/** Problems of one device on its own (identifier set, values), for the record saved now. */
export function problemsAlone(device: Device, dialect: Dialect): Problem[] {
  return validateDevices([device], dialect, { maxRows: Number.MAX_SAFE_INTEGER }).map(({ index: _, ...p }) => p);
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
    return this.#problems.get(d.id) ?? d.problems;
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
    const changed: StoredDevice[] = [];
    devices.forEach((d, i) => {
      const ps = byIndex.get(i) ?? [];
      map.set(d.id, ps);
      if (signature(ps) !== signature(d.problems)) changed.push({ ...d, problems: ps });
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
    try {
      // Other lists' identifiers go as a snapshot (a function cannot cross), built in slices.
      const elsewhere = index ? await elsewhereSnapshot(devices, index.findElsewhere) : undefined;
      return await validateInWorker(devices, host.dialect, { ...options, ...(elsewhere ? { elsewhere } : {}) });
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
  async #persist(changed: StoredDevice[]): Promise<void> {
    const host = this.#host;
    const store = host.store;
    if (!store || changed.length === 0) return;
    const saved = new Map<string, Problem[]>();
    for (let start = 0; start < changed.length; start += PROBLEMS_CHUNK) {
      if (host.closed) return;
      const chunk = changed.slice(start, start + PROBLEMS_CHUNK);
      const result = await store.updateDevices(chunk.map((d) => ({ id: d.id, patch: { problems: d.problems } })));
      if (!result.ok) break; // tried again at the next validation
      for (const d of result.value.updated) saved.set(d.id, d.problems);
    }
    if (saved.size === 0) return;
    host.keepProblems(saved);
    void workspace.refreshLists();
  }
}
