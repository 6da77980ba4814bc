// Get-WindowsAutopilotInfo output and the files Boxpilot itself writes (spec §1): the Intune
// header (3, 4 or 5 columns) or the -Partner header. Column names compared case-insensitively
// here (Partner Center itself may be strict: the writer always uses the exact casing).
import type { DeviceField } from '../types';
import { DIALECT_HEADERS } from '../write/headers';
import type { ColumnInfo } from './columns';
import { cellAt, type FormatGuess, type Importer } from './formats';

const AUTOPILOT_COLUMNS: Record<string, DeviceField> = {
  'device serial number': 'serialNumber',
  'windows product id': 'pkid',
  'hardware hash': 'hardwareHash',
  'group tag': 'groupTag',
  'assigned user': 'assignedUser',
  'manufacturer name': 'manufacturer',
  'device model': 'model',
};

const same = (a: readonly string[], b: readonly string[] | null): boolean =>
  !!b && a.length === b.length && a.every((h, i) => h === b[i]);

export const autopilotCsv: Importer = {
  id: 'autopilot-csv',
  detect(rows): FormatGuess | null {
    const header = (rows[0] ?? []).map((c) => c.trim());
    while (header.length > 0 && header[header.length - 1] === '') header.pop();
    if (header.length < 1 || cellAt(header, 0).toLowerCase() !== 'device serial number') return null;
    const columns: ColumnInfo[] = [];
    for (let i = 0; i < header.length; i++) {
      const h = header[i] ?? '';
      const field = AUTOPILOT_COLUMNS[h.toLowerCase()];
      if (!field) return null;
      columns.push({ index: i, header: h, field });
    }
    const partner = columns.some((c) => c.field === 'manufacturer' || c.field === 'model');
    const dialect = same(header, DIALECT_HEADERS['partner-center'])
      ? 'partner-center'
      : same(header, DIALECT_HEADERS.intune)
        ? 'intune'
        : null;
    return {
      format: 'autopilot-csv',
      formatName: partner
        ? 'Autopilot CSV, Partner Center header (Get-WindowsAutopilotInfo -Partner)'
        : `Autopilot CSV, Intune header (${columns.length} columns)`,
      dialect,
      hasHeader: true,
      columns,
    };
  },
};
