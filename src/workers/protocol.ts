// Messages between the page and a worker: one request per call, any number of progress
// replies, then one result or error.
export interface WorkerRequest {
  id: number;
  method: string;
  args: unknown[];
}

export type WorkerReply =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'result'; value: unknown }
  | { id: number; type: 'error'; message: string };
