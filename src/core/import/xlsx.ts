// .xlsx workbooks read directly (spec §1: OEMs send workbooks; reading them avoids Excel's CSV
// damage, and a PKID stored as a number keeps all 13 digits in the sheet XML). Unzipped with
// fflate (8 kB, no DOM, one import path that works the same in node and in a Web Worker) plus
// this small reader of the first worksheet; loaded with dynamic import() only when a workbook
// is opened. read-excel-file was the alternative: it ships a different entry point per
// environment (browser, /web-worker, /node) and an XML DOM layer, so the core would need
// per-environment imports for what is a few regular expressions over two XML files here.
// Entries are unpacked within MAX_UNPACKED_BYTES (zip-entries.ts): a zip bomb stops early.
import { strFromU8 } from 'fflate';
import { hasZipEntry, unzipWithin } from './zip-entries';

/**
 * What the parts read (sheet, shared strings, workbook, relations) may take unpacked together:
 * twice the largest file read (128 MB), room for 100,000 rows with 4 KB hashes as shared strings,
 * and well below the longest string a browser holds (about 512 M characters).
 */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

export type XlsxResult =
  | { ok: true; rows: string[][]; sheetName: string }
  | { ok: false; reason: string; tooLarge?: { unpackedBytes: number; maxBytes: number } };

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
      if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
      return ENTITY[e] ?? '';
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** All <t> runs of one <si> or <is>, phonetic runs excluded. */
function textOf(xml: string): string {
  let out = '';
  const clean = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  for (const m of clean.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += m[1] ?? '';
  return decodeXml(out);
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

function firstSheetPath(files: Record<string, Uint8Array>): { path: string; name: string } | null {
  const wb = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (wb && rels) {
    const wbXml = strFromU8(wb);
    const sheet = /<sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]+)"/.exec(wbXml) ?? /<sheet\b[^>]*\br:id="([^"]+)"[^>]*\bname="([^"]*)"/.exec(wbXml);
    if (sheet) {
      const [name, rid] = sheet[0].indexOf('name=') < sheet[0].indexOf('r:id=') ? [sheet[1], sheet[2]] : [sheet[2], sheet[1]];
      const relXml = strFromU8(rels);
      const rel = new RegExp(`<Relationship\\b[^>]*\\bId="${rid}"[^>]*>`).exec(relXml);
      const target = rel && /\bTarget="([^"]+)"/.exec(rel[0])?.[1];
      if (target) {
        const path = target.startsWith('/') ? target.slice(1) : 'xl/' + target.replace(/^\.\//, '');
        if (files[path]) return { path, name: decodeXml(name ?? 'Sheet1') };
      }
    }
  }
  const fallback = Object.keys(files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p)).sort()[0];
  return fallback ? { path: fallback, name: fallback.replace(/^.*\/|\.xml$/g, '') } : null;
}

export const isWorkbook = (bytes: Uint8Array): boolean => hasZipEntry(bytes, 'xl/workbook.xml');

/** Only what the reader uses: the workbook, its relations, shared strings and worksheets. */
const isNeeded = (name: string): boolean =>
  name === 'xl/workbook.xml' ||
  name === 'xl/_rels/workbook.xml.rels' ||
  name === 'xl/sharedStrings.xml' ||
  /^xl\/worksheets\/[^/]+\.xml$/.test(name);

export function readXlsx(bytes: Uint8Array, maxRows = 100_000, maxUnpackedBytes = MAX_UNPACKED_BYTES): XlsxResult {
  const unzipped = unzipWithin(bytes, isNeeded, maxUnpackedBytes);
  if (!unzipped.ok) {
    return unzipped.error === 'too-large'
      ? { ok: false, reason: 'too large unpacked', tooLarge: { unpackedBytes: unzipped.unpackedBytes, maxBytes: maxUnpackedBytes } }
      : { ok: false, reason: unzipped.reason };
  }
  const files = unzipped.files;
  const sheet = firstSheetPath(files);
  if (!sheet) return { ok: false, reason: 'no worksheet found' };
  const sstBytes = files['xl/sharedStrings.xml'];
  const shared: string[] = [];
  if (sstBytes) for (const m of strFromU8(sstBytes).matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) shared.push(textOf(m[1] ?? ''));

  const xml = strFromU8(files[sheet.path] ?? new Uint8Array());
  const rows: string[][] = [];
  for (const rm of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = Number(/\br="(\d+)"/.exec(rm[1] ?? '')?.[1] ?? rows.length + 1);
    if (rowNumber > maxRows + 1) break;
    const cells: string[] = [];
    let next = 0;
    for (const cm of (rm[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cm[1] ?? '';
      const ref = /\br="([A-Z]+)\d*"/.exec(attrs)?.[1];
      const col = ref ? columnIndex(ref) : next;
      next = col + 1;
      if (col > 16383) continue;
      const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? 'n';
      const body = cm[2] ?? '';
      let value = '';
      if (type === 'inlineStr') value = textOf(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else {
        const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        if (v !== undefined) value = type === 's' ? (shared[Number(v)] ?? '') : type === 'b' ? (v === '1' ? 'TRUE' : 'FALSE') : decodeXml(v);
      }
      while (cells.length < col) cells.push('');
      cells[col] = value;
    }
    while (rows.length < rowNumber - 1) rows.push([]);
    rows.push(cells);
  }
  return { ok: true, rows, sheetName: sheet.name };
}
