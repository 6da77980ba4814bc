import { isPkid, isScientificNotation } from '../identifiers/pkid';
import { isProductKey, isWindowsProductId } from '../identifiers/product-key';
import { problem } from '../problems';
import type { Problem } from '../types';

/** PKID: 13 digits (spec §2), and not a product key or Windows Product ID. */
export function checkPkid(value: string, index: number, out: Problem[]): void {
  if (isPkid(value)) return;
  const where = { field: 'pkid' as const, index };
  if (isScientificNotation(value)) out.push(problem('pkid.scientific-notation', 'error', { value }, where));
  else if (isProductKey(value)) out.push(problem('pkid.is-product-key', 'error', { value }, where));
  else if (isWindowsProductId(value)) out.push(problem('pkid.is-product-id', 'error', { value }, where));
  else out.push(problem('pkid.format', 'error', { value }, where));
}
