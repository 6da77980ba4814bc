// A small bridge to one module worker (Squoosh's worker-bridge model): calls go through a queue,
// one at a time; each takes an AbortSignal, and aborting the running call terminates the worker
// (the next call starts a fresh one); the worker starts on the first call and stops after
// IDLE_MS without work, so an idle page holds no thread and no memory. Every call answers a value,
// never a rejection: `{ ok: true, value }` or `{ ok: false, error: { code } }`, which the UI
// translates (src/ui/i18n/worker-errors.ts). `remote()` derives the page's typed calls from the
// worker's API and its method list.
import type { WorkerReply, WorkerReplyErrorCode, WorkerRequest } from './protocol';

/**
 * Why a call gave no result. `aborted`: its AbortSignal fired (the user's own doing).
 * `unavailable`: no worker could be started (no Worker support, the script is missing or
 * refused). `worker-crashed`: the worker died or threw outside a call. `failed`: the call threw
 * inside the worker (a bug). `unknown-method`: the worker has no such method (page and worker
 * from different builds).
 */
export type WorkerErrorCode = 'aborted' | 'unavailable' | 'worker-crashed' | WorkerReplyErrorCode;

export interface WorkerError {
  code: WorkerErrorCode;
  /** English text from the runtime, for the console only: the UI words the code. */
  detail?: string;
}

export type WorkerResult<T> = { ok: true; value: T } | { ok: false; error: WorkerError };

export const IDLE_MS = 10_000;

/** The part of `Worker` the bridge uses, so specs can hand it a fake. */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror?: ((event: MessageEvent) => void) | null;
}

export interface CallOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  /** Buffers handed over to the worker instead of copied (they become unusable here). */
  transfer?: Transferable[];
}

const fail = (code: WorkerErrorCode, detail?: string): WorkerResult<never> => ({
  ok: false,
  error: detail ? { code, detail } : { code },
});

const onAbort = (signal: AbortSignal): Promise<WorkerResult<never>> =>
  new Promise((resolve) => signal.addEventListener('abort', () => resolve(fail('aborted')), { once: true }));

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

  call<T>(method: string, args: unknown[], options: CallOptions = {}): Promise<WorkerResult<T>> {
    this.#pending++;
    clearTimeout(this.#idle);
    const run = this.#queue.then(() => this.#run<T>(method, args, options));
    const settle = (): void => {
      if (--this.#pending === 0) this.#idle = setTimeout(() => this.terminate(), IDLE_MS);
    };
    this.#queue = run.then(settle, settle);
    // A call aborted while still waiting its turn answers at once (and is skipped when its turn comes).
    return options.signal ? Promise.race([run, onAbort(options.signal)]) : run;
  }

  terminate(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  /** The running worker, or a new one; `unavailable` when none can be created. */
  #start(): { worker: WorkerLike } | { failed: WorkerResult<never> } {
    try {
      return { worker: (this.#worker ??= this.#create()) };
    } catch (e) {
      return { failed: fail('unavailable', e instanceof Error ? e.message : String(e)) };
    }
  }

  #run<T>(method: string, args: unknown[], { signal, onProgress, transfer = [] }: CallOptions): Promise<WorkerResult<T>> {
    if (signal?.aborted) return Promise.resolve(fail('aborted'));
    const started = this.#start();
    if ('failed' in started) return Promise.resolve(started.failed);
    const { worker } = started;
    const id = this.#nextId++;
    return new Promise<WorkerResult<T>>((resolve) => {
      const done = (result: WorkerResult<T>): void => {
        signal?.removeEventListener('abort', aborted);
        worker.onmessage = null;
        worker.onerror = null;
        worker.onmessageerror = null;
        resolve(result);
      };
      const aborted = (): void => {
        this.terminate(); // the only way to stop synchronous work in the worker
        done(fail('aborted'));
      };
      signal?.addEventListener('abort', aborted, { once: true });
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.type === 'progress') return onProgress?.(reply.fraction);
        if (reply.type === 'result') return done({ ok: true, value: reply.value as T });
        done(fail(reply.code, reply.detail));
      };
      // A worker that cannot load (missing script, syntax error, its guard) or throws outside a
      // call: it is gone, and the next call starts a fresh one.
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault?.();
        this.terminate();
        done(fail('worker-crashed', event.message || undefined));
      };
      worker.onmessageerror = () => {
        this.terminate();
        done(fail('worker-crashed', 'a reply could not be read'));
      };
      try {
        worker.postMessage({ id, method, args } satisfies WorkerRequest, transfer);
      } catch (e) {
        // Arguments that cannot be cloned (a reactive proxy, a function): a bug on the page.
        done(fail('failed', e instanceof Error ? e.message : String(e)));
      }
    });
  }
}

type Method = (...args: never[]) => unknown;

/** The page's side of a worker API: each method takes the same arguments plus the call's options. */
export type Remote<Api> = {
  [K in keyof Api]: Api[K] extends (...args: infer A) => infer R
    ? (...args: [...A, options?: CallOptions]) => Promise<WorkerResult<Awaited<R>>>
    : never;
};

/**
 * The worker's method list: each method's number of arguments, checked against the API's type
 * (a missing method or a wrong count does not compile), so the page knows where the API's
 * arguments end and the call's options begin.
 */
export type MethodList<Api> = { [K in keyof Api]: Api[K] extends (...args: infer A) => unknown ? A['length'] : never };

/**
 * Typed calls derived from the worker's API (`Api`, what the worker implements) and its method
 * list: a method the worker lacks, a wrong argument or a wrong result type is a type error.
 */
export function remote<Api extends { [K in keyof Api]: Method }>(bridge: WorkerBridge, methods: MethodList<Api>): Remote<Api> {
  const calls: Record<string, (...args: unknown[]) => Promise<WorkerResult<unknown>>> = {};
  for (const [method, arity] of Object.entries(methods) as [string, number][]) {
    calls[method] = (...args: unknown[]) => bridge.call(method, args.slice(0, arity), (args[arity] as CallOptions | undefined) ?? {});
  }
  return calls as unknown as Remote<Api>;
}
