// The camera the technician picked last time, remembered in localStorage rather than in the
// app's settings: a deviceId means something only in this browser profile on this tablet, so it
// must not travel in a backup to another tablet or into another browser; and it is read
// synchronously before getUserMedia, so the camera starts without waiting for IndexedDB.

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEY = 'boxpilot.camera.deviceId';

function defaultStore(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage switched off: the camera still works, unremembered
  }
}

export function rememberedCamera(store: KeyValueStore | undefined = defaultStore()): string | undefined {
  try {
    return store?.getItem(KEY) || undefined;
  } catch {
    return undefined;
  }
}

export function rememberCamera(deviceId: string | undefined, store: KeyValueStore | undefined = defaultStore()): void {
  try {
    if (deviceId) store?.setItem(KEY, deviceId);
    else store?.removeItem(KEY);
  } catch {
    // Not remembered; the next start asks for the rear camera again.
  }
}
