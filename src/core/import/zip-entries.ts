// The few entries of a zip archive (an .xlsx) that the workbook reader needs, unpacked with a
// budget. A zip bomb (a 1.2 GB sheet in a 1 MB file) used to be unpacked whole: 21 s and 1.5 GB of
// memory. Sizes in a zip's directory can lie, so the declared size only refuses early; the real
// limit is counted while inflating (fflate's streaming Inflate, fed 16 KB at a time, so no single
// step can produce more than about 16 MB past the limit).
import { Inflate } from 'fflate';

export type ZipResult =
  | { ok: true; files: Record<string, Uint8Array> }
  | { ok: false; error: 'too-large'; unpackedBytes: number }
  | { ok: false; error: 'unreadable'; reason: string };

interface Entry {
  name: string;
  compression: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const PIECE = 16 * 1024;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number): number => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

/** Names are compared as bytes: the entries a workbook needs have ASCII names. */
const latin1 = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
};

/** The central directory. A workbook never needs zip64 (4 GB entries are over any budget). */
export function listZipEntries(bytes: Uint8Array): Entry[] | string {
  let e = bytes.length - 22;
  const stop = Math.max(0, bytes.length - 22 - 65535);
  while (e >= stop && u32(bytes, e) !== EOCD) e--;
  if (e < stop || e < 0) return 'not a valid zip';
  const count = u16(bytes, e + 10);
  let o = u32(bytes, e + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (o + 46 > bytes.length || u32(bytes, o) !== CENTRAL) return 'damaged zip directory';
    const nameLength = u16(bytes, o + 28);
    const next = o + 46 + nameLength + u16(bytes, o + 30) + u16(bytes, o + 32);
    if (next > bytes.length) return 'damaged zip directory';
    entries.push({
      name: latin1(bytes.subarray(o + 46, o + 46 + nameLength)),
      compression: u16(bytes, o + 10),
      compressedSize: u32(bytes, o + 20),
      declaredSize: u32(bytes, o + 24),
      localOffset: u32(bytes, o + 42),
    });
    o = next;
  }
  return entries;
}

function dataOf(bytes: Uint8Array, entry: Entry): Uint8Array | string {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) return 'damaged zip entry';
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return 'damaged zip entry';
  return bytes.subarray(start, end);
}

/** Inflate with a budget: the bytes, `over` (the size reached) past the budget, or why it failed. */
function inflateWithin(data: Uint8Array, budget: number): { bytes: Uint8Array; size: number } | { over: number } | string {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size <= budget) chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length && size <= budget; i += PIECE) {
      const end = Math.min(data.length, i + PIECE);
      inflate.push(data.subarray(i, end), end === data.length);
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (e) {
    return e instanceof Error ? e.message : 'invalid deflate data';
  }
  if (size > budget) return { over: size };
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { bytes: out, size };
}

/**
 * The entries whose names pass `wanted`, unpacked, as long as together they stay within
 * `maxUnpackedBytes`; otherwise `too-large` with the size reached when unpacking stopped.
 */
export function unzipWithin(bytes: Uint8Array, wanted: (name: string) => boolean, maxUnpackedBytes: number): ZipResult {
  const entries = listZipEntries(bytes);
  if (typeof entries === 'string') return { ok: false, error: 'unreadable', reason: entries };
  const chosen = entries.filter((x) => wanted(x.name));
  const declared = chosen.reduce((n, x) => n + x.declaredSize, 0);
  if (declared > maxUnpackedBytes) return { ok: false, error: 'too-large', unpackedBytes: declared };
  const files: Record<string, Uint8Array> = {};
  let used = 0;
  for (const entry of chosen) {
    const data = dataOf(bytes, entry);
    if (typeof data === 'string') return { ok: false, error: 'unreadable', reason: data };
    if (entry.compression === 0) {
      used += data.length;
      if (used > maxUnpackedBytes) return { ok: false, error: 'too-large', unpackedBytes: used };
      files[entry.name] = data.slice();
      continue;
    }
    if (entry.compression !== 8) return { ok: false, error: 'unreadable', reason: `unknown compression type ${entry.compression}` };
    const r = inflateWithin(data, maxUnpackedBytes - used);
    if (typeof r === 'string') return { ok: false, error: 'unreadable', reason: r };
    if ('over' in r) return { ok: false, error: 'too-large', unpackedBytes: used + r.over };
    used += r.size;
    files[entry.name] = r.bytes;
  }
  return { ok: true, files };
}

/** Whether the archive's directory names this entry (nothing is unpacked). */
export function hasZipEntry(bytes: Uint8Array, name: string): boolean {
  const entries = listZipEntries(bytes);
  return typeof entries !== 'string' && entries.some((x) => x.name === name);
}
