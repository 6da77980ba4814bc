// Lookups over every device of a list (row numbers), rebuilt only
// when the devices array changes. Plain memos, not $derived: table rows mount and unmount while
// scrolling, and a derived that loses its last reader is recomputed on the next read (50,000
// entries for every new row).
import type { StoredDevice } from '../../../adapters/storage';

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
