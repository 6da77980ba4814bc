import { jobProblem, meaningOf, registrationProblem } from './error-codes';
import type { BatchDeviceKeys, DeviceKeys, DeviceOutcome, ReportedDeviceStatus } from './types';

// Partner Center's per-device results → one outcome per Boxpilot device, matched by PKID, then
// serial (exactly, then ignoring case: Partner Center may report it normalised), then hash.

type Reported = ReportedDeviceStatus | BatchDeviceKeys;

const lower = (value: string | undefined): string | undefined => value?.toLowerCase();

/** For each device, the reported entry that is about it (each entry used at most once). */
export function matchReported<R extends Reported>(devices: readonly DeviceKeys[], reported: readonly R[]): Map<string, R> {
  const matched = new Map<string, R>();
  const used = new Set<number>();
  const passes: ((d: DeviceKeys, r: R) => boolean)[] = [
    (d, r) => d.pkid !== undefined && d.pkid === r.productKey,
    (d, r) => d.serialNumber !== undefined && d.serialNumber === r.serialNumber,
    (d, r) => d.serialNumber !== undefined && lower(d.serialNumber) === lower(r.serialNumber),
    (d, r) => d.hardwareHash !== undefined && d.hardwareHash === r.hardwareHash,
  ];
  for (const same of passes) {
    for (const device of devices) {
      if (matched.has(device.id)) continue;
      const index = reported.findIndex((r, i) => !used.has(i) && same(device, r));
      if (index >= 0) {
        used.add(index);
        matched.set(device.id, reported[index]!);
      }
    }
  }
  return matched;
}

const PENDING = /^(queued|processing|pending|inprogress|in_progress|notstarted)$/i;
const FAILED = /^(failed|failure|error|errored|finished_with_errors|finishedwitherrors)$/i;

/** One device's outcome from its reported status entry. */
export function outcomeOf(deviceId: string, entry: ReportedDeviceStatus, at: number): DeviceOutcome {
  const outcome: DeviceOutcome = { deviceId, status: 'registered', at };
  if (entry.deviceId) outcome.pcDeviceId = entry.deviceId;
  if (entry.errorCode) outcome.errorCode = entry.errorCode;
  if (entry.errorDescription) outcome.errorDescription = entry.errorDescription;
  const status = (entry.status ?? '').trim();
  if (entry.errorCode || FAILED.test(status)) {
    const meaning = meaningOf(entry.errorCode, entry.errorDescription);
    outcome.problem = registrationProblem(entry.errorCode, entry.errorDescription);
    outcome.status =
      meaning.code === 'registration.already-registered' ? 'already-registered' : meaning.code === 'registration.duplicated' ? 'duplicate' : 'failed';
    return outcome;
  }
  if (PENDING.test(status)) outcome.status = 'pending';
  return outcome;
}

/**
 * Outcomes of a finished (or still running) upload. A device Partner Center did not mention is
 * `registered` when the whole job finished without errors, else `unknown` (or `pending` while
 * the job still runs).
 */
export function mapDeviceStatuses(
  devices: readonly DeviceKeys[],
  reported: readonly ReportedDeviceStatus[],
  jobStatus: string,
  at: number,
): DeviceOutcome[] {
  const matched = matchReported(devices, reported);
  const finished = jobStatus === 'finished';
  const running = jobStatus !== 'finished' && jobStatus !== 'finished_with_errors';
  return devices.map((device) => {
    const entry = matched.get(device.id);
    if (entry) return outcomeOf(device.id, entry, at);
    if (running || finished) return { deviceId: device.id, status: running ? 'pending' : 'registered', at };
    return { deviceId: device.id, status: 'unknown', problem: jobProblem('registration.no-result'), at };
  });
}

/** Devices of a chunk found in the batch after an interrupted send, and those that are not. */
export function splitByPresence(
  devices: readonly DeviceKeys[],
  inBatch: readonly BatchDeviceKeys[],
): { found: { deviceId: string; pcDeviceId: string }[]; missing: string[] } {
  const matched = matchReported(devices, inBatch);
  const found: { deviceId: string; pcDeviceId: string }[] = [];
  const missing: string[] = [];
  for (const device of devices) {
    const hit = matched.get(device.id);
    if (hit) found.push({ deviceId: device.id, pcDeviceId: hit.id });
    else missing.push(device.id);
  }
  return { found, missing };
}
