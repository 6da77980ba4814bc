// One tab runs the registration jobs: the Web Locks API hands the lock to one tab at a time and
// to the next when that tab closes. Without it (old browsers, node specs) this tab runs them.

export interface LocksLike {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
}

export function runExclusively(locks: LocksLike | undefined, name: string, work: () => Promise<void>): Promise<unknown> {
  const manager = locks ?? (typeof navigator !== 'undefined' ? (navigator as { locks?: LocksLike }).locks : undefined);
  const guarded = () => work().catch((e: unknown) => console.error(e));
  return manager ? manager.request(name, guarded).catch((e: unknown) => console.error(e)) : guarded();
}

/** Resolves after `ms`, or sooner when `woken` settles. */
export function sleepUnlessWoken(ms: number, woken: Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void woken.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
