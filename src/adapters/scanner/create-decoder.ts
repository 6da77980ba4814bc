// The one way the app gets a decoder: a worker owned by the adapter, warmed before it is handed out.
import { FrameBridge, type WorkerLike } from './frame-bridge';
import type { DecoderKind, FrameDecoder } from './types';

export interface CreateDecoderOptions {
  /** The engine to try first (default zxing-wasm, measured better: README "Measurements"). */
  prefer?: DecoderKind;
  /** Fall back to the other engine when the preferred one cannot run (default true). */
  fallback?: boolean;
  /** Specs pass a fake worker. */
  createWorker?: () => WorkerLike;
}

const startWorker = (): WorkerLike =>
  new Worker(new URL('./decoder.worker.ts', import.meta.url), { type: 'module', name: 'boxpilot-decoder' }) as unknown as WorkerLike;

/** Never rejects: if nothing can decode here, the decoder's calls answer with the error code. */
export async function createFrameDecoder(options: CreateDecoderOptions = {}): Promise<FrameDecoder> {
  const decoder = new FrameBridge(options.createWorker ?? startWorker, { prefer: options.prefer ?? 'zxing-wasm', fallback: options.fallback ?? true });
  await decoder.warm();
  return decoder;
}
