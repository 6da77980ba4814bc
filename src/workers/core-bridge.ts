// The page's one way to the core worker. Each function mirrors the core's, with an AbortSignal
// (cancelling terminates the worker) and, for reading, progress.
import type { Device, Dialect, Problem, ReadResult, WriteResult } from '../core';
import type { WorkerReadOptions, WorkerValidateOptions } from './core-api';
import { WorkerBridge, type WorkerLike } from './worker-bridge';

export type { ElsewhereSnapshot, WorkerReadOptions, WorkerValidateOptions } from './core-api';

/**
 * Vite emits the worker as its own file only for this exact shape (`new Worker(new URL(…))`,
 * literal options), and then precaches it with the rest of the build. If it were bundled into
 * the page instead, core.worker.ts throws at once (its guard), and the worker's error reaches
 * the caller as a failed call rather than a page that silently does the work on the main thread.
 */
function createCoreWorker(): WorkerLike {
  return new Worker(new URL('./core.worker.ts', import.meta.url), { type: 'module', name: 'boxpilot-core' });
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
