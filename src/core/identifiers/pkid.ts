// PKID: the 13-digit Windows Product Key ID printed as a barcode on the box (spec §2).

/** Fast check without a regex allocation: exactly 13 ASCII digits. */
export function isPkid(v: string): boolean {
  if (v.length !== 13) return false;
  for (let i = 0; i < 13; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** What Excel shows for a long number: 3.25846E+12 (digits lost, spec §1 "Files saved by Excel"). */
export const SCIENTIFIC_NOTATION = /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$/;
export const isScientificNotation = (v: string): boolean => SCIENTIFIC_NOTATION.test(v);
