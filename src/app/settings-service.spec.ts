import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../adapters/storage';
import { useTestStores, value } from '../adapters/storage/test-data';
import { createApp, type AppEvent } from './index';

const setup = useTestStores();

function settingsHeard(app: ReturnType<typeof createApp>): AppEvent[] {
  const got: AppEvent[] = [];
  app.events.on('settings-saved', (e) => got.push(e));
  return got;
}

describe('SettingsService', () => {
  it('stores the settings and announces all of them as stored', async () => {
    const { store } = await setup();
    const app = createApp(store);
    const events = settingsHeard(app);
    const saved = value(await app.settings.update({ maxRows: 400, sounds: false }));
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, maxRows: 400, sounds: false });
    expect(events).toEqual([{ type: 'settings-saved', settings: saved }]);
    expect(value(await app.settings.get())).toEqual(saved);
  });

  it('a failed store call (storage closed) announces nothing and answers the error value', async () => {
    const { store } = await setup();
    const app = createApp(store);
    const events = settingsHeard(app);
    store.close();
    const result = await app.settings.update({ maxRows: 400 });
    expect(result.ok).toBe(false);
    expect(events).toEqual([]);
  });

  it('another tab’s change arrives as the same event, with the settings read here', async () => {
    const channelName = `test-${Math.random()}`;
    const a = await setup({ channelName });
    const b = await setup({ channelName, factory: a.factory, name: a.name, clock: a.clock });
    const here = createApp(a.store);
    const there = createApp(b.store);
    const events = settingsHeard(here);
    const arrived = new Promise<void>((resolve) => here.events.on('settings-saved', () => resolve()));
    const saved = value(await there.settings.update({ language: 'da' }));
    await arrived;
    expect(events).toEqual([{ type: 'settings-saved', settings: saved }]);
  });
});
