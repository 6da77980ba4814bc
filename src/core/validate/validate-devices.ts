// validateDevices: every problem of a list for one dialect. Rules live one per file beside this
// one; this file only decides which rule applies to which written field.
import { problem } from '../problems';
import type { Device, DeviceField, Dialect, Problem } from '../types';
import { DIALECT_COLUMNS, rowsPerFile } from '../write/headers';
import { checkDuplicates } from './duplicates';
import { checkFormula } from './formula-rules';
import { checkGroupTag } from './group-tag-rules';
import { checkHash } from './hash-rules';
import { checkIdentifierSet, reliesOnTuple } from './identifier-sets';
import { checkManufacturer, checkModel } from './manufacturer-rules';
import type { ValidateOptions } from './options';
import { checkPkid } from './pkid-rules';
import { checkSerial } from './serial-rules';
import { checkAssignedUser } from './user-rules';
import { checkValue } from './value-rules';

/**
 * The last validation of each list array, so that writeDeviceFiles right after validateDevices
 * (what the UI does: show the problems, then export) does not validate the same list twice.
 * A memo is used only when nothing validation reads can have changed: the same array, the same
 * length, the same device objects holding the same seven field values, the same dialect and
 * options. Errors depend on nothing else (findElsewhere only gives warnings), so "never write a
 * file when any device has an error" holds with or without the memo.
 */
interface Memo {
  dialect: Dialect;
  maxRows: number;
  findElsewhere: ValidateOptions['findElsewhere'];
  listName: string | undefined;
  refs: (Device | undefined)[];
  /** The seven fields of each device, flat: values[i * 7 + k]. */
  values: (string | undefined)[];
  problems: Problem[];
}

const memos = new WeakMap<readonly Device[], Memo>();

function snapshot(devices: readonly Device[]): { refs: (Device | undefined)[]; values: (string | undefined)[] } {
  const n = devices.length;
  const refs = new Array<Device | undefined>(n);
  const values = new Array<string | undefined>(n * 7);
  for (let i = 0, j = 0; i < n; i++, j += 7) {
    const d = devices[i];
    refs[i] = d;
    if (!d) continue;
    values[j] = d.serialNumber;
    values[j + 1] = d.pkid;
    values[j + 2] = d.hardwareHash;
    values[j + 3] = d.manufacturer;
    values[j + 4] = d.model;
    values[j + 5] = d.groupTag;
    values[j + 6] = d.assignedUser;
  }
  return { refs, values };
}

function unchanged(m: Memo, devices: readonly Device[]): boolean {
  const n = devices.length;
  if (m.refs.length !== n) return false;
  const { refs, values } = m;
  for (let i = 0, j = 0; i < n; i++, j += 7) {
    const d = devices[i];
    if (d !== refs[i]) return false;
    if (!d) continue;
    if (
      d.serialNumber !== values[j] ||
      d.pkid !== values[j + 1] ||
      d.hardwareHash !== values[j + 2] ||
      d.manufacturer !== values[j + 3] ||
      d.model !== values[j + 4] ||
      d.groupTag !== values[j + 5] ||
      d.assignedUser !== values[j + 6]
    ) {
      return false;
    }
  }
  return true;
}

/**
 * The problems of the last validateDevices of this very array when nothing it reads has changed
 * since (see Memo), else a fresh validation (not memoised: only validateDevices leaves a memo).
 * For writeDeviceFiles; returns a copy, never the memo itself.
 */
export function validateDevicesOnce(devices: readonly Device[], dialect: Dialect, options: ValidateOptions = {}): Problem[] {
  const m = memos.get(devices);
  if (
    m &&
    m.dialect === dialect &&
    m.maxRows === rowsPerFile(options.maxRows) &&
    m.findElsewhere === options.findElsewhere &&
    m.listName === options.listName &&
    unchanged(m, devices)
  ) {
    return m.problems.slice();
  }
  return validateUncached(devices, dialect, options);
}

export function validateDevices(devices: readonly Device[], dialect: Dialect, options: ValidateOptions = {}): Problem[] {
  const out = validateUncached(devices, dialect, options);
  if (Array.isArray(devices)) {
    memos.set(devices, {
      dialect,
      maxRows: rowsPerFile(options.maxRows),
      findElsewhere: options.findElsewhere,
      listName: options.listName,
      ...snapshot(devices),
      problems: out.slice(),
    });
  }
  return out;
}

function validateUncached(devices: readonly Device[], dialect: Dialect, options: ValidateOptions): Problem[] {
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
      checkFormula(serialNumber, 'serialNumber', i, out);
      checkSerial(serialNumber, i, out);
    }
    if (wPkid && pkid) {
      checkValue(pkid, 'pkid', i, out);
      checkFormula(pkid, 'pkid', i, out);
      checkPkid(pkid, i, out);
    }
    if (wHash && hardwareHash) {
      checkFormula(hardwareHash, 'hardwareHash', i, out);
      checkHash(hardwareHash, i, out);
    }
    if (wMfr && manufacturer) {
      checkValue(manufacturer, 'manufacturer', i, out);
      checkFormula(manufacturer, 'manufacturer', i, out);
      checkManufacturer(manufacturer, i, tuple, out);
    }
    if (wModel && model) {
      checkValue(model, 'model', i, out);
      checkFormula(model, 'model', i, out);
      if (tuple) checkModel(model, manufacturer, i, out);
    }
    if (wTag && groupTag) {
      checkValue(groupTag, 'groupTag', i, out);
      checkFormula(groupTag, 'groupTag', i, out);
      checkGroupTag(groupTag, i, out);
    }
    if (wUser && assignedUser) {
      checkValue(assignedUser, 'assignedUser', i, out);
      checkFormula(assignedUser, 'assignedUser', i, out);
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
