export interface Announcement {
  id: number;
  text: string;
  /** An optional action offered with the message, e.g. Undo after a delete. */
  action?: { label: string; run: () => void | Promise<void> };
  tone: 'info' | 'error';
}

// How long a message with an action stays on screen (long enough to reach for Undo).
const ACTION_MS = 8000;
const PLAIN_MS = 4000;

/**
 * The one place results are announced: shown as a toast and read out by screen readers
 * through a single aria-live region (several live regions compete and get dropped).
 */
class Announcer {
  #current = $state.raw<Announcement>();
  #next = 1;
  #timer: ReturnType<typeof setTimeout> | undefined;

  get current(): Announcement | undefined {
    return this.#current;
  }

  say(text: string, options: { action?: Announcement['action']; tone?: Announcement['tone'] } = {}): void {
    clearTimeout(this.#timer);
    const announcement: Announcement = { id: this.#next++, text, tone: options.tone ?? 'info' };
    if (options.action) announcement.action = options.action;
    this.#current = announcement;
    // Errors stay until dismissed: they say what to do, and the user may need time to do it.
    if (announcement.tone === 'info') {
      this.#timer = setTimeout(() => this.dismiss(announcement.id), options.action ? ACTION_MS : PLAIN_MS);
    }
  }

  dismiss(id?: number): void {
    if (id === undefined || this.#current?.id === id) this.#current = undefined;
  }
}

export const announcer = new Announcer();
