import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, value, type TestStore } from './test-data';
import { requestPersistence, storageStatus, type StorageManagerLike } from './persistence';

let open: TestStore[] = [];
afterEach(() => {
  for (const t of open) t.store.close();
  open = [];
});

function manager(overrides: Partial<StorageManagerLike> = {}): StorageManagerLike & { asked: number } {
  const m = {
    asked: 0,
    persisted: async () => false,
    persist: async () => {
      m.asked++;
      return true;
    },
    estimate: async () => ({ usage: 1234, quota: 10_000 }),
    ...overrides,
  };
  return m;
}

describe('persistent storage', () => {
  it('asks once storage is not yet persistent, and reports usage', async () => {
    const m = manager();
    const t = await openTestStore({ storageManager: m });
    open.push(t);
    expect(value(await t.store.requestPersistence())).toBe(true);
    expect(m.asked).toBe(1);
    expect(await t.store.storageStatus()).toEqual({ persisted: false, usage: 1234, quota: 10_000 });
  });

  it('does not ask again when already persistent', async () => {
    const m = manager({ persisted: async () => true });
    expect(await requestPersistence(m)).toBe(true);
    expect(m.asked).toBe(0);
  });

  it('answers unknown without navigator.storage or when it throws', async () => {
    const t = await openTestStore({ storageManager: null });
    open.push(t);
    expect(value(await t.store.requestPersistence())).toBe('unknown');
    expect(await t.store.storageStatus()).toEqual({ persisted: 'unknown' });
    const broken = manager({ persisted: () => Promise.reject(new Error('no')), estimate: () => Promise.reject(new Error('no')) });
    expect(await storageStatus(broken)).toEqual({ persisted: 'unknown' });
    expect(await requestPersistence(broken)).toBe('unknown');
  });
});
