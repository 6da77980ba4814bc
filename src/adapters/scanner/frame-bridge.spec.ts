import { describe, expect, it } from 'vitest';
import { FrameBridge, type WorkerLike } from './frame-bridge';
import type { DecoderReply, DecoderRequest } from './protocol';
import type { DecodeResult } from './types';

/** A worker that records what it is sent and answers only when the spec says so. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: Array<{ request: DecoderRequest; transfer: Transferable[] }> = [];
  terminated = false;
  postMessage(message: unknown, transfer: Transferable[]): void {
    this.sent.push({ request: message as DecoderRequest, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(id: number, result: DecodeResult = { ok: true, codes: [], ms: 1 }, kind: DecoderReply['kind'] = 'zxing-wasm'): void {
    this.onmessage?.({ data: { id, result, kind } } as MessageEvent);
  }
  decodes(): Array<Extract<DecoderRequest, { type: 'decode' }>> {
    return this.sent.map((s) => s.request).filter((r): r is Extract<DecoderRequest, { type: 'decode' }> => r.type === 'decode');
  }
}

const frame = (marker: number) => {
  const data = new Uint8ClampedArray(4 * 4 * 4);
  data[0] = marker;
  return { width: 4, height: 4, data };
};

function setup() {
  const workers: FakeWorker[] = [];
  const bridge = new FrameBridge(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    { prefer: 'zxing-wasm', fallback: true },
  );
  return { bridge, workers, worker: () => workers[workers.length - 1]! };
}

const settled = async <T>(p: Promise<T>): Promise<T | 'pending'> => Promise.race([p, new Promise<'pending'>((r) => setTimeout(() => r('pending'), 20))]);

describe('FrameBridge: latest wins', () => {
  it('sends the first frame at once, transferring its buffer', async () => {
    const { bridge, worker } = setup();
    const f = frame(1);
    const answer = bridge.decode(f, { invert: true });
    const [sent] = worker().sent;
    expect(sent?.request).toMatchObject({ type: 'decode', width: 4, height: 4, options: { invert: true } });
    expect(sent?.transfer).toEqual([f.data.buffer]);
    worker().reply(sent!.request.id, { ok: true, codes: [{ text: 'A', symbology: 'Code128' }], ms: 3 });
    expect(await answer).toEqual({ ok: true, codes: [{ text: 'A', symbology: 'Code128' }], ms: 3 });
  });

  it('keeps one frame in flight and one waiting; a newer frame replaces the waiting one, which answers busy', async () => {
    const { bridge, worker } = setup();
    const first = bridge.decode(frame(1));
    const second = bridge.decode(frame(2));
    const third = bridge.decode(frame(3));
    expect(await second).toEqual({ ok: false, error: { code: 'busy' } });
    expect(worker().decodes().map((r) => r.data[0])).toEqual([1]); // only the first went out
    expect(await settled(third)).toBe('pending');

    worker().reply(worker().decodes()[0]!.id);
    expect((await first).ok).toBe(true);
    // The newest waiting frame goes out as soon as the worker is free; the replaced one never does.
    expect(worker().decodes().map((r) => r.data[0])).toEqual([1, 3]);
    worker().reply(worker().decodes()[1]!.id);
    expect((await third).ok).toBe(true);
  });

  it('under a burst of 30 frames, only the first and the last are decoded', async () => {
    const { bridge, worker } = setup();
    const answers = Array.from({ length: 30 }, (_, i) => bridge.decode(frame(i)));
    worker().reply(worker().decodes()[0]!.id);
    worker().reply(worker().decodes()[1]!.id);
    const results = await Promise.all(answers);
    expect(worker().decodes().map((r) => r.data[0])).toEqual([0, 29]);
    expect(results.filter((r) => !r.ok && r.error.code === 'busy')).toHaveLength(28);
    expect(results[0]?.ok && results[29]?.ok).toBe(true);
  });

  it('close() terminates the worker; the frame in flight and the waiting one answer aborted; the next call starts a new worker', async () => {
    const { bridge, workers, worker } = setup();
    const first = bridge.decode(frame(1));
    const second = bridge.decode(frame(2));
    bridge.close();
    expect(await first).toEqual({ ok: false, error: { code: 'aborted' } });
    expect(await second).toEqual({ ok: false, error: { code: 'aborted' } });
    expect(workers[0]?.terminated).toBe(true);
    expect(bridge.running).toBe(false);
    const again = bridge.decode(frame(3));
    expect(workers).toHaveLength(2);
    worker().reply(worker().decodes()[0]!.id);
    expect((await again).ok).toBe(true);
  });

  it('a crashed worker fails everything pending with worker-failed, and is replaced on the next call', async () => {
    const { bridge, workers } = setup();
    const first = bridge.decode(frame(1));
    const second = bridge.decode(frame(2));
    workers[0]!.onerror?.({ preventDefault() {} } as ErrorEvent);
    expect(await first).toEqual({ ok: false, error: { code: 'worker-failed' } });
    expect(await second).toEqual({ ok: false, error: { code: 'worker-failed' } });
    void bridge.decode(frame(3));
    expect(workers).toHaveLength(2);
  });

  it('a worker that cannot be created answers worker-failed instead of throwing', async () => {
    const bridge = new FrameBridge(
      () => {
        throw new Error('Worker is not defined');
      },
      { prefer: 'zxing-wasm', fallback: true },
    );
    expect(await bridge.warm()).toEqual({ ok: false, error: { code: 'worker-failed' } });
    expect(await bridge.decode(frame(1))).toEqual({ ok: false, error: { code: 'worker-failed' } });
  });

  it('refuses a frame whose size does not match its pixels, without a round trip', async () => {
    const { bridge, workers } = setup();
    expect(await bridge.decode({ width: 5, height: 4, data: new Uint8ClampedArray(64) })).toEqual({ ok: false, error: { code: 'bad-frame' } });
    expect(workers).toHaveLength(0);
  });

  it('warm() reports the engine that loaded, which becomes the kind', async () => {
    const { bridge, worker } = setup();
    expect(bridge.kind).toBe('zxing-wasm');
    const warmed = bridge.warm();
    const request = worker().sent[0]!.request;
    expect(request).toMatchObject({ type: 'warm', settings: { prefer: 'zxing-wasm', fallback: true } });
    worker().reply(request.id, { ok: true, codes: [], ms: 40 }, 'zxing-js');
    expect(await warmed).toEqual({ ok: true, codes: [], ms: 40 });
    expect(bridge.kind).toBe('zxing-js');
  });

  it('a warm call does not count as the frame in flight', async () => {
    const { bridge, worker } = setup();
    void bridge.warm();
    void bridge.decode(frame(1));
    expect(worker().decodes()).toHaveLength(1);
  });
});
