// A handheld (keyboard-wedge) scanner types a whole code in a few milliseconds and ends it with
// Enter or Tab; a person types a key every 100 ms or more. This collects keystrokes that arrive
// outside any text field and says, at Enter or Tab, whether they were one scan. The speed rule
// is the "Add identifier" field's own (add-identifier-input.ts), so both agree on what a scan is.
import { isScannerSpeed } from '../add-identifier-input';

/** A longer pause between two keys starts over: what came before was not this scan. */
export const MAX_KEY_GAP_MS = 100;

export class BurstCollector {
  #text = '';
  #startedAt = 0;
  #lastAt = 0;

  /** A printable character. True when it continues a burst (the page should not act on it). */
  char(key: string, now: number): boolean {
    const continues = this.#text !== '' && now - this.#lastAt <= MAX_KEY_GAP_MS;
    if (!continues) {
      this.#text = '';
      this.#startedAt = now;
    }
    this.#text += key;
    this.#lastAt = now;
    return continues;
  }

  /** Enter or Tab: the scanned text when the keys came at scanner speed, else undefined. */
  end(now: number): string | undefined {
    const text = this.#text;
    const fresh = now - this.#lastAt <= MAX_KEY_GAP_MS;
    const scan = fresh && isScannerSpeed(text, this.#startedAt, now) ? text : undefined;
    this.reset();
    return scan;
  }

  /** True while keys are arriving at scanner speed (the next Enter will likely end a scan). */
  inBurst(now: number): boolean {
    return this.#text.length >= 2 && now - this.#lastAt <= MAX_KEY_GAP_MS;
  }

  reset(): void {
    this.#text = '';
    this.#startedAt = 0;
    this.#lastAt = 0;
  }
}
