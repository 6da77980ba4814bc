// The core's heavy functions on a background thread, so reading a 40 MB file or validating
// 50,000 devices never freezes the page. Driven by core-bridge.ts through worker-bridge.ts.
import { readDeviceFile, validateDevices, writeDeviceFiles, type WriteResult } from '../core';
import { isCoreMethod, lookupIn, type CoreApi } from './core-api';
import type { WorkerReply, WorkerRequest } from './protocol';

// Guard (Excalidraw style): this module must run as its own worker, never inside the page.
if (typeof document !== 'undefined') {
  throw new Error('core.worker.ts was bundled into the page; it must be loaded with new Worker(new URL(...)).');
}

const post = (reply: WorkerReply, transfer: Transferable[] = []): void =>
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(reply, transfer);

const api = (id: number): CoreApi => ({
  readDeviceFile: (bytes, fileName, options) =>
    readDeviceFile(new Uint8Array(bytes), fileName, {
      ...options,
      onProgress: (fraction) => post({ id, type: 'progress', fraction }),
    }),
  validateDevices: (devices, dialect, { elsewhere, ...options }) =>
    validateDevices(devices, dialect, { ...options, findElsewhere: lookupIn(elsewhere) }),
  writeDeviceFiles: (devices, dialect, { elsewhere, ...options }) =>
    writeDeviceFiles(devices, dialect, { ...options, findElsewhere: lookupIn(elsewhere) }),
});

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, method, args } = event.data;
  if (!isCoreMethod(method)) return post({ id, type: 'error', code: 'unknown-method', detail: method });
  try {
    const fn = api(id)[method] as (...a: unknown[]) => unknown;
    const value = await fn(...args);
    // Written files go back without a copy.
    const transfer = method === 'writeDeviceFiles' && (value as WriteResult).ok
      ? (value as Extract<WriteResult, { ok: true }>).files.map((f) => f.bytes.buffer as ArrayBuffer)
      : [];
    post({ id, type: 'result', value }, transfer);
  } catch (e) {
    // The core returns its failures as values; an exception here is a bug: said by code.
    post({ id, type: 'error', code: 'failed', detail: e instanceof Error ? e.message : String(e) });
  }
};
