// The preview of an import, from what the core read and what validation found: one row per
// device with every problem, and the counts shown above the list. Pure: specs run in node.
import type { Device, Problem, ReadDevice } from '../../../core';
import type { NewDevice } from '../../../adapters/storage';

export interface PreviewRow {
  line: number;
  device: Device;
  /** What the reader found and what validation found, each said once. */
  problems: Problem[];
  /** What the reader found (Excel damage, noise, extra cells): stored with the device as `found`. */
  found: Problem[];
  hasError: boolean;
  hasWarning: boolean;
  /** The device is already stored: in this list, or in another one. Skipped unless asked for. */
  copy?: 'list' | 'elsewhere';
}

export interface ImportCounts {
  devices: number;
  errors: number;
  warnings: number;
  /** Same serial, PKID or hash as a device already in the list. */
  inList: number;
  /** Same identifier as an earlier line of the file. */
  inFile: number;
  /** Same identifier as a device in another list. */
  elsewhere: number;
}

export interface ImportPreview {
  rows: PreviewRow[];
  counts: ImportCounts;
}

/**
 * `validation` comes from validating the list's devices followed by the read ones, so a
 * problem's index is `existingCount` + the row's position; problems of existing devices and of
 * the whole list (no index) are not about this file and are left out.
 */
export function buildPreview(read: readonly ReadDevice[], validation: readonly Problem[], existingCount: number): ImportPreview {
  const rows: PreviewRow[] = read.map((r) => ({ line: r.line, device: r.device, problems: [...r.problems], found: r.problems, hasError: false, hasWarning: false }));
  const counts: ImportCounts = { devices: rows.length, errors: 0, warnings: 0, inList: 0, inFile: 0, elsewhere: 0 };
  const inList = new Set<number>();
  const inFile = new Set<number>();
  const elsewhere = new Set<number>();
  for (const p of validation) {
    if (p.index === undefined || p.index < existingCount) continue;
    const at = p.index - existingCount;
    const row = rows[at];
    if (!row) continue;
    const { index: _listIndex, ...rest } = p; // an index into a combined array means nothing later
    // The reader and validation both see Excel's 3.25846E+12: say it once.
    if (!row.found.some((f) => f.code === p.code && f.field === p.field)) row.problems.push(rest);
    if (p.code === 'duplicate.in-list') (Number(p.params?.other) <= existingCount ? inList : inFile).add(at);
    if (p.code === 'duplicate.elsewhere') elsewhere.add(at);
  }
  for (const row of rows) {
    row.hasError = row.problems.some((p) => p.severity === 'error');
    row.hasWarning = row.problems.some((p) => p.severity === 'warning');
    if (row.hasError) counts.errors++;
    if (row.hasWarning) counts.warnings++;
  }
  counts.inList = inList.size;
  counts.inFile = inFile.size;
  counts.elsewhere = elsewhere.size;
  for (const at of elsewhere) rows[at]!.copy = 'elsewhere';
  for (const at of inList) rows[at]!.copy = 'list';
  return { rows, counts };
}

export interface AddChoice {
  /** Only rows without errors. */
  onlyValid: boolean;
  /** Also rows already stored in this list or another (off by default: importing twice adds nothing). */
  withCopies: boolean;
}

export const rowsToAdd = (rows: readonly PreviewRow[], choice: AddChoice): PreviewRow[] =>
  rows.filter((row) => (!choice.onlyValid || !row.hasError) && (choice.withCopies || !row.copy));

/** Rows already stored somewhere: what "Add N new devices" leaves out. */
export const copyCount = (rows: readonly PreviewRow[]): number => rows.reduce((n, r) => n + (r.copy ? 1 : 0), 0);

/** What is handed to the list: the reader's findings go along as `found` (the app layer derives the rest). */
export function toNewDevices(rows: readonly PreviewRow[], fileName: string, choice: AddChoice): NewDevice[] {
  return rowsToAdd(rows, choice).map((row) => {
    const item: NewDevice = { device: row.device, source: 'file', sourceDetail: `${fileName}:${row.line}` };
    if (row.found.length > 0) item.found = row.found;
    return item;
  });
}

/** The rows that have something to say, for the per-line list. */
export const rowsWithProblems = (rows: readonly PreviewRow[]): PreviewRow[] => rows.filter((r) => r.problems.length > 0);
