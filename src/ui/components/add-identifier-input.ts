// Keyboard-wedge scanners "type" a whole code in a few milliseconds and end it with Enter or Tab.
// People type far slower. This tells the two apart so a scanner's Tab submits the code while a
// person's Tab still moves focus.

/** Average time per character below which input is a scanner, not a person (people: 100+ ms). */
export const SCANNER_MS_PER_CHAR = 30;
const MIN_SCAN_LENGTH = 4;

export function isScannerSpeed(text: string, startedAt: number, now: number): boolean {
  if (text.length < MIN_SCAN_LENGTH || startedAt <= 0) return false;
  // The first character starts the clock: n characters take n - 1 intervals.
  return (now - startedAt) / (text.length - 1) <= SCANNER_MS_PER_CHAR;
}

/** A paste holding several codes (one per line or tab-separated) becomes one value each. */
export function splitPasted(text: string): string[] {
  return text
    .split(/[\r\n\t]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
