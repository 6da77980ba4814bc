// CSV formula injection: Excel runs a cell that starts with = + - or @ as a formula, also when a
// tab or CR comes before it (OWASP "CSV Injection"), and the dialects allow no quoting that could
// defuse it (spec §1: no quotes, no extra characters). Technicians open these files in Excel, so
// such a value never reaches a written file: it is an error on its row (issue 10).
//
// Every written field is checked, the hardware hash included. A hash is base64 (spec §3), whose
// alphabet has '+', so a base64 string may start with '+'. It is still refused: Excel would turn
// it into a formula and the hash would be lost when the file is saved. The hashes
// Get-WindowsAutopilotInfo collects start with the header of the hardware data structure
// ("T0…" in every public sample; not stated by Microsoft, so unconfirmed), so a real one does not
// start with '+', and '-', '=', '@' are not base64 at all (hash.not-base64 says so as well).
import { problem } from '../problems';
import type { DeviceField, Problem } from '../types';

/** What Excel skips before looking at the first character: tab, CR, LF and spaces. */
const isLeadingBlank = (c: number): boolean => c === 0x09 || c === 0x0d || c === 0x0a || c === 0x20;
const isTrigger = (c: number): boolean => c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40; // = + - @

/** The formula trigger a value starts with (after blanks), or undefined. */
export function formulaTrigger(value: string): string | undefined {
  let i = 0;
  while (i < value.length && isLeadingBlank(value.charCodeAt(i))) i++;
  return i < value.length && isTrigger(value.charCodeAt(i)) ? value[i] : undefined;
}

/** One charCodeAt for the common value (a letter or digit first); this runs on every written cell. */
export function checkFormula(value: string, field: DeviceField, index: number, out: Problem[]): void {
  const first = value.charCodeAt(0);
  if (first > 0x40 || (first >= 0x30 && first <= 0x39)) return;
  const char = formulaTrigger(value);
  if (char !== undefined) out.push(problem('value.formula', 'error', { field, char }, { field, index }));
}
