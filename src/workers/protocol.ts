// Messages between the page and a worker: one request per call, any number of progress
// replies, then one result or error. Errors travel as codes (worker-bridge.ts WorkerErrorCode),
// never as sentences: the page translates them.
export interface WorkerRequest {
  id: number;
  method: string;
  args: unknown[];
}

/** What the worker itself can answer when a call fails inside it. */
export type WorkerReplyErrorCode = 'failed' | 'unknown-method';

export type WorkerReply =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'result'; value: unknown }
  /** `detail`: the exception's text, for the console and bug reports only (English, never shown). */
  | { id: number; type: 'error'; code: WorkerReplyErrorCode; detail?: string };
