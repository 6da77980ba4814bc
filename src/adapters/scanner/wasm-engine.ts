// zxing-wasm 3 (ZXing-C++) as an Engine. Its .wasm comes from the app (the caller passes its
// URL, imported with ?url) or, in node, as bytes: never from zxing-wasm's CDN default.
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import { boundingBox, type Engine, type EngineLoad } from './engine';

/** The formats boxes carry (spec §2): EAN/UPC are read so that they are not taken for a PKID. */
export const WASM_FORMATS = ['Code128', 'Code39', 'Code93', 'ITF', 'DataMatrix', 'QRCode', 'PDF417', 'EAN13', 'UPCA', 'EAN8', 'UPCE'] as const;

/**
 * Chosen by measurement (bench/decoder.bench.ts, README "Measurements"). maxNumberOfSymbols 0
 * (no limit) returns every code on a label in one call.
 */
export const WASM_READER_OPTIONS: ReaderOptions = {
  formats: [...WASM_FORMATS],
  tryHarder: true,
  tryRotate: true,
  // Off: it does not read white-on-black 1D codes from camera frames; the camera loop inverts
  // every other frame instead (DecodeOptions.invert), which reads them and inverted 2D codes too.
  tryInvert: false,
  // Off: on, a 1280×720 frame with no code took 10.8 ms instead of 9.5 (target ≤ 10); off, the
  // degraded set loses one label of 42 (a noisy PDF417).
  tryDownscale: false,
  maxNumberOfSymbols: 0,
};

export interface WasmSource {
  /** The .wasm's URL (the browser: `zxing-wasm/reader/zxing_reader.wasm?url`). */
  wasmUrl?: string;
  /** The .wasm's bytes (node: read from the package). */
  wasmBinary?: ArrayBuffer;
}

export async function loadWasmEngine(source: WasmSource, readerOptions: ReaderOptions = WASM_READER_OPTIONS): Promise<EngineLoad> {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') return { ok: false, code: 'wasm-unavailable' };
  const { wasmUrl, wasmBinary } = source;
  try {
    await prepareZXingModule({
      overrides: wasmBinary
        ? { wasmBinary }
        : { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') && wasmUrl ? wasmUrl : prefix + path) },
      fireImmediately: true,
    });
  } catch {
    // A CompileError (CSP without 'wasm-unsafe-eval', WebAssembly switched off by policy) or
    // the file missing: either way this engine cannot run here.
    return { ok: false, code: 'wasm-unavailable' };
  }
  const engine: Engine = {
    kind: 'zxing-wasm',
    async read(frame) {
      const results = await readBarcodes(frame as ImageData, readerOptions);
      return results
        .filter((r) => r.isValid)
        .map((r) => {
          const p = r.position;
          const box = boundingBox([p.topLeft, p.topRight, p.bottomRight, p.bottomLeft]);
          return {
            text: r.text,
            symbology: r.format,
            ...(r.symbologyIdentifier ? { aim: r.symbologyIdentifier } : {}),
            ...(box ? { box } : {}),
            ...(r.isInverted ? { inverted: true } : {}),
          };
        });
    },
  };
  return { ok: true, engine };
}
