// Firmware placeholders that mean "no serial was set" (spec §2): reject them. Compared
// case-insensitively, ignoring spaces and dots, so "To Be Filled By O.E.M." matches too.

const PLACEHOLDERS = [
  'To be filled by O.E.M.',
  'Default string',
  'System Serial Number',
  'Chassis Serial Number',
  'Not Applicable',
  'Not Specified',
  'None',
  'N/A',
  'NA',
  'Invalid',
  'Serial',
  'SerialNumber',
  '0',
  '123456789',
  '1234567890',
  '0123456789',
  'OEM',
  'O.E.M.',
];

const squash = (v: string): string => v.toLowerCase().replace(/[\s.]+/g, '');
const KEYS = new Set(PLACEHOLDERS.map(squash));
const KEYS_UPPER = new Set([...KEYS].map((k) => k.toUpperCase()));
/** Typical real serials (upper-case letters, digits, hyphens) skip the lower-casing below. */
const PLAIN = /^[0-9A-Z-]+$/;

function allSame(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) !== s.charCodeAt(0)) return false;
  return true;
}

export function isGenericSerial(v: string): boolean {
  if (v.length > 24) return false;
  // All one repeated character (0000000, XXXXXXX, ...) is a placeholder too.
  if (PLAIN.test(v)) return KEYS_UPPER.has(v) || (v.length >= 3 && allSame(v));
  const s = squash(v);
  return KEYS.has(s) || (s.length >= 3 && allSame(s));
}

export const GENERIC_SERIAL_EXAMPLES: readonly string[] = PLACEHOLDERS;
