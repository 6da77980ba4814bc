// The page's side of the decoder worker. Frames are latest-wins: one in flight, at most one
// waiting, and a newer frame replaces the waiting one (which answers 'busy'), so a slow decode
// never builds a queue of stale frames. This is deliberately not src/workers' first-in
// first-out bridge, which suits file reads, where every call must be answered in order.
import { isValidFrame } from './frame-prep';
import type { DecoderReply, DecoderRequest, WarmSettings } from './protocol';
import type { DecodeErrorCode, DecodeOptions, DecodeResult, DecoderKind, Frame, FrameDecoder } from './types';

/** The part of `Worker` the bridge uses, so specs can hand it a fake. */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

type Resolve = (result: DecodeResult) => void;

interface Waiting {
  frame: Frame;
  options: DecodeOptions;
  resolve: Resolve;
}

const failure = (code: DecodeErrorCode): DecodeResult => ({ ok: false, error: { code } });

export class FrameBridge implements FrameDecoder {
  #create: () => WorkerLike;
  #settings: WarmSettings;
  #worker: WorkerLike | undefined;
  #kind: DecoderKind;
  #nextId = 1;
  /** Requests sent and not answered yet: at most one decode, plus any warm calls. */
  #sent = new Map<number, { resolve: Resolve; isFrame: boolean }>();
  #waiting: Waiting | undefined;

  constructor(create: () => WorkerLike, settings: WarmSettings) {
    this.#create = create;
    this.#settings = settings;
    this.#kind = settings.prefer;
  }

  get kind(): DecoderKind {
    return this.#kind;
  }

  /** Whether a worker thread is running now. */
  get running(): boolean {
    return this.#worker !== undefined;
  }

  warm(): Promise<DecodeResult> {
    return new Promise((resolve) => this.#send({ type: 'warm', id: this.#nextId++, settings: this.#settings }, [], resolve, false));
  }

  decode(frame: Frame, options: DecodeOptions = {}): Promise<DecodeResult> {
    if (!isValidFrame(frame)) return Promise.resolve(failure('bad-frame'));
    return new Promise((resolve) => {
      if (!this.#frameInFlight()) {
        this.#sendFrame({ frame, options, resolve });
        return;
      }
      this.#waiting?.resolve(failure('busy'));
      this.#waiting = { frame, options, resolve };
    });
  }

  close(): void {
    this.#stop('aborted');
  }

  #frameInFlight(): boolean {
    for (const s of this.#sent.values()) if (s.isFrame) return true;
    return false;
  }

  #sendFrame({ frame, options, resolve }: Waiting): void {
    const { width, height, data } = frame;
    const request: DecoderRequest = { type: 'decode', id: this.#nextId++, width, height, data, options };
    this.#send(request, [data.buffer], resolve, true);
  }

  #send(request: DecoderRequest, transfer: Transferable[], resolve: Resolve, isFrame: boolean): void {
    let worker: WorkerLike;
    try {
      worker = this.#worker ?? this.#start();
    } catch {
      resolve(failure('worker-failed'));
      return;
    }
    this.#sent.set(request.id, { resolve, isFrame });
    try {
      worker.postMessage(request, transfer);
    } catch {
      // A detached buffer (the caller reused a transferred frame) cannot be sent.
      this.#sent.delete(request.id);
      resolve(failure(isFrame ? 'bad-frame' : 'worker-failed'));
      if (isFrame) this.#next();
    }
  }

  #start(): WorkerLike {
    const worker = this.#create();
    worker.onmessage = (event: MessageEvent<DecoderReply>) => this.#answer(event.data);
    // A worker that fails to load its script or crashes: everything pending fails, the next call starts a new one.
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.#stop('worker-failed');
    };
    this.#worker = worker;
    return worker;
  }

  #answer(reply: DecoderReply): void {
    const sent = this.#sent.get(reply.id);
    if (!sent) return;
    this.#sent.delete(reply.id);
    if (reply.kind) this.#kind = reply.kind;
    sent.resolve(reply.result);
    if (sent.isFrame) this.#next();
  }

  #next(): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting) this.#sendFrame(waiting);
  }

  #stop(code: DecodeErrorCode): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    const pending = [...this.#sent.values()].map((s) => s.resolve);
    this.#sent.clear();
    const waiting = this.#waiting;
    this.#waiting = undefined;
    for (const resolve of pending) resolve(failure(code));
    waiting?.resolve(failure(code));
  }
}
