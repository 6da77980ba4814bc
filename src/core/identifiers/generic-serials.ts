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

export function isGenericSerial(v: string): boolean {
  if (v.length > 24) return false;
  const s = squash(v);
  if (KEYS.has(s)) return true;
  // All one repeated character (0000000, XXXXXXX, ...) is a placeholder too.
  return s.length >= 3 && s.split('').every((ch) => ch === s[0]);
}

export const GENERIC_SERIAL_EXAMPLES: readonly string[] = PLACEHOLDERS;
