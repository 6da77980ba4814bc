import { registerSW } from 'virtual:pwa-register';

export type OfflineStatus = 'pending' | 'ready' | 'unsupported';

// How often an open app asks the server for a new version (also on returning to the tab).
const UPDATE_CHECK_MS = 60 * 60 * 1000;
// After "Later", the prompt stays away this long even when the worker reports the update again.
const POSTPONE_MS = 30 * 60 * 1000;

/**
 * The service worker as the UI sees it. The new version never takes over by itself
 * (registerType 'prompt'): it waits until the user presses "Update now", so a scan in
 * progress is never interrupted by a reload.
 */
class PwaState {
  #offline = $state<OfflineStatus>('pending');
  #offlineNoticeVisible = $state(false);
  #updateAvailable = $state(false);
  #updatePromptVisible = $state(false);
  #updateFailed = $state(false);
  #postponedAt = -Infinity;
  #applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;

  get offline(): OfflineStatus {
    return this.#offline;
  }
  get offlineNoticeVisible(): boolean {
    return this.#offlineNoticeVisible;
  }
  get updateAvailable(): boolean {
    return this.#updateAvailable;
  }
  /** The prompt hides on "Later"; the update stays available in Settings. */
  get updatePromptVisible(): boolean {
    return this.#updatePromptVisible;
  }
  get updateFailed(): boolean {
    return this.#updateFailed;
  }

  start(): void {
    if (!('serviceWorker' in navigator)) {
      this.#offline = 'unsupported';
      return;
    }
    // An active worker has finished precaching (it activates only after a complete install),
    // whichever way it got there: this visit, an earlier one, or another tab.
    void navigator.serviceWorker.ready.then(() => {
      this.#offline = 'ready';
    });
    this.#applyUpdate = registerSW({
      immediate: true,
      onOfflineReady: () => {
        this.#offline = 'ready';
        this.#offlineNoticeVisible = true;
      },
      onNeedRefresh: () => {
        this.#updateAvailable = true;
        // workbox-window can report the same waiting worker more than once.
        if (Date.now() - this.#postponedAt > POSTPONE_MS) this.#updatePromptVisible = true;
      },
      onRegisteredSW: (_url, registration) => {
        if (!registration) return;
        const check = () => {
          if (navigator.onLine) registration.update().catch(() => undefined);
        };
        setInterval(check, UPDATE_CHECK_MS);
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') check();
        });
      },
      onRegisterError: () => {
        this.#offline = 'unsupported';
      },
    });
  }

  dismissOfflineNotice(): void {
    this.#offlineNoticeVisible = false;
  }

  postponeUpdate(): void {
    this.#postponedAt = Date.now();
    this.#updatePromptVisible = false;
  }

  async update(): Promise<void> {
    // registerSW reloads only for updates workbox-window found itself; one found by the
    // browser's own or our periodic check counts as "external" there. Reload on the switch.
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    try {
      await this.#applyUpdate?.(true);
    } catch {
      this.#updateFailed = true;
    }
  }
}

export const pwa = new PwaState();
