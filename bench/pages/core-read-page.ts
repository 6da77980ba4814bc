// The page of the browser read bench: starts the worker the way the app does (a module worker
// emitted by the production build) and hands the bench's calls to it.
const worker = new Worker(new URL('./core-read.worker.ts', import.meta.url), { type: 'module', name: 'boxpilot-read-bench' });

let next = 1;
const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
worker.onmessage = (event: MessageEvent<{ id: number; value?: unknown; error?: string }>) => {
  const { id, value, error } = event.data;
  const call = waiting.get(id);
  waiting.delete(id);
  if (error !== undefined) call?.reject(new Error(error));
  else call?.resolve(value);
};

(window as unknown as { benchRead: (task: string, args: unknown) => Promise<unknown> }).benchRead = (task, args) =>
  new Promise((resolve, reject) => {
    const id = next++;
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, task, args });
  });
document.title = 'ready';
