// Every written value: printable ASCII only, no delimiter, no quote (spec §1 "ANSI-safe").
// One native regex per value, and a char loop only for the rare bad value: this runs on every cell of 100,000-row lists.
import { problem } from '../problems';
import type { DeviceField, Problem } from '../types';

/** Printable ASCII without comma or quote: the common case, checked by one native regex. */
const SAFE = /^[\x20\x21\x23-\x2b\x2d-\x7e]*$/;

export function checkValue(value: string, field: DeviceField, index: number, out: Problem[]): void {
  if (SAFE.test(value)) return;
  let comma = false;
  let quote = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) {
      const cp = value.codePointAt(i) ?? c;
      out.push(
        problem(
          'value.not-ascii',
          'error',
          { field, char: String.fromCodePoint(cp), codePoint: 'U+' + cp.toString(16).toUpperCase().padStart(4, '0') },
          { field, index },
        ),
      );
      return;
    }
    if (c === 0x2c) comma = true;
    else if (c === 0x22) quote = true;
  }
  // A comma in the manufacturer has its own, more helpful message (manufacturer-rules.ts).
  if (comma && field !== 'manufacturer') out.push(problem('value.delimiter', 'error', { field }, { field, index }));
  if (quote) out.push(problem('value.quote', 'error', { field }, { field, index }));
}
