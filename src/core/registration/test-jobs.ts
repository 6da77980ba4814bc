// Test support (specs only): a job with devices d1…dN and a helper that applies events or fails.
import { createRegistrationJob, type NewJob } from './create-job';
import { applyJobEvent, type JobEvent } from './transitions';
import type { DeviceKeys, RegistrationJob } from './types';

export const T0 = Date.parse('2026-12-02T12:00:00Z');

export const keys = (n: number): DeviceKeys[] =>
  Array.from({ length: n }, (_, i) => ({ id: `d${i + 1}`, serialNumber: `SN${i + 1}`, pkid: String(3258460000000 + i + 1) }));

export function job(n = 3, extra: Partial<NewJob> = {}): RegistrationJob {
  const result = createRegistrationJob({
    id: 'job-1',
    listId: 'list-1',
    customer: { id: 'cust-1', name: 'Contoso' },
    batchName: 'Contoso 2026-12',
    deviceIds: keys(n).map((k) => k.id),
    now: T0,
    ...extra,
  });
  if (!result.ok) throw new Error(result.error.code);
  return result.job;
}

/** Applies events in order; throws (failing the test) on a refused transition. */
export function run(start: RegistrationJob, events: JobEvent[], now = T0): RegistrationJob {
  return events.reduce((current, event, i) => {
    const result = applyJobEvent(current, event, now + i);
    if (!result.ok) throw new Error(`${event.type} refused: ${JSON.stringify(result.error)}`);
    return result.job;
  }, start);
}
