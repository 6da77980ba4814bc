// Manufacturer/model pairs this reseller has stored before, so a model is picked with the exact
// spelling used last time instead of typed again (spec §1: the tuple must match the firmware).
import type { Device } from '../../../core';

/** Immutable: `plus` answers a new instance, so a pick list built from it re-renders. */
export class KnownModels {
  readonly #pairs: Map<string, Set<string>>;

  constructor(pairs: Map<string, Set<string>> = new Map()) {
    this.#pairs = pairs;
  }

  /** These pairs plus the devices' (this one itself when they add nothing). */
  plus(devices: Iterable<Device>): KnownModels {
    let pairs: Map<string, Set<string>> | undefined;
    for (const d of devices) {
      if (!d.manufacturer || !d.model || this.#pairs.get(d.manufacturer)?.has(d.model) || pairs?.get(d.manufacturer)?.has(d.model)) continue;
      pairs ??= new Map([...this.#pairs].map(([m, set]) => [m, new Set(set)]));
      let models = pairs.get(d.manufacturer);
      if (!models) pairs.set(d.manufacturer, (models = new Set()));
      models.add(d.model);
    }
    return pairs ? new KnownModels(pairs) : this;
  }

  /** Models seen with this manufacturer (exact), sorted; every model when none is given. */
  models(manufacturer?: string): string[] {
    const sets = manufacturer ? [this.#pairs.get(manufacturer) ?? new Set<string>()] : [...this.#pairs.values()];
    const all = new Set<string>();
    for (const s of sets) for (const m of s) all.add(m);
    return [...all].sort((a, b) => a.localeCompare(b));
  }

  /** Manufacturer spellings seen before (they may include ones the app does not know). */
  manufacturers(): string[] {
    return [...this.#pairs.keys()].sort((a, b) => a.localeCompare(b));
  }
}
