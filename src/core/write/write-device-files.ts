// writeDeviceFiles: the files to download for one dialect (spec §1): exact header, CRLF after
// every line including the last, no BOM, no quotes, printable ASCII only, split into parts of at
// most maxRows. It refuses (returns the problems, writes nothing) when validation finds an error:
// never a file Partner Center will reject.
import { hasError, problem } from '../problems';
import type { Device, Dialect, Problem } from '../types';
import { validateDevices } from '../validate/validate-devices';
import type { ValidateOptions } from '../validate/options';
import { deviceFileName } from './file-names';
import { DEFAULT_MAX_ROWS, DIALECT_COLUMNS, DIALECT_HEADERS } from './headers';

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

export function writeDeviceFiles(devices: readonly Device[], dialect: Dialect, options: WriteOptions = {}): WriteResult {
  if (devices.length === 0) return { ok: false, problems: [problem('write.empty', 'error')] };
  const problems = validateDevices(devices, dialect, options);
  if (hasError(problems)) return { ok: false, problems };

  const maxRows = Math.max(1, Math.floor(options.maxRows ?? DEFAULT_MAX_ROWS));
  const columns = DIALECT_COLUMNS[dialect];
  const header = DIALECT_HEADERS[dialect];
  const encoder = new TextEncoder(); // validated printable ASCII: UTF-8 bytes are the ASCII bytes
  const files: DeviceFile[] = [];
  for (let start = 0, part = 1; start < devices.length; start += maxRows, part++) {
    const end = Math.min(devices.length, start + maxRows);
    const lines: string[] = header ? [header.join(',')] : [];
    for (let i = start; i < end; i++) {
      const d = devices[i] ?? {};
      let line = '';
      for (let c = 0; c < columns.length; c++) {
        const field = columns[c];
        if (c > 0) line += ',';
        if (field) line += d[field] ?? '';
      }
      lines.push(line);
    }
    files.push({
      fileName: deviceFileName(options.listName, dialect, part),
      bytes: encoder.encode(lines.join(CRLF) + CRLF),
      rowCount: end - start,
    });
  }
  return { ok: true, files, problems };
}
