import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, value, type TestStore } from './test-data';
import { DEFAULT_SETTINGS } from './settings-shape';

let open: TestStore[] = [];
afterEach(() => {
  for (const t of open) t.store.close();
  open = [];
});

describe('settings', () => {
  it('starts at the defaults, stores valid changes, ignores invalid ones', async () => {
    const t = await openTestStore();
    open.push(t);
    expect(value(await t.store.getSettings())).toEqual(DEFAULT_SETTINGS);
    const next = value(await t.store.updateSettings({ language: 'sv', maxRows: 0, theme: 'dark' }));
    expect(next).toEqual({ ...DEFAULT_SETTINGS, language: 'sv', theme: 'dark' });
    expect(value(await t.store.getSettings())).toEqual(next);
  });

  it('two tabs changing different settings do not overwrite each other', async () => {
    const a = await openTestStore();
    const b = await openTestStore({ factory: a.factory, name: a.name });
    open.push(a, b);
    const [ra, rb] = await Promise.all([a.store.updateSettings({ language: 'da' }), b.store.updateSettings({ maxRows: 100 })]);
    value(ra);
    value(rb);
    expect(value(await a.store.getSettings())).toMatchObject({ language: 'da', maxRows: 100 });
  });
});
