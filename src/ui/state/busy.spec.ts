import { describe, expect, it } from 'vitest';
import { busy } from './busy.svelte';

describe('busy registry', () => {
  it('is idle until work begins, and wakes waiters when the last work ends', async () => {
    expect(busy.idle).toBe(true);
    await busy.whenIdle();
    const endImport = busy.begin('import');
    const endExport = busy.begin('export');
    expect(busy.idle).toBe(false);
    expect(busy.current).toBe('import');
    let woke = false;
    const waiting = busy.whenIdle().then(() => (woke = true));
    endImport();
    endImport(); // twice is harmless
    await Promise.resolve();
    expect(woke).toBe(false);
    expect(busy.current).toBe('export');
    endExport();
    await waiting;
    expect(woke).toBe(true);
    expect(busy.idle).toBe(true);
  });
});
