// Settings live one row per key; only keys the user changed are stored, everything else is the
// default of settings-shape.ts (so a new default reaches users who never touched that setting).
import type { Result } from './errors';
import { putRaw, read, write, type StoreContext } from './context';
import { restoreSettings } from './restore';
import { SETTING_KEYS, restoreSetting, type Settings } from './settings-shape';

export function getSettings(ctx: StoreContext): Promise<Result<Settings>> {
  return read(ctx, ['settings'], async (tx) => {
    const raw: Record<string, unknown> = {};
    for (const row of await tx.objectStore('settings').getAll()) raw[row.key] = row.value;
    return restoreSettings(raw);
  });
}

/** Stores the valid keys of `patch` (an invalid value is ignored) and answers with all settings. */
export function updateSettings(ctx: StoreContext, patch: Partial<Settings>): Promise<Result<Settings>> {
  return write(
    ctx,
    ['settings'],
    async (tx) => {
      const store = tx.objectStore('settings');
      for (const key of SETTING_KEYS) {
        if (!(key in patch)) continue;
        const value = restoreSetting(key, patch[key]);
        if (value !== undefined) putRaw(store, { key, value });
      }
      const raw: Record<string, unknown> = {};
      for (const row of await store.getAll()) raw[row.key] = row.value;
      return restoreSettings(raw);
    },
    () => [{ type: 'settings-changed' }],
  );
}
