import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_MS, remote, WorkerBridge, type MethodList, type WorkerLike } from './worker-bridge';
import type { WorkerReply, WorkerRequest } from './protocol';

/** A fake worker that answers each request when the test says so. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: WorkerRequest[] = [];
  transfers: Transferable[][] = [];
  terminated = false;
  postMessage(message: unknown, transfer: Transferable[]): void {
    this.requests.push(message as WorkerRequest);
    this.transfers.push(transfer);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(reply: WorkerReply): void {
    this.onmessage?.({ data: reply } as MessageEvent);
  }
}

const flush = () => new Promise<void>((r) => queueMicrotask(r)).then(() => Promise.resolve());

describe('WorkerBridge', () => {
  let workers: FakeWorker[];
  let bridge: WorkerBridge;
  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
    bridge = new WorkerBridge(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
  });
  afterEach(() => vi.useRealTimers());

  it('starts no worker until the first call', () => {
    expect(workers).toHaveLength(0);
    expect(bridge.running).toBe(false);
  });

  it('runs calls one at a time in order, passing transfers and progress', async () => {
    const progress: number[] = [];
    const buffer = new ArrayBuffer(8);
    const first = bridge.call<string>('read', [buffer], { transfer: [buffer], onProgress: (f) => progress.push(f) });
    const second = bridge.call<number>('validate', [1]);
    await flush();
    expect(workers).toHaveLength(1);
    const w = workers[0]!;
    expect(w.requests.map((r) => r.method)).toEqual(['read']); // the second waits its turn
    expect(w.transfers[0]).toEqual([buffer]);
    const id = w.requests[0]!.id;
    w.reply({ id, type: 'progress', fraction: 0.5 });
    w.reply({ id: id + 99, type: 'result', value: 'not mine' }); // ignored
    w.reply({ id, type: 'result', value: 'rows' });
    await expect(first).resolves.toEqual({ ok: true, value: 'rows' });
    expect(progress).toEqual([0.5]);
    await flush();
    expect(w.requests.map((r) => r.method)).toEqual(['read', 'validate']);
    w.reply({ id: w.requests[1]!.id, type: 'result', value: 7 });
    await expect(second).resolves.toEqual({ ok: true, value: 7 });
    expect(workers).toHaveLength(1); // the same worker served both
  });

  it('answers the worker’s failure as a value with its code, never a rejection', async () => {
    const call = bridge.call('x', []);
    await flush();
    workers[0]!.reply({ id: workers[0]!.requests[0]!.id, type: 'error', code: 'unknown-method', detail: 'x' });
    await expect(call).resolves.toEqual({ ok: false, error: { code: 'unknown-method', detail: 'x' } });
    const thrown = bridge.call('y', []);
    await flush();
    workers[0]!.reply({ id: workers[0]!.requests[1]!.id, type: 'error', code: 'failed', detail: 'TypeError: boom' });
    await expect(thrown).resolves.toEqual({ ok: false, error: { code: 'failed', detail: 'TypeError: boom' } });
  });

  it('a worker that cannot be created answers unavailable; the next call tries again', async () => {
    let attempts = 0;
    const broken = new WorkerBridge(() => {
      attempts++;
      throw new DOMException('Worker is not defined', 'ReferenceError');
    });
    await expect(broken.call('x', [])).resolves.toEqual({ ok: false, error: { code: 'unavailable', detail: 'Worker is not defined' } });
    await expect(broken.call('x', [])).resolves.toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(attempts).toBe(2);
    expect(broken.running).toBe(false);
  });

  it('arguments that cannot be sent answer failed, and the queue goes on', async () => {
    const warm = bridge.call('x', []);
    await flush();
    const w = workers[0]!;
    w.reply({ id: w.requests[0]!.id, type: 'result', value: 1 });
    await warm;
    const send = w.postMessage.bind(w);
    w.postMessage = () => {
      throw new DOMException('could not be cloned', 'DataCloneError');
    };
    await expect(bridge.call('x', [() => 1])).resolves.toEqual({ ok: false, error: { code: 'failed', detail: 'could not be cloned' } });
    w.postMessage = send;
    const next = bridge.call<number>('y', []);
    await flush();
    w.reply({ id: w.requests.at(-1)!.id, type: 'result', value: 2 });
    await expect(next).resolves.toEqual({ ok: true, value: 2 });
  });

  it('aborting the running call terminates the worker; the next call gets a fresh one', async () => {
    const controller = new AbortController();
    const call = bridge.call('read', [], { signal: controller.signal });
    await flush();
    controller.abort();
    await expect(call).resolves.toEqual({ ok: false, error: { code: 'aborted' } });
    expect(workers[0]!.terminated).toBe(true);
    expect(bridge.running).toBe(false);
    const next = bridge.call<string>('read', []);
    await flush();
    expect(workers).toHaveLength(2);
    workers[1]!.reply({ id: workers[1]!.requests[0]!.id, type: 'result', value: 'ok' });
    await expect(next).resolves.toEqual({ ok: true, value: 'ok' });
  });

  it('a call aborted while queued fails at once and never reaches the worker', async () => {
    const first = bridge.call<string>('slow', []);
    const controller = new AbortController();
    const queued = bridge.call('queued', [], { signal: controller.signal });
    controller.abort();
    await expect(queued).resolves.toEqual({ ok: false, error: { code: 'aborted' } });
    await flush();
    const w = workers[0]!;
    w.reply({ id: w.requests[0]!.id, type: 'result', value: 'done' });
    await expect(first).resolves.toEqual({ ok: true, value: 'done' });
    await flush();
    expect(w.requests.map((r) => r.method)).toEqual(['slow']);
    expect(w.terminated).toBe(false);
  });

  it('an already aborted signal never starts a worker', async () => {
    await expect(bridge.call('x', [], { signal: AbortSignal.abort() })).resolves.toEqual({ ok: false, error: { code: 'aborted' } });
    expect(workers).toHaveLength(0);
  });

  it('stops the worker after 10 s idle, not while calls are pending', async () => {
    const call = bridge.call('x', []);
    await flush();
    vi.advanceTimersByTime(IDLE_MS * 2); // still busy: kept
    expect(workers[0]!.terminated).toBe(false);
    workers[0]!.reply({ id: workers[0]!.requests[0]!.id, type: 'result', value: 1 });
    await call;
    await flush();
    vi.advanceTimersByTime(IDLE_MS - 1);
    expect(workers[0]!.terminated).toBe(false);
    // A new call within the idle time keeps the same worker and restarts the clock.
    const again = bridge.call('y', []);
    await flush();
    vi.advanceTimersByTime(5);
    expect(workers[0]!.terminated).toBe(false);
    workers[0]!.reply({ id: workers[0]!.requests[1]!.id, type: 'result', value: 2 });
    await again;
    await flush();
    vi.advanceTimersByTime(IDLE_MS);
    expect(workers[0]!.terminated).toBe(true);
    expect(bridge.running).toBe(false);
  });

  it('a crashed worker answers worker-crashed and is replaced on the next one', async () => {
    const call = bridge.call('x', []);
    await flush();
    workers[0]!.onerror?.({ message: 'boom' } as ErrorEvent);
    await expect(call).resolves.toEqual({ ok: false, error: { code: 'worker-crashed', detail: 'boom' } });
    expect(workers[0]!.terminated).toBe(true);
    void bridge.call('y', []);
    await flush();
    expect(workers).toHaveLength(2);
  });

  it('remote() derives typed calls from the method list: the API’s arguments, then the call’s options', async () => {
    interface Api {
      add(a: number, b: number): number;
      read(bytes: ArrayBuffer): Promise<string>;
    }
    const methods = { add: 2, read: 1 } as const satisfies MethodList<Api>;
    const api = remote<Api>(bridge, methods);
    const buffer = new ArrayBuffer(4);
    const progress: number[] = [];
    const read = api.read(buffer, { transfer: [buffer], onProgress: (f) => progress.push(f) });
    await flush();
    const w = workers[0]!;
    expect(w.requests[0]).toMatchObject({ method: 'read', args: [buffer] });
    expect(w.transfers[0]).toEqual([buffer]);
    w.reply({ id: w.requests[0]!.id, type: 'progress', fraction: 0.25 });
    w.reply({ id: w.requests[0]!.id, type: 'result', value: 'text' });
    const answer = await read;
    expect(answer).toEqual({ ok: true, value: 'text' });
    expect(progress).toEqual([0.25]);
    const sum = api.add(1, 2);
    await flush();
    expect(w.requests[1]).toMatchObject({ method: 'add', args: [1, 2] });
    w.reply({ id: w.requests[1]!.id, type: 'result', value: 3 });
    const r = await sum;
    if (r.ok) expect(r.value + 0).toBe(3); // typed: value is a number
    else expect.unreachable();
  });
});
