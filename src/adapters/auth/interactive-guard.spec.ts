import { describe, expect, it } from 'vitest';
import { GUARD_MS, createInteractiveGuard } from './interactive-guard';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('interactive guard', () => {
  it('allows one automatic redirect, then refuses another until the time has passed', () => {
    let now = 1_000_000;
    const storage = memoryStorage();
    const guard = createInteractiveGuard(storage, () => now);
    expect(guard.allows('token')).toBe(true);
    guard.record('token');
    // The page comes back from Microsoft: a new guard over the same sessionStorage.
    const after = createInteractiveGuard(storage, () => now);
    expect(after.allows('token')).toBe(false);
    expect(after.allows('mfa')).toBe(false);
    now += GUARD_MS + 1;
    expect(after.allows('token')).toBe(true);
  });

  it('after an explicit sign-in, one MFA step-up may still follow, but not a second', () => {
    const now = 5_000;
    const guard = createInteractiveGuard(memoryStorage(), () => now);
    guard.record('sign-in');
    expect(guard.allows('token')).toBe(false);
    expect(guard.allows('mfa')).toBe(true);
    guard.record('mfa');
    expect(guard.allows('mfa')).toBe(false);
  });

  it('works without storage and ignores garbage in it', () => {
    const guard = createInteractiveGuard(undefined, () => 10);
    guard.record('mfa');
    expect(guard.allows('mfa')).toBe(false);
    const broken = createInteractiveGuard({ getItem: () => '{not json', setItem: () => { throw new Error('quota'); } }, () => 10);
    expect(broken.allows('token')).toBe(true);
    broken.record('token');
    expect(broken.allows('token')).toBe(false);
  });
});
