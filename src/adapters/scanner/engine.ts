// One decoding engine (zxing-wasm or @zxing/library) inside the worker, and the steps every
// frame takes around it: check, crop to the region, invert, decode, time, map boxes back.
import { crop, invertInPlace, isValidFrame, isValidRegion } from './frame-prep';
import type { DecodedCode, DecodeOptions, DecodeResult, DecoderKind, Frame } from './types';

export interface Engine {
  readonly kind: DecoderKind;
  /** Every code in the frame. May throw (the caller turns that into 'worker-failed'). */
  read(frame: Frame): Promise<DecodedCode[]>;
}

export type EngineLoad = { ok: true; engine: Engine } | { ok: false; code: 'wasm-unavailable' | 'worker-failed' };

export async function decodeWith(engine: Engine, frame: Frame, options: DecodeOptions = {}): Promise<DecodeResult> {
  if (!isValidFrame(frame) || (options.region && !isValidRegion(frame, options.region))) {
    return { ok: false, error: { code: 'bad-frame' } };
  }
  const start = performance.now();
  const region = options.region;
  const input = region ? crop(frame, region) : frame;
  if (options.invert) invertInPlace(input);
  let codes: DecodedCode[];
  try {
    codes = await engine.read(input);
  } catch {
    return { ok: false, error: { code: 'worker-failed' } };
  }
  const ms = performance.now() - start;
  if (region) {
    for (const c of codes) if (c.box) c.box = { ...c.box, x: c.box.x + region.x, y: c.box.y + region.y };
  }
  if (options.invert) for (const c of codes) c.inverted = !c.inverted;
  return { ok: true, codes, ms };
}

/** The bounding box of a decoder's corner points. */
export function boundingBox(points: ReadonlyArray<{ x: number; y: number }>): DecodedCode['box'] {
  if (points.length === 0) return undefined;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}
