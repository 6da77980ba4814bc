// The scanner adapter's contract (README.md): what the camera loop hands in, what comes back.

/** Anything with RGBA pixels in ImageData's layout; an ImageData from a canvas fits. */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DecodedCode {
  /** The decoded text. zxing-wasm gives GS1 codes as "(01)…(21)…"; zxing-js with GS separators. */
  text: string;
  /** The decoder's own format name ('Code128', 'EAN13', 'DataMatrix' … or 'CODE_128' …); the core normalises it. */
  symbology: string;
  /** AIM symbology identifier (']C0', ']C1', ']E0', ']d2', ']Q1' …) when the decoder gives one. */
  aim?: string;
  /** Where the code is, in whole-frame coordinates. */
  box?: Region;
  /** Read as light on dark. */
  inverted?: boolean;
}

export type DecoderKind = 'zxing-wasm' | 'zxing-js';

export type DecodeErrorCode = 'wasm-unavailable' | 'worker-failed' | 'busy' | 'aborted' | 'bad-frame';

export type DecodeResult = { ok: true; codes: DecodedCode[]; ms: number } | { ok: false; error: { code: DecodeErrorCode } };

export interface DecodeOptions {
  /** Invert the frame before decoding: zxing's own inversion misses white-on-black 1D codes in camera frames. */
  invert?: boolean;
  /** Decode only this part of the frame (the aiming area). */
  region?: Region;
}

export interface FrameDecoder {
  /** The engine that actually loaded. */
  readonly kind: DecoderKind;
  /**
   * Latest wins: one frame in flight, at most one waiting; a newer frame replaces the waiting
   * one, which answers `busy`. The frame's buffer is transferred to the worker (unusable after).
   */
  decode(frame: Frame, options?: DecodeOptions): Promise<DecodeResult>;
  /** Loads the engine now: `{ ok: true, codes: [], ms }` with the load time, or an error. */
  warm(): Promise<DecodeResult>;
  /** Terminates the worker; waiting and in-flight frames answer `aborted`. A later call starts a new worker. */
  close(): void;
}
