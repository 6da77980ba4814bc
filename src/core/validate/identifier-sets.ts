// Which identifier sets a row may carry, per dialect (spec §1).
import { problem } from '../problems';
import type { Device, Dialect, Problem } from '../types';

const missingTupleParts = (d: Device): string =>
  [d.serialNumber ? '' : 'serial number', d.manufacturer ? '' : 'manufacturer', d.model ? '' : 'model']
    .filter(Boolean)
    .join(', ');

export const hasTuple = (d: Device): boolean => !!(d.serialNumber && d.manufacturer && d.model);

/**
 * partner-center: a row must contain hash (alone, or with PKID and/or serial), PKID alone, or the
 * tuple serial + manufacturer + model. Extra informative fields beside a hash are what
 * Get-WindowsAutopilotInfo -Partner itself writes, so they are accepted.
 */
export function checkIdentifierSet(d: Device, dialect: Dialect, index: number, out: Problem[]): void {
  if (dialect === 'intune') {
    if (!d.hardwareHash) out.push(problem('intune.hash-required', 'error', {}, { field: 'hardwareHash', index }));
    return;
  }
  if (dialect === 'corporate-identifiers') {
    if (!hasTuple(d)) out.push(problem('corporate.tuple-required', 'error', { missing: missingTupleParts(d) }, { index }));
    return;
  }
  if (d.hardwareHash || d.pkid || hasTuple(d)) return;
  if (d.serialNumber || d.manufacturer || d.model) {
    out.push(problem('identifiers.incomplete-tuple', 'error', { missing: missingTupleParts(d) }, { index }));
  } else {
    out.push(problem('identifiers.missing', 'error', {}, { index }));
  }
}

/** True when Partner Center would match this row by the tuple alone (no hash, no PKID). */
export const reliesOnTuple = (d: Device, dialect: Dialect): boolean =>
  dialect === 'corporate-identifiers' || (dialect === 'partner-center' && !d.hardwareHash && !d.pkid);
