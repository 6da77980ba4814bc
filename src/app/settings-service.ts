// The settings (language, sounds, sign-in, file limits …): stored, then one event carrying all of
// them, which other tabs' changes arrive as too (createApp), so every screen reads them from one place.
import type { BoxpilotStore, Result, Settings } from '../adapters/storage';
import type { AppEvents } from './events';

export type SettingsStore = Pick<BoxpilotStore, 'getSettings' | 'updateSettings'>;

export class SettingsService {
  readonly #store: SettingsStore;
  readonly #events: AppEvents;

  constructor(store: SettingsStore, events: AppEvents) {
    this.#store = store;
    this.#events = events;
  }

  get(): Promise<Result<Settings>> {
    return this.#store.getSettings();
  }

  /** Stores the valid keys of `patch` (an invalid value is ignored); announces all settings as stored. */
  async update(patch: Partial<Settings>): Promise<Result<Settings>> {
    const result = await this.#store.updateSettings(patch);
    if (result.ok) this.#events.emit({ type: 'settings-saved', settings: result.value });
    return result;
  }
}
