// Damage Excel does to device lists (spec §1 "Files saved by Excel"): long numbers shown as
// 3.25846E+12 (digits lost: must be rescanned) and serials that lost their leading zeros (cannot
// be proven: warned about when the same model's other all-digit serials are longer).
import { isScientificNotation } from '../identifiers/pkid';
import { problem } from '../problems';
import type { Device, Problem } from '../types';

export interface RowForDamage {
  device: Device;
  line: number;
  problems: Problem[];
}

const isDigits = (v: string): boolean => /^\d+$/.test(v);

export function detectExcelDamage(rows: readonly RowForDamage[]): void {
  for (const r of rows) {
    const { pkid, serialNumber } = r.device;
    if (pkid && isScientificNotation(pkid)) {
      r.problems.push(problem('pkid.scientific-notation', 'error', { value: pkid }, { field: 'pkid', line: r.line }));
    }
    if (serialNumber && isScientificNotation(serialNumber)) {
      r.problems.push(
        problem('serial.scientific-notation', 'error', { value: serialNumber }, { field: 'serialNumber', line: r.line }),
      );
    }
  }

  // Leading zeros: group all-digit serials by model, find the usual length of each group.
  const groups = new Map<string, RowForDamage[]>();
  for (const r of rows) {
    const s = r.device.serialNumber;
    if (!s || !isDigits(s)) continue;
    const key = (r.device.manufacturer ?? '') + '\u0000' + (r.device.model ?? '');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(r);
  }
  for (const g of groups.values()) {
    if (g.length < 3) continue;
    const byLength = new Map<number, number>();
    for (const r of g) {
      const n = r.device.serialNumber?.length ?? 0;
      byLength.set(n, (byLength.get(n) ?? 0) + 1);
    }
    let usual = 0;
    let usualCount = 0;
    for (const [n, c] of byLength) if (c > usualCount || (c === usualCount && n > usual)) [usual, usualCount] = [n, c];
    if (usualCount < 2 || usualCount * 2 < g.length) continue;
    for (const r of g) {
      const s = r.device.serialNumber ?? '';
      if (s.length < usual) {
        r.problems.push(
          problem(
            'serial.leading-zeros-lost',
            'warning',
            { value: s, length: s.length, expected: usual, model: r.device.model ?? 'same-model' },
            { field: 'serialNumber', line: r.line },
          ),
        );
      }
    }
  }
}
