// Runs in headless Chromium (served by vite's dev server from bench/decoder.bench.ts). Labels are
// drawn here with the shared generators; the decoders are the app's own adapter (a worker per
// engine), so a figure includes the transfer to the worker and back. The reader-option
// variants run zxing-wasm on this page's thread: they compare options, not threads.
import { createFrameDecoder, type DecodeResult, type DecoderKind, type FrameDecoder } from '../../src/adapters/scanner';
import { loadWasmEngine, WASM_READER_OPTIONS } from '../../src/adapters/scanner/wasm-engine';
import { decodeWith, type Engine } from '../../src/adapters/scanner/engine';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { LABELS, degradedSet, emptyFrame, renderLabel, sameCodeText, type Label, type LabelId, type RgbaFrame } from '../../tests/support/labels';

const decoders = new Map<DecoderKind, FrameDecoder>();
const copy = (f: RgbaFrame): RgbaFrame => ({ ...f, data: f.data.slice() });
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function open(kind: DecoderKind): Promise<{ kind: string; warmMs: number }> {
  const start = performance.now();
  const decoder = await createFrameDecoder({ prefer: kind, fallback: false });
  const warmed = await decoder.warm();
  if (!warmed.ok) throw new Error(`${kind}: ${warmed.error.code}`);
  decoders.set(kind, decoder);
  return { kind: decoder.kind, warmMs: performance.now() - start };
}

type Decode = (frame: RgbaFrame, invert: boolean) => Promise<DecodeResult>;

const viaWorker = (kind: DecoderKind): Decode => {
  const decoder = decoders.get(kind);
  if (!decoder) throw new Error(`${kind} is not open`);
  return (frame, invert) => decoder.decode(frame, { invert });
};

const allRead = (label: Label, results: DecodeResult[]): number => {
  const texts = results.flatMap((r) => (r.ok ? r.codes.map((c) => c.text) : []));
  return label.codes.filter((c) => texts.some((t) => sameCodeText(t, c.text))).length;
};

interface Timed {
  ms: number;
  roundTripMs: number;
  read: string[];
}

/**
 * Median decode time of one frame per decoder (`ms` measured in the worker; the round trip on
 * this page). The decoders take turns frame by frame, so a busy moment on the machine falls on
 * all of them alike.
 */
async function timeFrames(decodes: Decode[], frame: RgbaFrame, runs: number, invert = false): Promise<Timed[]> {
  const ms: number[][] = decodes.map(() => []);
  const trips: number[][] = decodes.map(() => []);
  const last: DecodeResult[] = [];
  for (const decode of decodes) await decode(copy(frame), invert); // first call after load: not counted
  for (let i = 0; i < runs; i++) {
    for (const [k, decode] of decodes.entries()) {
      const f = copy(frame);
      const start = performance.now();
      const r = await decode(f, invert);
      trips[k]!.push(performance.now() - start);
      if (!r.ok) throw new Error(r.error.code);
      ms[k]!.push(r.ms);
      last[k] = r;
    }
  }
  return decodes.map((_, k) => {
    const r = last[k];
    return { ms: median(ms[k]!), roundTripMs: median(trips[k]!), read: r?.ok ? r.codes.map((c) => c.text) : [] };
  });
}

const KINDS: DecoderKind[] = ['zxing-wasm', 'zxing-js'];

async function empty(runs: number) {
  return timeFrames(KINDS.map(viaWorker), emptyFrame(), runs);
}

async function label(id: LabelId, runs: number) {
  const l = LABELS[id];
  const invert = id === 'invertedCode128';
  const timed = await timeFrames(KINDS.map(viaWorker), renderLabel(l, { invert }), runs, invert);
  return timed.map((r) => ({ ...r, codes: l.codes.length, readCount: l.codes.filter((c) => r.read.some((t) => sameCodeText(t, c.text))).length }));
}

/**
 * The degraded set as the camera loop sees it: a frame as it is, then the next frame inverted
 * (the loop inverts every other frame). `single` counts labels fully read from the first frame
 * alone, `pair` from the two.
 */
async function degradedWith(decode: Decode) {
  let single = 0;
  let pair = 0;
  const missed: string[] = [];
  const cases = degradedSet();
  const ms: number[] = [];
  for (const c of cases) {
    const frame = renderLabel(c.label, c.options);
    const first = await decode(copy(frame), false);
    const second = await decode(copy(frame), true);
    if (first.ok) ms.push(first.ms);
    if (allRead(c.label, [first]) === c.label.codes.length) single++;
    if (allRead(c.label, [first, second]) === c.label.codes.length) pair++;
    else missed.push(c.name);
  }
  return { total: cases.length, single, pair, missed, medianMs: median(ms) };
}

async function degraded(kind: DecoderKind) {
  return degradedWith(viaWorker(kind));
}

/** zxing-wasm on this thread, each variant with some options changed from the adapter's choice. */
async function variants(changes: Array<Record<string, unknown>>, runs: number) {
  const decodes: Decode[] = [];
  for (const change of changes) {
    const loaded = await loadWasmEngine({ wasmUrl: new URL(wasmUrl, location.href).href }, { ...WASM_READER_OPTIONS, ...change });
    if (!loaded.ok) throw new Error(loaded.code);
    const engine: Engine = loaded.engine;
    decodes.push((frame, invert) => decodeWith(engine, frame, { invert }));
  }
  const emptyMs = await timeFrames(decodes, emptyFrame(), runs);
  const labelMs = await timeFrames(decodes, renderLabel(LABELS.serialPkidEan), runs);
  const out = [];
  for (const [k, decode] of decodes.entries()) out.push({ emptyMs: emptyMs[k]!.ms, serialPkidEanMs: labelMs[k]!.ms, degraded: await degradedWith(decode) });
  return out;
}

function close(): void {
  for (const d of decoders.values()) d.close();
  decoders.clear();
}

(window as unknown as Record<string, unknown>).benchDecoder = { open, empty, label, degraded, variants, close };
document.title = 'ready';
