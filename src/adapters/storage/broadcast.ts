// Tabs tell each other what changed over one BroadcastChannel, with small messages that say
// what to re-read, never the data itself (the data is in IndexedDB, which every tab shares).
// Messages carry the database name, so tests (and any second database) do not hear each other.
import type { ChangeMessage } from './types';

export type ChangeListener = (message: ChangeMessage) => void;

interface Envelope {
  db: string;
  message: ChangeMessage;
}

const TYPES = new Set(['lists-changed', 'devices-changed', 'settings-changed', 'reload-required']);

function isEnvelope(data: unknown, db: string): data is Envelope {
  if (!data || typeof data !== 'object') return false;
  const e = data as Partial<Envelope>;
  return e.db === db && !!e.message && typeof e.message === 'object' && TYPES.has(e.message.type);
}

export class ChangeBus {
  readonly #db: string;
  readonly #listeners = new Set<ChangeListener>();
  readonly #channel: BroadcastChannel | undefined;

  constructor(db: string, channelName: string) {
    this.#db = db;
    // Absent in very old browsers and some test environments: the app still works, one tab at a time.
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(channelName);
      this.#channel.onmessage = (event: MessageEvent) => {
        if (isEnvelope(event.data, this.#db)) this.emitLocal(event.data.message);
      };
    }
  }

  /** Tells the other tabs. This tab's own listeners are not called: it already knows. */
  post(messages: readonly ChangeMessage[]): void {
    for (const message of dedupe(messages)) this.#channel?.postMessage({ db: this.#db, message } satisfies Envelope);
  }

  /** Calls this tab's listeners (for events that start here, such as reload-required). */
  emitLocal(message: ChangeMessage): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(message);
      } catch (e) {
        // One broken listener must not stop the others from hearing about the change.
        console.error(e);
      }
    }
  }

  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): void {
    this.#listeners.clear();
    this.#channel?.close();
  }
}

function dedupe(messages: readonly ChangeMessage[]): ChangeMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = JSON.stringify(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
