// The ONE restore step (Excalidraw's restore()): every device that comes from storage, an import
// or typing goes through here before anything else touches it. Unknown keys are dropped, values
// are cleaned (noise.ts), empty fields are removed, and it never throws, whatever it is given.

import { cleanValue } from './noise';
import { problem } from './problems';
import { DEVICE_FIELDS, type Device, type Problem } from './types';

export interface Normalized {
  device: Device;
  cleaned: Problem[];
}

/** Hash text wrapped by e-mail or copy-paste carries inner spaces/line breaks (spec §3); after
 * cleanValue only spaces can be left inside. */
function stripInnerWhitespace(v: string): string {
  return v.replace(/[\s\u200b\u200c\u200d\u2060\ufeff]+/g, '');
}

export interface NormalizeOptions {
  /** Count and remove NUL characters silently (the file reader reports them for the file). */
  nul?: { count: number };
}

export function normalizeDevice(
  input: unknown,
  where: { index?: number; line?: number } = {},
  options: NormalizeOptions = {},
): Normalized {
  const device: Device = {};
  const cleaned: Problem[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    if (input !== undefined && input !== null) cleaned.push(problem('normalize.not-an-object', 'warning', {}, where));
    return { device, cleaned };
  }
  const record = input as Record<string, unknown>;
  for (const field of DEVICE_FIELDS) {
    let raw: unknown;
    try {
      raw = record[field]; // a getter on a hostile object may throw: never let it escape
    } catch {
      raw = undefined;
    }
    if (raw === undefined || raw === null) continue;
    // Not text (a number included: 3.25846e12 would print as a plausible but wrong PKID, and
    // leading zeros are gone): dropped with a warning, never guessed back into a string.
    if (typeof raw !== 'string') {
      cleaned.push(problem('normalize.not-a-string', 'warning', { field }, { ...where, field }));
      continue;
    }
    const c = options.nul ? cleanValue(raw, { nul: options.nul }) : cleanValue(raw);
    let value = c.value;
    if (c.cleaned.length > 0 && value !== '') {
      const shown = field === 'hardwareHash' && value.length > 16 ? value.slice(0, 12) + '…' : value;
      cleaned.push(problem('cleaned.noise', 'info', { field, removed: c.cleaned.join(', '), value: shown }, { ...where, field }));
    }
    if (field === 'hardwareHash' && value.indexOf(' ') !== -1) {
      value = stripInnerWhitespace(value);
      cleaned.push(problem('cleaned.hash-whitespace', 'info', {}, { ...where, field }));
    }
    if (value !== '') device[field] = value;
  }
  return { device, cleaned };
}
