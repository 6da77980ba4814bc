// Work in progress that a reload would lose or break: an import (from choosing a file until its
// devices are stored or it is closed), an export being written, a restore, a registration. An
// update never reloads the page while any of it runs (pwa.svelte.ts waits for `idle`), so the
// prompt's "your work is saved" stays true.

export type WorkKind = 'import' | 'export' | 'restore' | 'registration';

class BusyRegistry {
  #work = $state<{ id: number; kind: WorkKind }[]>([]);
  #next = 1;
  #waiters: (() => void)[] = [];

  /** Marks work as running; call the returned function once when it is done (twice is harmless). */
  begin(kind: WorkKind): () => void {
    const id = this.#next++;
    this.#work = [...this.#work, { id, kind }];
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.#work = this.#work.filter((w) => w.id !== id);
      if (this.#work.length === 0) for (const wake of this.#waiters.splice(0)) wake();
    };
  }

  get idle(): boolean {
    return this.#work.length === 0;
  }

  /** The kind of the oldest running work, for "updates when the import is finished". */
  get current(): WorkKind | undefined {
    return this.#work[0]?.kind;
  }

  /** Resolves when nothing is running (at once if nothing is). */
  whenIdle(): Promise<void> {
    if (this.#work.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }
}

export const busy = new BusyRegistry();
