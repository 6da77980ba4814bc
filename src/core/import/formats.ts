// What every importer module returns, and the order they are tried in (read-device-file.ts).
// One module per source format (Actual Budget style): a new format is a new file.
import type { Dialect } from '../types';
import type { ColumnInfo } from './columns';

export type FormatId = 'autopilot-csv' | 'oem-spreadsheet' | 'm365-device-list' | 'corporate-identifiers' | 'headerless';

export interface FormatGuess {
  format: FormatId;
  /** Human name for the UI, e.g. "Get-WindowsAutopilotInfo (Partner Center header)". */
  formatName: string;
  /** The Boxpilot dialect this file matches exactly, if any. */
  dialect: Dialect | null;
  hasHeader: boolean;
  columns: ColumnInfo[];
}

export interface Importer {
  id: FormatId;
  /** rows: the first rows of the file (cells already split); null when this format does not fit. */
  detect(rows: readonly (readonly string[])[], fileName?: string): FormatGuess | null;
}

export const cellAt = (row: readonly string[] | undefined, i: number): string => (row?.[i] ?? '').trim();
