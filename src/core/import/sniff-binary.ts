// Binary files chosen by mistake (spec "Bad input"): recognised by their magic bytes, or by a
// high share of control bytes, so they get a clear problem instead of a page of garbage devices.

/** Stable tokens for the file.binary `kind` param (the English words are in messages.ts). */
export type BinaryKind = 'png' | 'jpeg' | 'gif' | 'pdf' | 'xls' | 'gzip' | '7z' | 'rar' | 'exe' | 'elf' | 'binary';

const MAGIC: readonly [number[], BinaryKind][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'gif'],
  [[0x25, 0x50, 0x44, 0x46], 'pdf'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'xls'],
  [[0x1f, 0x8b], 'gzip'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z'],
  [[0x52, 0x61, 0x72, 0x21], 'rar'],
  [[0x4d, 0x5a], 'exe'],
  [[0x7f, 0x45, 0x4c, 0x46], 'elf'],
];

export const isZip = (b: Uint8Array): boolean =>
  b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05) && (b[3] === 0x04 || b[3] === 0x06);

export function binaryKind(b: Uint8Array): BinaryKind | null {
  for (const [magic, kind] of MAGIC) if (magic.every((m, i) => b[i] === m)) return kind;
  return null;
}

/**
 * Share of control characters (not TAB/CR/LF) in the start of decoded text. NUL characters do not
 * count either way (UTF-16 text keeps them until its values are cleaned: decode.ts).
 */
export function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let bad = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x1d) || c === 0xfffd) bad++;
  }
  return n - nul > 0 && bad / (n - nul) > 0.05;
}
