// The read benchmark's file, shared by the node bench (core.bench.ts) and the browser worker
// (core-read.worker.ts) so both measure the very same bytes: a Get-WindowsAutopilotInfo file as
// Windows PowerShell's Out-File writes it (UTF-16LE, BOM, CRLF), 4 KB hashes.
import { utf16leWithBom } from '../../src/core/test-data/factories';

/** Deterministic pseudo-random generator (mulberry32) so every run measures the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function autopilotInfoFile(rows: number, hashLength: number): { bytes: Uint8Array; text: string } {
  const r = rng(2);
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
