// The read benchmark's file, shared by the node bench (core.bench.ts) and the browser worker
// (core-read.worker.ts) so both measure the very same bytes: a Get-WindowsAutopilotInfo file as
// Windows PowerShell's Out-File writes it (UTF-16LE, BOM, CRLF), 4 KB hashes.
import { utf16leWithBom } from '../../src/core/test-data/factories';
import { seededRandom } from '../../tests/support/seeded-random';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function autopilotInfoFile(rows: number, hashLength: number): { bytes: Uint8Array; text: string } {
  const r = seededRandom(2);
  const lines = ['Device Serial Number,Windows Product ID,Hardware Hash'];
  let hash = '';
  for (let k = 0; k < hashLength; k++) hash += B64[Math.floor(r() * 64)];
  for (let i = 0; i < rows; i++) {
    // Vary the start of each hash so rows are distinct without generating 40 M random chars.
    const head = (i.toString(36).toUpperCase() + 'AAAAAAAA').slice(0, 8);
    lines.push(`PF${String(i).padStart(6, '0')},,${head}${hash.slice(8)}`);
  }
  const text = lines.join('\r\n') + '\r\n';
  return { bytes: utf16leWithBom(text), text };
}
