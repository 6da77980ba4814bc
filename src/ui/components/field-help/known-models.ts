// Manufacturer/model pairs this reseller has stored before, so a model is picked with the exact
// spelling used last time instead of typed again (spec §1: the tuple must match the firmware).
import type { Device } from '../../../core';

export class KnownModels {
  readonly #pairs = new Map<string, Set<string>>();

  add(devices: Iterable<Device>): void {
    for (const d of devices) {
      if (!d.manufacturer || !d.model) continue;
      let models = this.#pairs.get(d.manufacturer);
      if (!models) this.#pairs.set(d.manufacturer, (models = new Set()));
      models.add(d.model);
    }
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
