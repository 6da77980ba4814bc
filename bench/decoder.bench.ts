// Decoder benchmark (issue 8 "Speed"): zxing-wasm (the adapter's worker) against @zxing/library
// (the fallback, same adapter) in the same headless Chromium run, on 1280×720 frames drawn by
// tests/support/labels.ts: a frame with no code, each label kind, and the degraded set.
import { createServer } from 'vite';
import { launch, newProfileDir } from '../tests/e2e/support/browser';
import { LABELS, type LabelId } from '../tests/support/labels';
import type { BenchRow } from './support';

const RUNS = 15;
const KINDS = ['zxing-wasm', 'zxing-js'] as const;

interface Timed {
  ms: number;
  roundTripMs: number;
  read: string[];
}
interface Degraded {
  total: number;
  single: number;
  pair: number;
  missed: string[];
  medianMs: number;
}

export default async function run(): Promise<BenchRow[]> {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    server: { port: 0, host: 'localhost' },
    worker: { format: 'es' },
    // Pre-bundled up front: a discovery mid-run would reload the page under the benchmark.
    optimizeDeps: { include: ['bwip-js', '@zxing/library', 'zxing-wasm/reader'] },
  });
  await server.listen();
  const session = await launch(await newProfileDir());
  const rows: BenchRow[] = [];
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the bench server has no URL');
    const page = await session.context.newPage();
    page.setDefaultTimeout(600_000);
    await page.goto(`${url}bench/pages/decoder.html`);
    await page.waitForFunction(() => document.title === 'ready');
    const call = <T>(fn: string, ...args: unknown[]): Promise<T> =>
      page.evaluate(([f, a]) => ((window as any).benchDecoder[f as string] as (...x: unknown[]) => Promise<T>)(...(a as unknown[])), [fn, args] as const);

    for (const kind of KINDS) {
      const opened = await call<{ kind: string; warmMs: number }>('open', kind);
      rows.push({ name: `${kind}: worker start + engine load (warm)`, value: opened.warmMs, unit: 'ms' });
    }

    const [wasmEmpty, jsEmpty] = await call<Timed[]>('empty', RUNS);
    rows.push({
      name: `zxing-wasm: 1280×720 frame with no code (most frames while scanning), median of ${RUNS}, in the worker (round trip ${wasmEmpty!.roundTripMs.toFixed(1)} ms)`,
      value: wasmEmpty!.ms,
      unit: 'ms',
      target: '≤ 10 ms',
      pass: wasmEmpty!.ms <= 10,
    });
    rows.push({
      name: `zxing-js: the same frame (round trip ${jsEmpty!.roundTripMs.toFixed(1)} ms)`,
      value: jsEmpty!.ms,
      unit: 'ms',
      baseline: { name: 'zxing-wasm, same frame, turn about', value: wasmEmpty!.ms },
      ratio: jsEmpty!.ms / wasmEmpty!.ms,
    });

    for (const id of Object.keys(LABELS) as LabelId[]) {
      const [wasm, js] = await call<Array<Timed & { codes: number; readCount: number }>>('label', id, RUNS);
      for (const [kind, r] of [['zxing-wasm', wasm!], ['zxing-js', js!]] as const) {
        rows.push({
          name: `${kind}: ${LABELS[id].name}, median of ${RUNS}; read ${r.readCount} of ${r.codes} codes in one call${id === 'invertedCode128' ? ' (frame inverted by the adapter)' : ''}`,
          value: r.ms,
          unit: 'ms',
          ...(kind === 'zxing-js' ? { baseline: { name: 'zxing-wasm, turn about', value: wasm!.ms }, ratio: r.ms / wasm!.ms } : {}),
          target: 'every code read',
          pass: r.readCount === r.codes,
        });
      }
    }

    const degradedRate: Record<string, number> = {};
    for (const kind of KINDS) {
      const r = await call<Degraded>('degraded', kind);
      const rate = (100 * r.pair) / r.total;
      degradedRate[kind] = rate;
      rows.push({
        name: `${kind}: degraded set (${r.total} labels: rotation, blur, noise, low contrast, inversion), every code read from a frame + the next (inverted) frame; from the first frame alone ${r.single}/${r.total}${r.missed.length ? `; missed: ${r.missed.join('; ')}` : ''}`,
        value: rate,
        unit: '%',
        ...(kind === 'zxing-wasm'
          ? { target: '≥ 90 %', pass: rate >= 90 }
          : { baseline: { name: 'zxing-wasm', value: degradedRate['zxing-wasm'] ?? NaN }, ratio: rate / (degradedRate['zxing-wasm'] ?? NaN) }),
      });
    }
    await call('close');

    // The adapter's reader options, each changed alone (zxing-wasm on the page's thread).
    const variants: Array<[string, Record<string, unknown>]> = [
      ["the adapter's options", {}],
      ['tryHarder off', { tryHarder: false }],
      ['tryInvert on', { tryInvert: true }],
      ['tryRotate off', { tryRotate: false }],
      ['tryDownscale on', { tryDownscale: true }],
    ];
    const measured = await call<Array<{ emptyMs: number; serialPkidEanMs: number; degraded: Degraded }>>('variants', variants.map(([, change]) => change), RUNS);
    const chosen = measured[0]!;
    for (const [i, [name]] of variants.entries()) {
      const r = measured[i]!;
      rows.push({
        name: `zxing-wasm options, ${name}: no-code frame (serial+PKID+EAN label ${r.serialPkidEanMs.toFixed(1)} ms; degraded set ${r.degraded.pair}/${r.degraded.total}, first frame alone ${r.degraded.single}/${r.degraded.total})`,
        value: r.emptyMs,
        unit: 'ms',
        ...(i === 0 ? {} : { baseline: { name: "the adapter's options, turn about", value: chosen.emptyMs }, ratio: r.emptyMs / chosen.emptyMs }),
      });
    }
  } finally {
    await session.close();
    await server.close();
  }
  return rows;
}
