// The duplicates-in-other-lists lookup, turned into plain data the core worker can receive
// (a function cannot cross to a worker): only the identifiers that are found elsewhere go in.
// Runs on the page in slices with a yield between them, so 10,000 hashes never make one long task.
import type { Device } from '../../core';
import type { ElsewhereSnapshot } from '../../workers/core-bridge';

export type FindElsewhere = (field: 'serialNumber' | 'pkid' | 'hardwareHash', value: string) => string | undefined;

const FIELDS = ['serialNumber', 'pkid', 'hardwareHash'] as const;
const SLICE = 500;

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function elsewhereSnapshot(devices: readonly Device[], find: FindElsewhere, signal?: AbortSignal): Promise<ElsewhereSnapshot> {
  const snapshot: ElsewhereSnapshot = {};
  for (let start = 0; start < devices.length; start += SLICE) {
    if (start > 0) await yieldToPage();
    if (signal?.aborted) break;
    for (const device of devices.slice(start, start + SLICE)) {
      for (const field of FIELDS) {
        const value = device[field];
        if (!value) continue;
        const list = find(field, value);
        if (list !== undefined) (snapshot[field] ??= {})[value] = list;
      }
    }
  }
  return snapshot;
}
