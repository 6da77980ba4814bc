// Lookups over every device of a list (row numbers, first row holding an identifier), rebuilt only
// when the devices array changes. Plain memos, not $derived: table rows mount and unmount while
// scrolling, and a derived that loses its last reader is recomputed on the next read (50,000
// entries for every new row).
import type { DuplicateHit } from '../../../core';
import type { StoredDevice } from '../../../adapters/storage';

type IdentifierFieldName = DuplicateHit['field'];

/** Caches f(input) for the last input (by identity). */
export function memo<I, O>(f: (input: I) => O): (input: I) => O {
  let last: { input: I; output: O } | undefined;
  return (input) => {
    if (last?.input !== input) last = { input, output: f(input) };
    return last.output;
  };
}

/** 1-based row number of each device, by id. */
export function rowNumbers(devices: StoredDevice[]): Map<string, number> {
  return new Map(devices.map((d, i) => [d.id, i + 1]));
}

/** 0-based index of the first device holding each identifier value, per identifier field. */
export function firstRowByIdentifier(devices: StoredDevice[]): Record<IdentifierFieldName, Map<string, number>> {
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
}
