// Bytes → text (spec §1 "Files this product must read"): BOM sniffing, UTF-16LE/BE (what Windows
// PowerShell's Out-File writes), UTF-8, and Windows-1252 with its real 0x80–0x9F table (node 20's
// TextDecoder('windows-1252') is latin1 there, toolchain notes). Never throws.
import { problem } from '../problems';
import type { Problem } from '../types';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  problems: Problem[];
  /** NUL characters were left in the text (DecodeOptions.keepUtf16Nul). */
  nulKept?: boolean;
}

/** Windows-1252 0x80–0x9F; the five undefined bytes map to the C1 code point like WHATWG does. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Byte → code unit through the table, in 1 MB chunks, each handed to the UTF-16 decoder: linear
 * and allocation-bounded even for a 100 MB file full of 0x80–0x9F bytes. (Not TextDecoder
 * ('windows-1252'): node 20 decodes that label as latin1.)
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 1 << 20;
  const codes = new Uint16Array(Math.min(CHUNK, bytes.length));
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b;
    }
    parts.push(decodeUtf16le(new Uint8Array(codes.buffer, 0, (end - start) * 2)));
  }
  return parts.join('');
}

function swapBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  return out;
}

/** UTF-16 without a BOM: most of the first bytes of one parity are 0 (ASCII text). */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.7 && evenZero < half * 0.1) return 'utf-16le';
  if (evenZero > half * 0.7 && oddZero < half * 0.1) return 'utf-16be';
  return null;
}

type NodeBufferLike = {
  from(b: ArrayBufferLike, offset: number, length: number): { toString(enc: 'utf16le', start?: number, end?: number): string };
};

/** Bytes per piece in node's decoder: an even number (whole code units), well under 1 MB. */
const NODE_PIECE = 1 << 19;

/**
 * UTF-16LE bytes → string. Browsers (and the Web Worker the app runs this in) take ASCII text's
 * low bytes (asciiUtf16le) and anything else through TextDecoder (`browserPath` forces that path).
 * Node's TextDecoder('utf-16le') goes through ICU and is about 3× slower than its own Buffer
 * decoder, which copies code units straight into a string; node is where tests and the
 * benchmark run, so it gets that fast path. Both give the same text for well-formed input
 * (a lone surrogate becomes U+FFFD with TextDecoder and stays as it is with Buffer: either is
 * non-ASCII and flagged by validation).
 *
 * Node decodes in pieces of 512 KB: node hands a string of about 1 MB or more to V8 as an
 * external two-byte string, but a smaller one is copied by V8, which stores it one byte per
 * character when every character is below U+0100 (ASCII device lists always are). Joined, the
 * pieces flatten to a one-byte string: the same text in half the memory, and every later step
 * (line endings, Papa's split, the per-value noise check) reads half the bytes: measured here
 * on an 80 MB Get-WindowsAutopilotInfo file, decoding costs ~12 ms more and the rest ~50 ms
 * less. A surrogate pair cut between two pieces is whole again once joined.
 */
export function decodeUtf16le(bytes: Uint8Array, browserPath = false): string {
  const NodeBuffer = (globalThis as { Buffer?: NodeBufferLike }).Buffer;
  if (NodeBuffer && !browserPath) {
    const buffer = NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    if (bytes.length <= NODE_PIECE) return buffer.toString('utf16le');
    const pieces: string[] = [];
    for (let start = 0; start < bytes.length; start += NODE_PIECE) {
      pieces.push(buffer.toString('utf16le', start, Math.min(bytes.length, start + NODE_PIECE)));
    }
    return pieces.join('');
  }
  return asciiUtf16le(bytes) ?? new TextDecoder('utf-16le').decode(bytes);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The browser path for ASCII text (every Get-WindowsAutopilotInfo file): the code units' low
 * bytes, decoded as one-byte text. V8 then keeps the string one byte per character (half the
 * memory; line endings, Papa's split and the per-value checks read half the bytes) and decoding
 * takes a third of TextDecoder('utf-16le')'s time (bench core, headless Chromium worker).
 * Answers null at the first code unit above 0x7F: that text goes through TextDecoder whole.
 */
function asciiUtf16le(bytes: Uint8Array): string | null {
  const n = bytes.length >> 1;
  const out = new Uint8Array(n);
  if (LITTLE_ENDIAN && bytes.byteOffset % 2 === 0) {
    const units = new Uint16Array(bytes.buffer, bytes.byteOffset, n);
    for (let i = 0; i < n; i++) {
      const c = units[i]!;
      if (c > 0x7f) return null;
      out[i] = c;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const lo = bytes[2 * i]!;
      if (lo > 0x7f || bytes[2 * i + 1] !== 0) return null;
      out[i] = lo;
    }
  }
  return new TextDecoder('utf-8').decode(out);
}

function decodeUtf16(bytes: Uint8Array, le: boolean, out: Problem[]): string {
  let body = bytes;
  if (body.length % 2 === 1) {
    out.push(problem('file.utf16-truncated', 'warning'));
    body = body.subarray(0, body.length - 1);
  }
  // BE is swapped by hand (not every runtime ships a utf-16be decoder).
  return decodeUtf16le(le ? body : swapBytes(body));
}

/** Remove NUL characters (they are never data) and say how many there were. */
function stripNul(text: string, out: Problem[]): string {
  if (text.indexOf('\u0000') === -1) return text;
  const parts = text.split('\u0000');
  out.push(problem('file.nul-bytes', 'warning', { count: parts.length - 1 }));
  return parts.join('');
}

export interface DecodeOptions {
  /**
   * Leave NUL characters in UTF-16 text (and say so in `nulKept`): the caller removes and counts
   * them per value, in the check every value goes through anyway (cleanValue). Searching a
   * two-byte string for U+0000 cannot use memchr (every other byte of ASCII text is 0), so a
   * separate pass costs about as much as decoding (~40 ms for an 80 MB Get-WindowsAutopilotInfo
   * file). One-byte encodings are still stripped here: there the search is cheap, and a stray
   * NUL between CR and LF (a UTF-16 file read as 8-bit) would otherwise split lines.
   */
  keepUtf16Nul?: boolean;
}

export function decodeBytes(bytes: Uint8Array, forced?: Encoding, options: DecodeOptions = {}): Decoded {
  const problems: Problem[] = [];
  const b0 = bytes[0];
  const b1 = bytes[1];
  const b2 = bytes[2];
  let encoding: Encoding;
  let text: string;
  if (forced ? forced === 'utf-16le' : b0 === 0xff && b1 === 0xfe) {
    encoding = 'utf-16le';
    text = decodeUtf16(b0 === 0xff && b1 === 0xfe ? bytes.subarray(2) : bytes, true, problems);
  } else if (forced ? forced === 'utf-16be' : b0 === 0xfe && b1 === 0xff) {
    encoding = 'utf-16be';
    text = decodeUtf16(b0 === 0xfe && b1 === 0xff ? bytes.subarray(2) : bytes, false, problems);
  } else if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf && (!forced || forced.startsWith('utf-8'))) {
    encoding = 'utf-8-bom';
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    if (text.includes('\ufffd')) problems.push(problem('file.undecodable', 'warning'));
  } else {
    const sniffed = forced ? null : sniffUtf16(bytes);
    if (sniffed) {
      encoding = sniffed;
      text = decodeUtf16(bytes, sniffed === 'utf-16le', problems);
    } else if (forced === 'windows-1252') {
      encoding = 'windows-1252';
      text = decodeWindows1252(bytes);
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        encoding = 'utf-8';
      } catch {
        // Not valid UTF-8: an "ANSI" file. ISO-8859-1 is decoded the same way (WHATWG does too).
        text = decodeWindows1252(bytes);
        encoding = 'windows-1252';
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (options.keepUtf16Nul && (encoding === 'utf-16le' || encoding === 'utf-16be')) return { text, encoding, problems, nulKept: true };
  return { text: stripNul(text, problems), encoding, problems };
}
