// The same device twice in one upload: Partner Center processes only one (ZtdDeviceDuplicated,
// spec §6). Serials compare exactly (values are kept exactly, spec §1) = error; serials that
// differ only in case are almost always one device typed twice, but could be two devices of
// different OEMs, so that is a warning. PKID and hash compare exactly (digits / base64).
import { problem } from '../problems';
import type { Device, DeviceField, Problem } from '../types';
import type { ValidateOptions } from './options';

const KEYED: readonly DeviceField[] = ['serialNumber', 'pkid', 'hardwareHash'];
const LOWER = /[a-z]/;

export function checkDuplicates(
  devices: readonly Device[],
  written: ReadonlySet<DeviceField>,
  options: ValidateOptions,
  out: Problem[],
): void {
  for (const field of KEYED) {
    if (!written.has(field)) continue;
    const firstAt = new Map<string, number>();
    // Upper-cased serials that had lower case letters; serials without any are their own
    // upper-case form, so most (upper-case) serials are never copied.
    const foldedAt = new Map<string, number>();
    const isSerial = field === 'serialNumber';
    for (let i = 0; i < devices.length; i++) {
      const value = devices[i]?.[field];
      if (!value) continue;
      const prev = firstAt.get(value);
      const shown = field === 'hardwareHash' ? value.slice(0, 12) + '…' : value;
      if (prev !== undefined) {
        out.push(problem('duplicate.in-list', 'error', { field, value: shown, other: prev + 1 }, { field, index: i }));
      } else {
        firstAt.set(value, i);
        if (isSerial) {
          let other: number | undefined;
          if (LOWER.test(value)) {
            const upper = value.toUpperCase();
            other = foldedAt.get(upper) ?? firstAt.get(upper);
            if (!foldedAt.has(upper)) foldedAt.set(upper, i);
          } else other = foldedAt.get(value);
          if (other !== undefined && other !== i) {
            const otherValue = devices[other]?.[field] ?? '';
            out.push(problem('duplicate.serial-case', 'warning', { value, otherValue, other: other + 1 }, { field, index: i }));
          }
        }
      }
      if (options.findElsewhere) {
        let list: string | undefined;
        try {
          list = options.findElsewhere(field, value);
        } catch {
          list = undefined; // a failing lookup must not break validation
        }
        if (list !== undefined && list !== options.listName) {
          out.push(problem('duplicate.elsewhere', 'warning', { field, value: shown, list }, { field, index: i }));
        }
      }
    }
  }
}
