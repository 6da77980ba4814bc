// A camera can stop delivering frames without any error (a USB camera unplugged mid-stream, a
// driver that hangs, a tablet that slept): the picture freezes and nothing is read. The loop
// reports each frame it sees; the watchdog says when none has arrived for too long.

export class StallWatchdog {
  readonly #timeoutMs: number;
  #lastFrame: number | undefined;
  #lastProgressAt: number;

  constructor(timeoutMs: number, now: number) {
    this.#timeoutMs = timeoutMs;
    this.#lastProgressAt = now;
  }

  /** A frame counter or media time from the video; progress only when it changed. */
  seen(frame: number, now: number): void {
    if (frame !== this.#lastFrame) {
      this.#lastFrame = frame;
      this.#lastProgressAt = now;
    }
  }

  /** Paused scanning or a restarted camera: the clock starts again. */
  reset(now: number): void {
    this.#lastFrame = undefined;
    this.#lastProgressAt = now;
  }

  stalled(now: number): boolean {
    return now - this.#lastProgressAt > this.#timeoutMs;
  }
}
