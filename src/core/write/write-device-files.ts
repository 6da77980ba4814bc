// writeDeviceFiles: the files to download for one dialect (spec §1): exact header, CRLF after
// every line including the last, no BOM, no quotes, printable ASCII only, split into parts of at
// most maxRows. It refuses (returns the problems, writes nothing) when validation finds an error:
// never a file Partner Center will reject. Validation runs here unless validateDevices just ran
// on the same, unchanged array with the same dialect and options (validate-devices.ts, Memo).
import { hasError, problem } from '../problems';
import type { Device, Dialect, Problem } from '../types';
import { validateDevicesOnce } from '../validate/validate-devices';
import type { ValidateOptions } from '../validate/options';
import { deviceFileName } from './file-names';
import { DIALECT_COLUMNS, DIALECT_HEADERS, rowsPerFile } from './headers';

export interface DeviceFile {
  fileName: string;
  bytes: Uint8Array;
  rowCount: number;
}

export type WriteResult = { ok: true; files: DeviceFile[]; problems: Problem[] } | { ok: false; problems: Problem[] };

export interface WriteOptions extends ValidateOptions {
  maxRows?: number;
  listName?: string;
}

const CRLF = '\r\n';

/** One line per device, spelled out per dialect (monomorphic property reads: 100,000-row lists). */
const LINE_OF: Record<Dialect, (d: Device) => string> = {
  'partner-center': (d) =>
    `${d.serialNumber ?? ''},${d.pkid ?? ''},${d.hardwareHash ?? ''},${d.manufacturer ?? ''},${d.model ?? ''}`,
  intune: (d) => `${d.serialNumber ?? ''},${d.pkid ?? ''},${d.hardwareHash ?? ''},${d.groupTag ?? ''},${d.assignedUser ?? ''}`,
  'corporate-identifiers': (d) => `${d.manufacturer ?? ''},${d.model ?? ''},${d.serialNumber ?? ''}`,
};

export function writeDeviceFiles(devices: readonly Device[], dialect: Dialect, options: WriteOptions = {}): WriteResult {
  if (devices.length === 0) return { ok: false, problems: [problem('write.empty', 'error')] };
  // Validated here, or taken from a validateDevices of this same, unchanged array just before.
  const problems = validateDevicesOnce(devices, dialect, options);
  if (hasError(problems)) return { ok: false, problems };

  const maxRows = rowsPerFile(options.maxRows);
  const columns = DIALECT_COLUMNS[dialect];
  const lineOf = LINE_OF[dialect];
  const header = DIALECT_HEADERS[dialect];
  const encoder = new TextEncoder(); // validated printable ASCII: UTF-8 bytes are the ASCII bytes
  const files: DeviceFile[] = [];
  for (let start = 0, part = 1; start < devices.length; start += maxRows, part++) {
    const end = Math.min(devices.length, start + maxRows);
    const lines: string[] = header ? [header.join(',')] : [];
    for (let i = start; i < end; i++) {
      const d = devices[i];
      lines.push(d ? lineOf(d) : ','.repeat(columns.length - 1));
    }
    files.push({
      fileName: deviceFileName(options.listName, dialect, part),
      bytes: encoder.encode(lines.join(CRLF) + CRLF),
      rowCount: end - start,
    });
  }
  return { ok: true, files, problems };
}
