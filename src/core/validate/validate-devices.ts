// validateDevices: every problem of a list for one dialect. Rules live one per file beside this
// one; this file only decides which rule applies to which written field.
import { problem } from '../problems';
import type { Device, DeviceField, Dialect, Problem } from '../types';
import { DEFAULT_MAX_ROWS, DIALECT_COLUMNS } from '../write/headers';
import { checkDuplicates } from './duplicates';
import { checkGroupTag } from './group-tag-rules';
import { checkHash } from './hash-rules';
import { checkIdentifierSet, reliesOnTuple } from './identifier-sets';
import { checkManufacturer, checkModel } from './manufacturer-rules';
import type { ValidateOptions } from './options';
import { checkPkid } from './pkid-rules';
import { checkSerial } from './serial-rules';
import { checkAssignedUser } from './user-rules';
import { checkValue } from './value-rules';

export function validateDevices(devices: readonly Device[], dialect: Dialect, options: ValidateOptions = {}): Problem[] {
  const out: Problem[] = [];
  const columns = DIALECT_COLUMNS[dialect];
  const written = new Set<DeviceField>(columns);
  for (let i = 0; i < devices.length; i++) {
    const d = devices[i];
    if (!d) continue;
    checkIdentifierSet(d, dialect, i, out);
    const tuple = reliesOnTuple(d, dialect);
    for (const field of columns) {
      const v = d[field];
      if (!v) continue;
      if (field === 'hardwareHash') {
        checkHash(v, i, out);
        continue;
      }
      checkValue(v, field, i, out);
      if (field === 'pkid') checkPkid(v, i, out);
      else if (field === 'serialNumber') checkSerial(v, i, out);
      else if (field === 'manufacturer') checkManufacturer(v, i, tuple, out);
      else if (field === 'model' && tuple) checkModel(v, d.manufacturer, i, out);
      else if (field === 'groupTag') checkGroupTag(v, i, out);
      else if (field === 'assignedUser') checkAssignedUser(v, i, out);
    }
  }
  checkDuplicates(devices, written, options, out);
  const maxRows = Math.max(1, Math.floor(options.maxRows ?? DEFAULT_MAX_ROWS));
  if (devices.length > maxRows) {
    out.push(
      problem('rows.split', 'info', { count: devices.length, maxRows, files: Math.ceil(devices.length / maxRows) }),
    );
  }
  return out;
}
