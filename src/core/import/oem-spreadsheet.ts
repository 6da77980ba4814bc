// OEM and distributor spreadsheets saved as CSV (or read from .xlsx) with their own column names:
// Serial, S/N, Service Tag, PKID, Product Key ID, 4K HH, Manufacturer, OEM, MTM … (spec §1).
// The header is the first row in which at least one cell is a known column name.
import { fieldForHeader, type ColumnInfo } from './columns';
import type { FormatGuess, Importer } from './formats';

export const oemSpreadsheet: Importer = {
  id: 'oem-spreadsheet',
  detect(rows): FormatGuess | null {
    const header = rows[0] ?? [];
    const columns: ColumnInfo[] = header.map((h, index) => ({ index, header: h.trim(), field: fieldForHeader(h.trim()) }));
    if (!columns.some((c) => c.field !== null)) return null;
    return { format: 'oem-spreadsheet', formatName: 'Spreadsheet with named columns', dialect: null, hasHeader: true, columns };
  },
};
