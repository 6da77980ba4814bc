// What the decoder worker does with each message, apart from the worker itself so that specs
// run it in node against the real engines. The engine loads once, on the first message.
import { decodeWith, type EngineLoad, type Engine } from './engine';
import type { DecoderReply, DecoderRequest, WarmSettings } from './protocol';
import type { DecoderKind } from './types';

export type EngineLoaders = Record<DecoderKind, () => Promise<EngineLoad>>;

const DEFAULT_SETTINGS: WarmSettings = { prefer: 'zxing-wasm', fallback: true };

export function createDecoderService(loaders: EngineLoaders): (request: DecoderRequest) => Promise<DecoderReply> {
  let loading: Promise<EngineLoad> | undefined;

  const load = (settings: WarmSettings): Promise<EngineLoad> =>
    (loading ??= (async () => {
      const first = await safely(loaders[settings.prefer]);
      if (first.ok || !settings.fallback) return first;
      const other: DecoderKind = settings.prefer === 'zxing-wasm' ? 'zxing-js' : 'zxing-wasm';
      const second = await safely(loaders[other]);
      // Neither engine: say why the preferred one failed only if nothing else is known.
      return second.ok ? second : { ok: false, code: 'worker-failed' };
    })());

  return async (request) => {
    const start = performance.now();
    const loaded = await load(request.type === 'warm' ? request.settings : DEFAULT_SETTINGS);
    if (!loaded.ok) return { id: request.id, result: { ok: false, error: { code: loaded.code } } };
    const engine: Engine = loaded.engine;
    if (request.type === 'warm') return { id: request.id, kind: engine.kind, result: { ok: true, codes: [], ms: performance.now() - start } };
    const frame = { width: request.width, height: request.height, data: request.data };
    return { id: request.id, kind: engine.kind, result: await decodeWith(engine, frame, request.options) };
  };
}

async function safely(loader: () => Promise<EngineLoad>): Promise<EngineLoad> {
  try {
    return await loader();
  } catch {
    return { ok: false, code: 'worker-failed' };
  }
}
