// Specs load zxing-wasm from the package's own file (node has no app to serve it).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export function readerWasmBinary(): ArrayBuffer {
  const path = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  const bytes = readFileSync(path);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
