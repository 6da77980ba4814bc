import { isBase64, isPlausibleHashLength } from '../identifiers/hash';
import { problem } from '../problems';
import type { Problem } from '../types';

/** Base64 (error) of plausible length (warning when far from 4 KB): spec §3. */
export function checkHash(value: string, index: number, out: Problem[]): void {
  const where = { field: 'hardwareHash' as const, index };
  if (!isBase64(value)) out.push(problem('hash.not-base64', 'error', { length: value.length }, where));
  else if (!isPlausibleHashLength(value.length)) out.push(problem('hash.length', 'warning', { length: value.length }, where));
}
