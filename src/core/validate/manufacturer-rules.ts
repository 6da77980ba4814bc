// Manufacturer and model for the tuple (spec §1): matched case-sensitively against firmware.
//
// The Samsung question: its firmware name "Samsung Electronics Co., Ltd." contains a comma, and
// the files must not quote values nor contain the delimiter (spec §1). Writing it would shift
// the columns; quoting it would break the no-quote rule; changing it breaks the exact match.
// So a comma in the manufacturer is an error for every dialect that writes the manufacturer,
// with a message that says what works instead: register by PKID or hash without manufacturer
// and model (Partner Center), or through the Partner Center API, whose JSON has no such limit.
import { LENOVO_MTM } from '../identifiers/data-identifiers';
import { matchManufacturer } from '../identifiers/manufacturers';
import { problem } from '../problems';
import type { Problem } from '../types';

export function checkManufacturer(value: string, index: number, reliesOnTuple: boolean, out: Problem[]): void {
  const where = { field: 'manufacturer' as const, index };
  if (value.includes(',')) {
    out.push(problem('manufacturer.comma', 'error', { value }, where));
    return;
  }
  // Only the tuple is matched against firmware strings; beside a hash or PKID they are informative.
  if (!reliesOnTuple) return;
  const m = matchManufacturer(value);
  if (m.kind === 'case') out.push(problem('manufacturer.case', 'warning', { value, expected: m.known.name }, where));
  else if (m.kind === 'alias') out.push(problem('manufacturer.alias', 'warning', { value, expected: m.known.name }, where));
  else if (m.kind === 'unknown') out.push(problem('manufacturer.unknown', 'warning', { value }, where));
}

/** Lenovo's model string is the 10-character machine type model, not the marketing name (spec §1). */
export function checkModel(model: string, manufacturer: string | undefined, index: number, out: Problem[]): void {
  if (manufacturer === undefined || manufacturer.toUpperCase() !== 'LENOVO') return;
  if (!LENOVO_MTM.test(model)) out.push(problem('model.lenovo-mtm', 'warning', { value: model }, { field: 'model', index }));
}
