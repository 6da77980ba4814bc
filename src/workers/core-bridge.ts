// The page's one way to the core worker. Each function mirrors the core's, with an AbortSignal
// (cancelling terminates the worker) and, for reading, progress.
import type { Device, Dialect, Problem, ReadResult, WriteResult } from '../core';
import type { WorkerReadOptions, WorkerValidateOptions } from './core-api';
import { WorkerBridge, type WorkerLike } from './worker-bridge';

export type { ElsewhereSnapshot, WorkerReadOptions, WorkerValidateOptions } from './core-api';

export class WorkerInlinedError extends Error {
  constructor(url: string) {
    super(`The core worker was inlined by the bundler (${url.slice(0, 40)}…); it must be a file of its own.`);
  }
}

function createCoreWorker(): WorkerLike {
  const url = new URL('./core.worker.ts', import.meta.url);
  // Guard (Excalidraw style): an inlined worker (data: or blob: URL) is not precached as its own
  // file and breaks the CSP's worker-src 'self'; fail loudly at once instead.
  if (url.protocol === 'data:' || url.protocol === 'blob:') throw new WorkerInlinedError(url.href);
  return new Worker(url, { type: 'module', name: 'boxpilot-core' });
}

const bridge = new WorkerBridge(createCoreWorker);

export interface BridgeOptions {
  signal?: AbortSignal;
}

/** Reads a file in the worker. The buffer is transferred: it is unusable here afterwards. */
export function readDeviceFile(
  bytes: ArrayBuffer,
  fileName: string,
  options: WorkerReadOptions & BridgeOptions & { onProgress?: (fraction: number) => void } = {},
): Promise<ReadResult> {
  const { signal, onProgress, ...readOptions } = options;
  return bridge.call('readDeviceFile', [bytes, fileName, readOptions], { signal, onProgress, transfer: [bytes] });
}

export function validateDevices(devices: Device[], dialect: Dialect, options: WorkerValidateOptions & BridgeOptions = {}): Promise<Problem[]> {
  const { signal, ...rest } = options;
  return bridge.call('validateDevices', [devices, dialect, rest], { signal });
}

export function writeDeviceFiles(devices: Device[], dialect: Dialect, options: WorkerValidateOptions & BridgeOptions = {}): Promise<WriteResult> {
  const { signal, ...rest } = options;
  return bridge.call('writeDeviceFiles', [devices, dialect, rest], { signal });
}

/** Whether an error is a cancel (the user's own doing, not something to report). */
export const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';
