// The camera reads the label in view up to 30 times a second. A code read again while it stays
// in view is the same sighting, not a new scan: the box would otherwise answer "already on this
// box" over and over. A code counts again only after it was out of view for `holdMs`.

export class RecentReads {
  readonly #holdMs: number;
  readonly #lastSeen = new Map<string, number>();

  constructor(holdMs: number) {
    this.#holdMs = holdMs;
  }

  /** True for a code not seen in the last `holdMs`; every sighting renews the hold. */
  fresh(text: string, now: number): boolean {
    const last = this.#lastSeen.get(text);
    this.#lastSeen.set(text, now);
    if (this.#lastSeen.size > 64) this.#prune(now);
    return last === undefined || now - last > this.#holdMs;
  }

  clear(): void {
    this.#lastSeen.clear();
  }

  #prune(now: number): void {
    for (const [text, at] of this.#lastSeen) if (now - at > this.#holdMs) this.#lastSeen.delete(text);
  }
}
