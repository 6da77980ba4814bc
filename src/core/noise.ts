// The shared noise stripper (spec §1 "ANSI-safe"): characters that scanners and copy-paste inject
// are removed and named, so the UI can show what was cleaned. Anything else (é, €, …) is kept and
// left for validation to flag: cleaning never invents a different value.

/** Names of what can be cleaned; stable, the UI may translate them. */
export type NoiseKind =
  | 'outer-space'
  | 'no-break-space'
  | 'zero-width'
  | 'soft-hyphen'
  | 'smart-quote'
  | 'line-break'
  | 'tab'
  | 'group-separator'
  | 'control';

export interface Cleaned {
  value: string;
  cleaned: NoiseKind[];
}

function kindOf(c: number): NoiseKind | 'keep' | 'nbsp' {
  if (c >= 0x20 && c < 0x7f) return 'keep';
  if (c === 0x0a || c === 0x0d) return 'line-break';
  if (c === 0x09) return 'tab';
  // GS, RS and EOT: the separators of GS1 and ISO/IEC 15434 barcodes.
  if (c === 0x1d || c === 0x1e || c === 0x04) return 'group-separator';
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return 'control';
  if (c === 0xa0 || c === 0x202f || c === 0x2007) return 'nbsp';
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x200e || c === 0x200f)
    return 'zero-width';
  if (c === 0xad) return 'soft-hyphen';
  if (c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x201a || c === 0x201e) return 'smart-quote';
  return 'keep';
}

/**
 * Strip scanner and copy-paste noise from one value. No-break spaces become plain spaces (they
 * stand for a space inside "Dell Inc."); the rest is removed; spaces at both ends are trimmed.
 * Fast path: a value of printable ASCII without outer spaces is returned untouched.
 */
/** Printable ASCII, no space at either end: nothing to clean (one native regex, 4 KB hashes). */
const CLEAN = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

export interface CleanOptions {
  /** Keep GS/RS/EOT for the barcode parsers; everywhere else they are noise. */
  keepGroupSeparator?: boolean;
  /**
   * NUL characters are removed and counted here instead of being named as control characters:
   * the file reader reports them once for the file (file.nul-bytes), as decoding used to.
   */
  nul?: { count: number };
}

/** Printable ASCII without outer spaces: nothing to clean (the fast path of cleanValue). */
export const isCleanValue = (text: string): boolean => CLEAN.test(text);

export function cleanValue(text: string, options: CleanOptions = {}): Cleaned {
  const n = text.length;
  if (n === 0 || CLEAN.test(text)) return { value: text, cleaned: [] };

  const found = new Set<NoiseKind>();
  const nul = options.nul;
  let out = '';
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 && nul) {
      nul.count++;
      continue;
    }
    const k = kindOf(c);
    if (k === 'keep' || (k === 'group-separator' && options.keepGroupSeparator)) {
      out += text[i];
    } else if (k === 'nbsp') {
      found.add('no-break-space');
      out += ' ';
    } else {
      found.add(k);
    }
  }
  const trimmed = out.replace(/^ +| +$/g, '');
  if (trimmed.length !== out.length) found.add('outer-space');
  return { value: trimmed, cleaned: [...found] };
}
