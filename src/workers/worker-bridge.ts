// A small bridge to one module worker (Squoosh's worker-bridge model): calls go through a queue,
// one at a time; each takes an AbortSignal, and aborting the running call terminates the worker
// (the next call starts a fresh one); the worker starts on the first call and stops after
// IDLE_MS without work, so an idle page holds no thread and no memory.
import type { WorkerReply, WorkerRequest } from './protocol';

export const IDLE_MS = 10_000;

/** The part of `Worker` the bridge uses, so specs can hand it a fake. */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface CallOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  /** Buffers handed over to the worker instead of copied (they become unusable here). */
  transfer?: Transferable[];
}

const abortError = (): DOMException => new DOMException('The operation was aborted.', 'AbortError');

const rejectOnAbort = (signal: AbortSignal): Promise<never> =>
  new Promise((_, reject) => signal.addEventListener('abort', () => reject(abortError()), { once: true }));

export class WorkerBridge {
  #create: () => WorkerLike;
  #worker: WorkerLike | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #idle: ReturnType<typeof setTimeout> | undefined;
  #pending = 0;
  #nextId = 1;

  constructor(create: () => WorkerLike) {
    this.#create = create;
  }

  /** Whether a worker thread is running now (for specs and the idle rule). */
  get running(): boolean {
    return this.#worker !== undefined;
  }

  call<T>(method: string, args: unknown[], options: CallOptions = {}): Promise<T> {
    this.#pending++;
    clearTimeout(this.#idle);
    const run = this.#queue.then(() => this.#run<T>(method, args, options));
    const settle = (): void => {
      if (--this.#pending === 0) this.#idle = setTimeout(() => this.terminate(), IDLE_MS);
    };
    this.#queue = run.then(settle, settle);
    // A call aborted while still waiting its turn fails at once (and is skipped when its turn comes).
    return options.signal ? Promise.race([run, rejectOnAbort(options.signal)]) : run;
  }

  terminate(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  #run<T>(method: string, args: unknown[], { signal, onProgress, transfer = [] }: CallOptions): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError());
    const worker = (this.#worker ??= this.#create());
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      const done = (): void => {
        signal?.removeEventListener('abort', onAbort);
        worker.onmessage = null;
        worker.onerror = null;
      };
      const onAbort = (): void => {
        done();
        this.terminate(); // the only way to stop synchronous work in the worker
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.type === 'progress') return onProgress?.(reply.fraction);
        done();
        if (reply.type === 'result') resolve(reply.value as T);
        else reject(new Error(reply.message));
      };
      worker.onerror = (event: ErrorEvent) => {
        done();
        this.terminate();
        reject(new Error(event.message || 'The background worker failed.'));
      };
      worker.postMessage({ id, method, args } satisfies WorkerRequest, transfer);
    });
  }
}
