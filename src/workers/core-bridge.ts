// The page's one way to the core worker: calls derived from the worker's API (core-api.ts), each
// with an AbortSignal (cancelling terminates the worker) and, for reading, progress.
import { CORE_METHODS, type CoreApi } from './core-api';
import { remote, WorkerBridge, type WorkerLike } from './worker-bridge';

export type { ElsewhereSnapshot, WorkerReadOptions, WorkerValidateOptions } from './core-api';
export type { CallOptions, WorkerError, WorkerErrorCode, WorkerResult } from './worker-bridge';

/**
 * Vite emits the worker as its own file only for this exact shape (`new Worker(new URL(…))`,
 * literal options), and then precaches it with the rest of the build. If it were bundled into
 * the page instead, core.worker.ts throws at once (its guard), and the caller gets
 * `worker-crashed` rather than a page that silently does the work on the main thread.
 */
function createCoreWorker(): WorkerLike {
  return new Worker(new URL('./core.worker.ts', import.meta.url), { type: 'module', name: 'boxpilot-core' });
}

const bridge = new WorkerBridge(createCoreWorker);

/**
 * The core's heavy functions in the worker, typed from CoreApi: the same arguments, then the
 * call's options (`signal`: aborting terminates the worker; `onProgress`; `transfer`: buffers
 * handed over, e.g. a file's bytes to readDeviceFile, unusable here afterwards). Every call
 * answers `{ ok: true, value }` or `{ ok: false, error: { code } }` (WorkerErrorCode), never throws.
 */
export const coreWorker = remote<CoreApi>(bridge, CORE_METHODS);
