// The exact columns of each file Boxpilot writes (spec §1). Headers are case-sensitive: written
// exactly like this, never localised.
import type { Dialect, DeviceField } from '../types';

/** The device field behind each column, in file order. */
export const DIALECT_COLUMNS: Record<Dialect, readonly DeviceField[]> = {
  'partner-center': ['serialNumber', 'pkid', 'hardwareHash', 'manufacturer', 'model'],
  intune: ['serialNumber', 'pkid', 'hardwareHash', 'groupTag', 'assignedUser'],
  // Corporate identifiers: manufacturer,model,serial with no header (spec §1; layout unconfirmed).
  'corporate-identifiers': ['manufacturer', 'model', 'serialNumber'],
};

/** The header line's cells; null when the file has no header line. */
export const DIALECT_HEADERS: Record<Dialect, readonly string[] | null> = {
  'partner-center': ['Device Serial Number', 'Windows Product ID', 'Hardware Hash', 'Manufacturer name', 'Device model'],
  intune: ['Device Serial Number', 'Windows Product ID', 'Hardware Hash', 'Group Tag', 'Assigned User'],
  'corporate-identifiers': null,
};

/** Default rows per file: Intune's documented limit; Partner Center's is undocumented (spec §1). */
export const DEFAULT_MAX_ROWS = 500;

/** Rows per file from an option: a positive whole number, else the default (never NaN or 0). */
export function rowsPerFile(maxRows: number | undefined): number {
  return maxRows !== undefined && Number.isFinite(maxRows) && maxRows >= 1 ? Math.floor(maxRows) : DEFAULT_MAX_ROWS;
}
