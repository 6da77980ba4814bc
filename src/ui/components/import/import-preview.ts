// The preview of an import, from what the core read and what validation found: one row per
// device with every problem, and the counts shown above the list. Pure: specs run in node.
import type { Device, Problem, ReadDevice } from '../../../core';
import type { NewDevice } from '../../../adapters/storage';

export interface PreviewRow {
  line: number;
  device: Device;
  problems: Problem[];
  hasError: boolean;
  hasWarning: boolean;
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
  const rows: PreviewRow[] = read.map((r) => ({ line: r.line, device: r.device, problems: [...r.problems], hasError: false, hasWarning: false }));
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
    row.problems.push(rest);
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
  return { rows, counts };
}

/** What is handed to the list: every row, or only those without errors. */
export function toNewDevices(rows: readonly PreviewRow[], fileName: string, onlyValid: boolean): NewDevice[] {
  return rows
    .filter((row) => !onlyValid || !row.hasError)
    .map((row) => ({ device: row.device, source: 'file', sourceDetail: `${fileName}:${row.line}`, problems: row.problems }));
}

/** The rows that have something to say, for the per-line list. */
export const rowsWithProblems = (rows: readonly PreviewRow[]): PreviewRow[] => rows.filter((r) => r.problems.length > 0);
