// readDeviceFile: devices from any file a partner has (spec §1 "Files this product must read").
// bytes → (workbook | decoded text → papaparse) → rows → format detection (one importer module
// per format) → column mapping (or the caller's override) → normalizeDevice per row → Excel
// damage. Every failure is a Problem in the result: nothing is thrown, nothing hangs.
import { normalizeDevice } from '../normalize';
import { problem } from '../problems';
import type { Device, DeviceField, Problem } from '../types';
import { autopilotCsv } from './autopilot-csv';
import { fieldForHeader, type ColumnInfo } from './columns';
import { corporateIdentifiers } from './corporate-identifiers';
import { decodeBytes, type Encoding } from './decode';
import { detectDelimiter, type Delimiter } from './delimiter';
import { detectExcelDamage } from './excel-damage';
import type { FormatGuess, FormatId, Importer } from './formats';
import { headerless } from './headerless';
import { m365DeviceList } from './m365-device-list';
import { oemSpreadsheet } from './oem-spreadsheet';
import { binaryKind, isZip, looksBinaryText } from './sniff-binary';

/** Files above this are refused at once (a real list of 500 devices in UTF-16 is about 4 MB). */
export const MAX_FILE_BYTES = 128 * 1024 * 1024;
/** Rows read at most; more is reported, not read (memory stays bounded). */
export const MAX_ROWS = 100_000;
/** Columns read at most; a 10,000-column line is reported, not mapped. */
export const MAX_COLUMNS = 64;
/**
 * Longest cell read as a value. The longest real value is a hardware hash (about 4,096
 * characters, spec §3; HASH_PLAUSIBLE_MAX 6,000); a longer cell (a 60 MB one-line file, a column
 * of joined hashes) is said and not read, never stored as a "hash".
 */
export const MAX_CELL_CHARS = 16_384;
/** Lines holding nothing but an over-long cell that are reported, at most (like parse errors). */
const MAX_CELL_REPORTS = 20;

export interface ReadOptions {
  /** Column index → field (null = ignore), replacing the detected mapping. */
  columns?: readonly (DeviceField | null)[];
  /** Whether the first row is a header, replacing detection. */
  hasHeader?: boolean;
  encoding?: Encoding;
  delimiter?: Delimiter;
  /** Force one format instead of detecting it. */
  format?: FormatId;
  maxBytes?: number;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export interface ReadDevice {
  device: Device;
  /** 1-based line in the file (row number in a workbook). */
  line: number;
  problems: Problem[];
}

export interface Detected {
  encoding: Encoding | 'xlsx' | null;
  delimiter: Delimiter | null;
  hasHeader: boolean;
  format: FormatId | null;
  formatName: string;
  dialect: FormatGuess['dialect'];
  columns: ColumnInfo[];
  sheetName?: string;
}

export interface ReadResult {
  devices: ReadDevice[];
  detected: Detected;
  problems: Problem[];
}

const IMPORTERS: readonly Importer[] = [autopilotCsv, oemSpreadsheet, m365DeviceList, corporateIdentifiers, headerless];

const emptyDetected = (): Detected => ({
  encoding: null,
  delimiter: null,
  hasHeader: false,
  format: null,
  formatName: 'unknown',
  dialect: null,
  columns: [],
});

const fail = (problems: Problem[], detected: Detected = emptyDetected()): ReadResult => ({ devices: [], detected, problems });

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Count occurrences of a one- or two-character string with indexOf (fast on 80 MB text). */
function count(text: string, s: string): number {
  let n = 0;
  for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + s.length)) n++;
  return n;
}

/**
 * Line endings: pick Papa's newline; mixed endings are unified first so each line is a row.
 * Two indexOf passes (LF, noting which follow a CR; then CR), no regex over the whole text.
 */
function lineEndings(text: string, problems: Problem[]): { text: string; newline: '\r\n' | '\n' | '\r'; lines: number } {
  let lf = 0;
  let crlf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lf++;
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
  }
  const cr = count(text, '\r');
  if (crlf === lf && crlf === cr) return { text, newline: crlf > 0 ? '\r\n' : '\n', lines: lf };
  if (crlf === 0 && cr === 0) return { text, newline: '\n', lines: lf };
  if (crlf === 0 && lf === 0) return { text, newline: '\r', lines: cr };
  problems.push(problem('file.mixed-line-endings', 'info'));
  return { text: text.replace(/\r\n?/g, '\n'), newline: '\n', lines: lf + cr - crlf };
}

/**
 * Papa's quote-free fast path splits the whole text before `preview` applies: give it only the
 * lines that will be read (one more than the limit, so "too many rows" is still noticed).
 */
function cutAfterLines(text: string, newline: string, lines: number): string {
  let at = -1;
  for (let n = 0; n < lines; n++) {
    at = text.indexOf(newline, at + 1);
    if (at === -1) return text;
  }
  return text.slice(0, at + newline.length);
}

/** Rows and their line numbers; `nul` when NUL characters are still in the cells (UTF-16). */
interface Source {
  rows: string[][];
  lines: number[];
  nul?: { count: number; at: number };
}

/**
 * UTF-16 text keeps its NULs through decoding (decode.ts, keepUtf16Nul): the rows format
 * detection looks at (the first 50 non-empty ones, header included) are cleaned here; every other
 * value loses them in cleanValue, which checks each value anyway. NUL is never a delimiter or a
 * line break, so parsing is the same with or without them.
 */
function stripNulInSample(rows: string[][], nul: { count: number }): void {
  let nonEmpty = 0;
  for (let r = 0; r < rows.length && nonEmpty <= 50; r++) {
    const row = rows[r] ?? [];
    let empty = true;
    for (let c = 0; c < row.length; c++) {
      let v = row[c] ?? '';
      if (v.indexOf('\u0000') !== -1) {
        const parts = v.split('\u0000');
        nul.count += parts.length - 1;
        row[c] = v = parts.join('');
      }
      if (empty && v.trim() !== '') empty = false;
    }
    if (!empty) nonEmpty++;
  }
}

const BLANK_WITH_NUL = /^[\s\u0000]*$/;

type Papa = typeof import('papaparse');

/**
 * papaparse loads on the first text file read, not with the core: the app reads files in a
 * worker, and the page that imports the core's rules must not carry the parser (first-screen
 * budget, issue 2).
 */
async function loadPapa(): Promise<Papa> {
  const module = (await import('papaparse')) as Papa & { default?: Papa };
  return module.default ?? module;
}

function rowsFromText(Papa: Papa, bytes: Uint8Array, options: ReadOptions, detected: Detected, problems: Problem[]): Source | null {
  const decoded = decodeBytes(bytes, options.encoding, { keepUtf16Nul: true });
  detected.encoding = decoded.encoding;
  problems.push(...decoded.problems);
  // Where file.nul-bytes goes when NULs are counted per value: where decoding would have put it.
  const nul = decoded.nulKept ? { count: 0, at: problems.length } : undefined;
  if (looksBinaryText(decoded.text)) {
    problems.splice(0, problems.length, problem('file.binary', 'error', { kind: 'binary' }));
    return null;
  }
  options.onProgress?.(0.15);
  const { text, newline, lines: lineCount } = lineEndings(decoded.text, problems);
  if (text.trim() === '' || (nul && BLANK_WITH_NUL.test(text))) {
    if (nul && text.indexOf('\u0000') !== -1) problems.push(problem('file.nul-bytes', 'warning', { count: count(text, '\u0000') }));
    problems.push(problem('file.empty', 'error'));
    return null;
  }
  const parsedText = lineCount > MAX_ROWS + 2 ? cutAfterLines(text, newline, MAX_ROWS + 2) : text;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  detected.delimiter = delimiter;
  if (options.signal?.aborted) return null;
  // Without quotes no cell can hold a line break; Papa is told, so it does not scan again.
  const quoted = parsedText.indexOf('"') !== -1;
  const parsed = Papa.parse<string[]>(parsedText, {
    delimiter,
    newline,
    skipEmptyLines: false,
    preview: MAX_ROWS + 2,
    fastMode: !quoted,
  });
  options.onProgress?.(0.5);
  // Line of each row: rows are lines, except quoted cells holding line breaks.
  const rows = parsed.data;
  const lines = new Array<number>(rows.length);
  let line = 1;
  for (let r = 0; r < rows.length; r++) {
    lines[r] = line;
    line++;
    if (!quoted) continue;
    const row = rows[r] ?? [];
    for (const cell of row) if (cell.length > 0 && cell.indexOf(newline) !== -1) line += count(cell, newline);
  }
  let reported = 0;
  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter' || e.code === 'TooFewFields' || e.code === 'TooManyFields') continue;
    if (reported++ >= 20) break;
    problems.push(problem('file.parse-error', 'warning', { line: lines[e.row ?? 0] ?? 0, reason: e.message }, { line: lines[e.row ?? 0] ?? 0 }));
  }
  if (nul) stripNulInSample(rows, nul);
  return nul ? { rows, lines, nul } : { rows, lines };
}

async function rowsFromWorkbook(
  bytes: Uint8Array,
  detected: Detected,
  problems: Problem[],
): Promise<Source | null> {
  const { readXlsx, isWorkbook } = await import('./xlsx');
  if (!isWorkbook(bytes)) {
    problems.push(problem('file.zip-not-workbook', 'error'));
    return null;
  }
  const r = readXlsx(bytes, MAX_ROWS);
  if (!r.ok) {
    if (r.tooLarge) {
      const mb = (n: number): number => Math.ceil(n / (1024 * 1024));
      problems.push(problem('file.xlsx-too-large', 'error', { unpackedMb: mb(r.tooLarge.unpackedBytes), maxMb: mb(r.tooLarge.maxBytes) }));
    } else {
      problems.push(problem('file.xlsx-unreadable', 'error', { reason: r.reason }));
    }
    return null;
  }
  detected.encoding = 'xlsx';
  detected.sheetName = r.sheetName;
  return { rows: r.rows, lines: r.rows.map((_, i) => i + 1) };
}

function chooseFormat(rows: string[][], fileName: string | undefined, options: ReadOptions): FormatGuess | null {
  const first = rows.filter((r) => r.some((c) => c.trim() !== '')).slice(0, 50);
  const forced = options.format ? IMPORTERS.filter((i) => i.id === options.format) : IMPORTERS;
  for (const importer of forced) {
    const guess = importer.detect(first, fileName);
    if (guess && (options.hasHeader === undefined || guess.hasHeader === options.hasHeader)) return guess;
  }
  if (options.hasHeader) {
    // The user says row 1 is a header although no name is known: keep the names for the UI.
    const header = first[0] ?? [];
    return {
      format: 'oem-spreadsheet',
      formatName: 'Spreadsheet with named columns',
      dialect: null,
      hasHeader: true,
      columns: header.map((h, index) => ({ index, header: h.trim(), field: fieldForHeader(h.trim()) })),
    };
  }
  return headerless.detect(first, fileName);
}

/** The mapping actually used: the caller's override wins; first column of a field wins. */
function finalColumns(guess: FormatGuess, options: ReadOptions, width: number, problems: Problem[]): ColumnInfo[] {
  const columns: ColumnInfo[] = [];
  const n = Math.min(MAX_COLUMNS, Math.max(width, guess.columns.length, options.columns?.length ?? 0));
  for (let i = 0; i < n; i++) {
    const detected = guess.columns[i];
    const header = detected?.header ?? null;
    const field = options.columns ? (options.columns[i] ?? null) : (detected?.field ?? null);
    columns.push({ index: i, header, field });
  }
  const seen = new Set<DeviceField>();
  for (const c of columns) {
    if (c.field === null) continue;
    if (seen.has(c.field)) {
      problems.push(problem('column.duplicate', 'warning', { field: c.field, header: c.header ?? `column ${c.index + 1}` }));
      c.field = null;
    } else seen.add(c.field);
  }
  return columns;
}

export async function readDeviceFile(bytes: Uint8Array, fileName?: string, options: ReadOptions = {}): Promise<ReadResult> {
  try {
    return await readUnsafe(bytes, fileName, options);
  } catch (e) {
    // Last line of defence: a bug or an exotic input becomes a problem, never an exception.
    return fail([problem('file.failed', 'error', { reason: e instanceof Error ? e.message : String(e) })]);
  }
}

async function readUnsafe(bytes: Uint8Array, fileName: string | undefined, options: ReadOptions): Promise<ReadResult> {
  const problems: Problem[] = [];
  const detected = emptyDetected();
  const aborted = (): ReadResult | null =>
    options.signal?.aborted ? fail([problem('file.aborted', 'error')], detected) : null;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) return fail([problem('file.empty', 'error')]);
  if (bytes.length > maxBytes) {
    const mb = (x: number): number => Math.round((x / 1048576) * 10) / 10;
    return fail([problem('file.too-large', 'error', { sizeMb: mb(bytes.length), maxMb: mb(maxBytes) })]);
  }
  const kind = binaryKind(bytes);
  if (kind) return fail([problem('file.binary', 'error', { kind })]);
  options.onProgress?.(0.05);

  const source = isZip(bytes)
    ? await rowsFromWorkbook(bytes, detected, problems)
    : rowsFromText(await loadPapa(), bytes, options, detected, problems);
  const stop = aborted();
  if (stop) return stop;
  if (!source) return fail(problems, detected);
  const { rows, lines, nul } = source;
  const normalizeOptions = nul ? { nul } : {};

  if (rows.length > MAX_ROWS + 1) problems.push(problem('file.too-many-rows', 'warning', { max: MAX_ROWS }));
  const guess = chooseFormat(rows, fileName, options);
  if (!guess) return fail([...problems, problem('file.no-devices', 'error')], detected);
  const hasHeader = options.hasHeader ?? guess.hasHeader;
  const firstData = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  const start = firstData + (hasHeader ? 1 : 0);

  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  if (width > MAX_COLUMNS) problems.push(problem('file.too-many-columns', 'warning', { count: width, max: MAX_COLUMNS }));
  const columns = finalColumns(guess, options, width, problems);
  Object.assign(detected, {
    hasHeader,
    format: guess.format,
    formatName: guess.formatName,
    dialect: guess.dialect,
    columns,
  });
  if (!hasHeader && guess.format === 'headerless') {
    const described = columns.filter((c) => c.field).map((c) => `${c.index + 1}: ${c.field}`).join(', ') || 'none';
    problems.push(problem('file.no-header', 'warning', { columns: described }));
  }
  if (!columns.some((c) => c.field === 'serialNumber' || c.field === 'pkid' || c.field === 'hardwareHash')) {
    problems.push(problem('column.no-identifier', 'error'));
  }

  const mapped = columns.filter((c) => c.field !== null);
  const devices: ReadDevice[] = [];
  let longCells = 0;
  const dataRows = Math.max(0, Math.min(rows.length, MAX_ROWS + start) - start);
  for (let r = start, k = 0; r < start + dataRows; r++, k++) {
    if (k > 0 && k % 2000 === 0) {
      options.onProgress?.(0.5 + (0.45 * k) / dataRows);
      if (options.signal) {
        await tick();
        const s = aborted();
        if (s) return s;
      }
    }
    const row = rows[r];
    if (!row || row.length === 0 || (row.length === 1 && row[0] === '')) continue;
    const line = lines[r] ?? r + 1;
    const raw: Partial<Record<DeviceField, string>> = {};
    let tooLong: { field: DeviceField; length: number }[] | undefined;
    for (const c of mapped) {
      const v = row[c.index];
      if (v === undefined || v === '') continue;
      if (v.length > MAX_CELL_CHARS) (tooLong ??= []).push({ field: c.field as DeviceField, length: v.length });
      else raw[c.field as DeviceField] = v;
    }
    const { device, cleaned } = normalizeDevice(raw, { line }, normalizeOptions);
    const rowProblems = cleaned;
    if (tooLong) {
      // Said on the device's row; a line with nothing else on it is said on the file (no empty device).
      const alone = Object.keys(device).length === 0;
      for (const { field, length } of tooLong) {
        if (alone && longCells++ >= MAX_CELL_REPORTS) continue;
        const params = { field, length, max: MAX_CELL_CHARS, line };
        if (alone) problems.push(problem('file.cell-too-long', 'error', params, { line, field }));
        else rowProblems.push(problem('row.cell-too-long', 'error', params, { line, field }));
      }
    }
    if (Object.keys(device).length === 0) continue;
    const expected = guess.columns.length;
    if (hasHeader && row.length > expected && row.slice(expected).some((c) => c.trim() !== '')) {
      rowProblems.push(problem('row.extra-cells', 'warning', { count: row.length, expected }, { line }));
    }
    devices.push({ device, line, problems: rowProblems });
  }

  // Unknown columns that hold something are reported, never dropped silently.
  let unknownReported = 0;
  for (const c of columns) {
    if (c.field !== null) continue;
    const hasData = rows.slice(start, start + 200).some((r) => (r[c.index] ?? '').trim() !== '');
    if ((c.header && c.header !== '') || hasData) {
      if (unknownReported++ < 20) {
        problems.push(problem('column.unknown', 'warning', { header: c.header ?? `column ${c.index + 1}`, index: c.index + 1 }));
      }
    }
  }
  if (nul && nul.count > 0) problems.splice(nul.at, 0, problem('file.nul-bytes', 'warning', { count: nul.count }));
  detectExcelDamage(devices);
  if (devices.length === 0) {
    problems.push(hasHeader && rows.length - start <= 1 ? problem('file.header-only', 'error') : problem('file.no-devices', 'error'));
  }
  options.onProgress?.(1);
  return { devices, detected, problems };
}
