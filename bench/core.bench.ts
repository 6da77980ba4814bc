// Core benchmark (issue 3 "Speed"). Imported by bench/run.mjs through vite's module runner in
// node; returns rows, prints nothing. Each figure is the median of several runs, with its
// baseline measured in the same run on the same data.
import Papa from 'papaparse';
import { readDeviceFile, validateDevices, writeDeviceFiles, type Device } from '../src/core/index';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  ratio?: number;
  target?: string;
  pass?: boolean;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

async function time(runs: number, fn: () => unknown): Promise<number> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

/** Deterministic pseudo-random generator (mulberry32) so every run measures the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function tupleDevices(n: number): Device[] {
  const r = rng(1);
  const models = ['Latitude 5440', 'Latitude 7440', 'OptiPlex 7010', 'Precision 3580'];
  const out: Device[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    for (let k = 0; k < 7; k++) s += ALNUM[Math.floor(r() * ALNUM.length)];
    out.push({ serialNumber: s + i.toString(36).toUpperCase(), manufacturer: 'Dell Inc.', model: models[i % 4] ?? '' });
  }
  return out;
}

/** A Get-WindowsAutopilotInfo file as Windows PowerShell's Out-File writes it: UTF-16LE, BOM, CRLF. */
function autopilotInfoFile(rows: number, hashLength: number): { bytes: Uint8Array; text: string } {
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
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[2 + i * 2] = c & 0xff;
    bytes[3 + i * 2] = c >> 8;
  }
  return { bytes, text };
}

async function writeBench(): Promise<BenchRow[]> {
  const devices = tupleDevices(100_000);
  const rows = devices.map((d) => [d.serialNumber ?? '', '', '', d.manufacturer ?? '', d.model ?? '']);
  const header = ['Device Serial Number', 'Windows Product ID', 'Hardware Hash', 'Manufacturer name', 'Device model'];
  const encoder = new TextEncoder();
  const baseline = (): number => {
    let bytes = 0;
    for (let i = 0; i < rows.length; i += 500) {
      const csv = Papa.unparse({ fields: header, data: rows.slice(i, i + 500) }, { newline: '\r\n' });
      bytes += encoder.encode(csv).length;
    }
    return bytes;
  };
  const ours = (): number => {
    validateDevices(devices, 'partner-center');
    const r = writeDeviceFiles(devices, 'partner-center', { listName: 'bench' });
    if (!r.ok) throw new Error('bench devices did not validate: ' + r.problems[0]?.message);
    return r.files.length;
  };
  baseline();
  ours(); // warm up both
  const b = await time(7, baseline);
  const o = await time(7, ours);
  const ratio = o / b;
  return [
    {
      name: 'validateDevices + writeDeviceFiles, 100,000 tuple devices',
      value: Math.round(o * 10) / 10,
      unit: 'ms',
      baseline: { name: 'Papa.unparse + TextEncoder, same rows in 500-row files', value: Math.round(b * 10) / 10 },
      ratio: Math.round(ratio * 100) / 100,
      target: 'ratio <= 1.5',
      pass: ratio <= 1.5,
    },
  ];
}

async function readBench(): Promise<BenchRow[]> {
  const { bytes, text } = autopilotInfoFile(10_000, 4096);
  // The baseline parses the text as a decoder produces it (a two-byte string, like ours).
  const decoded = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (decoded !== text) throw new Error('fixture did not round-trip');
  const baseline = (): number => Papa.parse<string[]>(decoded, { skipEmptyLines: false }).data.length;
  let devices = 0;
  const ours = async (): Promise<void> => {
    const r = await readDeviceFile(bytes, 'AutopilotHWID.csv');
    devices = r.devices.length;
  };
  baseline();
  await ours();
  const b = await time(5, baseline);
  const o = await time(5, ours);
  if (devices !== 10_000) throw new Error(`read ${devices} devices, expected 10000`);

  // Peak memory during one read, relative to just before it (sampled every 5 ms and at the end).
  const g = globalThis as { gc?: () => void };
  g.gc?.();
  const before = process.memoryUsage();
  let peak = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss - before.rss, m.heapUsed + m.arrayBuffers - before.heapUsed - before.arrayBuffers);
  };
  const timer = setInterval(sample, 5);
  const kept = await readDeviceFile(bytes, 'AutopilotHWID.csv');
  sample();
  clearInterval(timer);
  const ratio = o / b;
  const memRatio = peak / bytes.length;
  return [
    {
      name: `readDeviceFile, 10,000-row UTF-16LE Get-WindowsAutopilotInfo file (${(bytes.length / 1e6).toFixed(1)} MB)`,
      value: Math.round(o * 10) / 10,
      unit: 'ms',
      baseline: { name: 'Papa.parse on the decoded text', value: Math.round(b * 10) / 10 },
      ratio: Math.round(ratio * 100) / 100,
      target: 'ratio <= 2',
      pass: ratio <= 2,
    },
    {
      name: `readDeviceFile peak memory above start (${kept.devices.length} devices kept)`,
      value: Math.round(peak / 1e5) / 10,
      unit: 'MB',
      baseline: { name: 'file size', value: Math.round(bytes.length / 1e5) / 10 },
      ratio: Math.round(memRatio * 100) / 100,
      target: 'ratio < 4',
      pass: memRatio < 4,
    },
  ];
}

export default async function run(): Promise<BenchRow[]> {
  return [...(await writeBench()), ...(await readBench())];
}
