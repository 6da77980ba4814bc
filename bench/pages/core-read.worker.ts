// Runs in a Web Worker of headless Chromium, built by vite like the app's core worker: the
// read bench measures readDeviceFile where users run it, against TextDecoder('utf-16le') +
// Papa.parse on the same bytes, in the same worker, measured alternately.
import Papa from 'papaparse';
import { readDeviceFile } from '../../src/core/index';
import { decodeUtf16le } from '../../src/core/import/decode';
import { autopilotInfoFile } from './autopilot-file';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function timed(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function read(args: { rows: number; runs: number }): Promise<Record<string, number>> {
  const { bytes } = autopilotInfoFile(args.rows, 4096);
  const body = bytes.subarray(2);
  let devices = 0;
  const baseline = (): number => Papa.parse<string[]>(new TextDecoder('utf-16le').decode(body), { skipEmptyLines: false }).data.length;
  const ours = async (): Promise<void> => {
    devices = (await readDeviceFile(bytes, 'AutopilotHWID.csv')).devices.length;
  };
  baseline();
  await ours(); // warm up both
  const b: number[] = [];
  const o: number[] = [];
  for (let i = 0; i < args.runs; i++) {
    b.push(await timed(baseline));
    o.push(await timed(ours));
  }
  if (devices !== args.rows) throw new Error(`read ${devices} devices, expected ${args.rows}`);
  const decode: number[] = [];
  for (let i = 0; i < 5; i++) decode.push(await timed(() => new TextDecoder('utf-16le').decode(body).length));
  const ours16: number[] = [];
  for (let i = 0; i < 5; i++) ours16.push(await timed(() => decodeUtf16le(body).indexOf('"')));
  return { ours: median(o), baseline: median(b), decode: median(decode), oursDecode: median(ours16), bytes: bytes.length };
}

self.onmessage = async (event: MessageEvent<{ id: number; task: string; args: { rows: number; runs: number } }>) => {
  const { id, task, args } = event.data;
  try {
    if (task !== 'read') throw new Error(`unknown task ${task}`);
    self.postMessage({ id, value: await read(args) });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
