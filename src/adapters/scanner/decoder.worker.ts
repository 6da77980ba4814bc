// The decoder's module worker: zxing-wasm with its .wasm served by the app (precached by the
// service worker), @zxing/library loaded only if WebAssembly cannot run here.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { createDecoderService } from './decoder-service';
import type { DecoderRequest } from './protocol';
import { loadWasmEngine } from './wasm-engine';

const handle = createDecoderService({
  'zxing-wasm': () => loadWasmEngine({ wasmUrl: new URL(wasmUrl, self.location.href).href }),
  'zxing-js': async () => {
    const { createZxingJsEngine } = await import('./zxing-js-engine');
    return { ok: true, engine: createZxingJsEngine() };
  },
});

self.onmessage = (event: MessageEvent<DecoderRequest>) => {
  void handle(event.data).then((reply) => self.postMessage(reply));
};
