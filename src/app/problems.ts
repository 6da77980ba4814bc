// Where a device's problems come from, in one place. Two sources: the core's validation (of the
// device alone when it is saved, of the whole list when the list is checked) and what the file
// reader found when it was imported (Excel damage, removed noise, extra cells). The reader's
// findings stay until the value they are about changes; validation never overwrites them.
import { validateDevices, type Device, type DeviceField, type Dialect, type Problem } from '../core';

/** Problems of one device on its own (identifier set, values), for the record saved now. */
export function problemsAlone(device: Device, dialect: Dialect): Problem[] {
  return validateDevices([device], dialect, { maxRows: Number.MAX_SAFE_INTEGER }).map(({ index: _, ...p }) => p);
}

const key = (p: Problem): string => `${p.code}|${p.field ?? ''}`;

/** The problems to store and show: validation's, plus the reader's it does not already say. */
export function withFound(validated: Problem[], found: readonly Problem[] | undefined): Problem[] {
  if (!found || found.length === 0) return validated;
  const seen = new Set(validated.map(key));
  return [...validated, ...found.filter((p) => !seen.has(key(p)))];
}

/** The reader's findings that still hold after `changed` fields got new values. */
export function foundAfterEdit(found: readonly Problem[] | undefined, changed: readonly DeviceField[]): Problem[] | undefined {
  if (!found) return undefined;
  const kept = found.filter((p) => !p.field || !changed.includes(p.field));
  return kept.length > 0 ? kept : undefined;
}

/** A stable text of a problem list, to tell whether stored problems must be rewritten. */
export const problemsSignature = (ps: readonly Problem[]): string => ps.map((p) => `${p.code}|${p.field ?? ''}|${p.message}`).join('\n');
