// Binary files chosen by mistake (spec "Bad input"): recognised by their magic bytes, or by a
// high share of control bytes, so they get a clear problem instead of a page of garbage devices.

const MAGIC: readonly [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel .xls or Office file (save it as .xlsx)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x4d, 0x5a], 'a Windows program'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program'],
];

export const isZip = (b: Uint8Array): boolean =>
  b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05) && (b[3] === 0x04 || b[3] === 0x06);

export function binaryKind(b: Uint8Array): string | null {
  for (const [magic, kind] of MAGIC) if (magic.every((m, i) => b[i] === m)) return kind;
  return null;
}

/** Share of control characters (not TAB/CR/LF) in the start of decoded text. */
export function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, 8192);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x1d) || c === 0xfffd) bad++;
  }
  return bad / n > 0.05;
}
