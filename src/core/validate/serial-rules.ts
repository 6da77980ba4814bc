import { isGenericSerial } from '../identifiers/generic-serials';
import { isScientificNotation } from '../identifiers/pkid';
import { problem } from '../problems';
import type { Problem } from '../types';

/** Generic firmware placeholders are rejected (spec §2); Excel's 1.23457E+11 lost digits (spec §1). */
export function checkSerial(value: string, index: number, out: Problem[]): void {
  const where = { field: 'serialNumber' as const, index };
  if (isGenericSerial(value)) out.push(problem('serial.generic', 'error', { value }, where));
  else if (isScientificNotation(value)) out.push(problem('serial.scientific-notation', 'error', { value }, where));
}
