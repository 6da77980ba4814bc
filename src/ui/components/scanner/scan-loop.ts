// The camera loop: on each new video frame (one decode in flight at a time, frames that arrive
// meanwhile are skipped, so the worker never queues stale pictures) the aiming area is grabbed,
// decoded, and the codes not already seen in this sighting are handed on. Inversion alternates
// frame by frame: zxing does not read white-on-black 1D codes from camera frames by itself
// (toolchain-notes.md), and a label is in view for many frames. A watchdog notices a frozen video.
import { StallWatchdog, type FrameRegion } from '../../../adapters/camera';
import { RecentReads } from './recent-reads';

/** What the loop needs of a decoded code and of the decoder (the scanner adapter's shapes). */
export interface LoopCode {
  text: string;
  symbology: string;
  aim?: string;
  box?: { x: number; y: number; width: number; height: number };
}
export type LoopDecodeResult = { ok: true; codes: LoopCode[]; ms: number } | { ok: false; error: { code: string } };
export interface LoopDecoder {
  decode(frame: ImageData, options?: { invert?: boolean }): Promise<LoopDecodeResult>;
}

export interface VideoLike {
  readonly videoWidth: number;
  readonly videoHeight: number;
  readonly currentTime: number;
  requestVideoFrameCallback?(callback: (now: number, metadata: { presentedFrames: number }) => void): number;
  cancelVideoFrameCallback?(handle: number): void;
}

export interface LoopOptions<V extends VideoLike> {
  video: V;
  decoder: LoopDecoder;
  grab(video: V, region?: FrameRegion): ImageData | undefined;
  region?: FrameRegion;
  /** New codes of one frame, top to bottom. The loop waits for it before the next decode. */
  onCodes(codes: LoopCode[]): Promise<void> | void;
  /** The video froze for `stallMs`. */
  onStall(): void;
  /** A decoder failure other than "busy"/"aborted" (the worker died …). */
  onDecodeError(code: string): void;
  /** The first frame that was decoded (for "camera started" measures). */
  onFirstFrame?(): void;
  holdMs?: number;
  stallMs?: number;
  now?: () => number;
}

export class ScanLoop<V extends VideoLike> {
  readonly #o: LoopOptions<V>;
  readonly #reads: RecentReads;
  readonly #dog: StallWatchdog;
  readonly #now: () => number;
  #running = false;
  #paused = false;
  #busy = false;
  #frames = 0;
  #decoded = 0;
  #handle: number | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(options: LoopOptions<V>) {
    this.#o = options;
    this.#now = options.now ?? (() => performance.now());
    this.#reads = new RecentReads(options.holdMs ?? 3000);
    this.#dog = new StallWatchdog(options.stallMs ?? 4000, this.#now());
  }

  get paused(): boolean {
    return this.#paused;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#dog.reset(this.#now());
    this.#schedule();
    this.#timer = setInterval(() => this.#checkStall(), 1000);
  }

  stop(): void {
    this.#running = false;
    clearInterval(this.#timer);
    if (this.#handle !== undefined) this.#o.video.cancelVideoFrameCallback?.(this.#handle);
    if (this.#handle !== undefined && !this.#o.video.requestVideoFrameCallback) cancelAnimationFrame(this.#handle);
    this.#handle = undefined;
  }

  pause(paused: boolean): void {
    this.#paused = paused;
    this.#dog.reset(this.#now());
    // A label still in view after Resume counts as a new sighting only after the hold time.
  }

  /** One frame's work; public for tests that drive the loop frame by frame. */
  async tick(frame: number): Promise<void> {
    this.#dog.seen(frame, this.#now());
    if (this.#busy || this.#paused || !this.#running) return;
    const image = this.#o.grab(this.#o.video, this.#o.region);
    if (!image) return;
    this.#busy = true;
    try {
      const result = await this.#o.decoder.decode(image, { invert: this.#decoded++ % 2 === 1 });
      if (this.#decoded === 1) this.#o.onFirstFrame?.();
      if (!result.ok) {
        if (result.error.code !== 'busy' && result.error.code !== 'aborted') this.#o.onDecodeError(result.error.code);
        return;
      }
      const now = this.#now();
      const fresh = result.codes.filter((c) => this.#reads.fresh(c.text, now));
      if (fresh.length > 0 && this.#running) await this.#o.onCodes(byPosition(fresh));
    } finally {
      this.#busy = false;
    }
  }

  #schedule(): void {
    if (!this.#running) return;
    const video = this.#o.video;
    if (video.requestVideoFrameCallback) {
      this.#handle = video.requestVideoFrameCallback((_, meta) => {
        void this.tick(meta.presentedFrames);
        this.#schedule();
      });
    } else {
      this.#handle = requestAnimationFrame(() => {
        void this.tick(Math.round(video.currentTime * 1000));
        this.#schedule();
      });
    }
  }

  #checkStall(): void {
    if (!this.#running || this.#paused) return;
    if (this.#dog.stalled(this.#now())) {
      this.#dog.reset(this.#now());
      this.#o.onStall();
    }
  }
}

/** Top to bottom, then left to right: the order a person reads the label in. */
function byPosition(codes: LoopCode[]): LoopCode[] {
  return [...codes].sort((a, b) => (a.box && b.box ? a.box.y - b.box.y || a.box.x - b.box.x : 0));
}
