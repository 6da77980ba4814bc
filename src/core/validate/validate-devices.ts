// validateDevices: every problem of a list for one dialect. Rules live one per file beside this
// one; this file only decides which rule applies to which written field.
import { problem } from '../problems';
import type { Device, DeviceField, Dialect, Problem } from '../types';
import { DIALECT_COLUMNS, rowsPerFile } from '../write/headers';
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
  // Direct property reads per field (not d[field] in a loop): this runs on 100,000-row lists.
  const wSerial = written.has('serialNumber');
  const wPkid = written.has('pkid');
  const wHash = written.has('hardwareHash');
  const wMfr = written.has('manufacturer');
  const wModel = written.has('model');
  const wTag = written.has('groupTag');
  const wUser = written.has('assignedUser');
  for (let i = 0; i < devices.length; i++) {
    const d = devices[i];
    if (!d) continue;
    checkIdentifierSet(d, dialect, i, out);
    const tuple = reliesOnTuple(d, dialect);
    const { serialNumber, pkid, hardwareHash, manufacturer, model, groupTag, assignedUser } = d;
    if (wSerial && serialNumber) {
      checkValue(serialNumber, 'serialNumber', i, out);
      checkSerial(serialNumber, i, out);
    }
    if (wPkid && pkid) {
      checkValue(pkid, 'pkid', i, out);
      checkPkid(pkid, i, out);
    }
    if (wHash && hardwareHash) checkHash(hardwareHash, i, out);
    if (wMfr && manufacturer) {
      checkValue(manufacturer, 'manufacturer', i, out);
      checkManufacturer(manufacturer, i, tuple, out);
    }
    if (wModel && model) {
      checkValue(model, 'model', i, out);
      if (tuple) checkModel(model, manufacturer, i, out);
    }
    if (wTag && groupTag) {
      checkValue(groupTag, 'groupTag', i, out);
      checkGroupTag(groupTag, i, out);
    }
    if (wUser && assignedUser) {
      checkValue(assignedUser, 'assignedUser', i, out);
      checkAssignedUser(assignedUser, i, out);
    }
  }
  checkDuplicates(devices, written, options, out);
  const maxRows = rowsPerFile(options.maxRows);
  if (devices.length > maxRows) {
    out.push(
      problem('rows.split', 'info', { count: devices.length, maxRows, files: Math.ceil(devices.length / maxRows) }),
    );
  }
  return out;
}
