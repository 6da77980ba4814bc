import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getStore } from './index';
import { value } from './test-data';

describe('getStore', () => {
  it('opens the app’s one store on the browser’s indexedDB, once', async () => {
    const first = getStore({ storageManager: null, channelName: `t-${Math.random()}` });
    expect(getStore()).toBe(first);
    const store = value(await first);
    expect(store.name).toBe('boxpilot');
    expect(value(await store.listLists())).toEqual([]);
    store.close();
  });
});
