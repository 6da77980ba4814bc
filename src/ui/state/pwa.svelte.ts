import { registerSW } from 'virtual:pwa-register';
import { busy, type WorkKind } from './busy.svelte';

export type OfflineStatus = 'pending' | 'ready' | 'unsupported';

// How often an open app asks the server for a new version (also on returning to the tab).
const UPDATE_CHECK_MS = 60 * 60 * 1000;
// After "Later", the prompt stays away this long even when the worker reports the update again.
const POSTPONE_MS = 30 * 60 * 1000;
// "Ready to work offline" is information, nothing to act on: it goes by itself after this long
// (OK still closes it at once), so it does not keep covering the screen it appeared on.
export const OFFLINE_NOTICE_MS = 8000;

/**
 * The service worker as the UI sees it. The new version never takes over by itself
 * (registerType 'prompt'): it waits until the user presses "Update now", so a scan in
 * progress is never interrupted by a reload. Only the tab whose user pressed it reloads, and
 * only once no import, export, restore or registration runs there (busy.svelte.ts). Other tabs
 * are switched to the new worker by the browser (clientsClaim) but keep their page: they show
 * the prompt and reload when their own user accepts (workbox-window would reload every tab).
 */
class PwaState {
  #offline = $state<OfflineStatus>('pending');
  #offlineNoticeVisible = $state(false);
  #updateAvailable = $state(false);
  #updatePromptVisible = $state(false);
  #updateFailed = $state(false);
  #updatedElsewhere = $state(false);
  #waitingFor = $state<WorkKind>();
  #postponedAt = -Infinity;
  #offlineNoticeTimer: ReturnType<typeof setTimeout> | undefined;
  #applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;
  /** This tab's user pressed "Update now". */
  #accepted = false;
  /** The new worker controls this page already (accepted here or in another tab). */
  #switched = false;

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
  /** Another tab installed the update: this one runs the old version until its user accepts. */
  get updatedElsewhere(): boolean {
    return this.#updatedElsewhere;
  }
  /** Accepted, but waiting for this work to finish before the page reloads. */
  get waitingFor(): WorkKind | undefined {
    return this.#waitingFor;
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
    // The first install also takes control (clientsClaim): that is no update.
    let controlled = navigator.serviceWorker.controller !== null;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (!controlled) {
        controlled = true;
        return;
      }
      this.#switched = true;
      if (this.#accepted) void this.#reloadWhenIdle();
      else {
        this.#updateAvailable = true;
        this.#updatedElsewhere = true;
        this.#updatePromptVisible = true;
      }
    });
    this.#applyUpdate = registerSW({
      immediate: true,
      // Given so workbox-window does not reload this tab by itself; controllerchange above decides.
      onNeedReload: () => undefined,
      onOfflineReady: () => {
        this.#offline = 'ready';
        this.#offlineNoticeVisible = true;
        clearTimeout(this.#offlineNoticeTimer);
        this.#offlineNoticeTimer = setTimeout(() => this.dismissOfflineNotice(), OFFLINE_NOTICE_MS);
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
    clearTimeout(this.#offlineNoticeTimer);
    this.#offlineNoticeVisible = false;
  }

  postponeUpdate(): void {
    this.#postponedAt = Date.now();
    this.#updatePromptVisible = false;
  }

  async update(): Promise<void> {
    this.#accepted = true;
    if (this.#switched) {
      // Another tab switched the worker already: only this page is still the old version.
      await this.#reloadWhenIdle();
      return;
    }
    // Work running here finishes first; then the new worker takes over (controllerchange above
    // reloads this tab only).
    await this.#whenIdle();
    try {
      await this.#applyUpdate?.(true);
    } catch {
      this.#updateFailed = true;
    }
  }

  async #whenIdle(): Promise<void> {
    if (busy.idle) return;
    this.#waitingFor = busy.current;
    this.#updatePromptVisible = true;
    await busy.whenIdle();
    this.#waitingFor = undefined;
  }

  async #reloadWhenIdle(): Promise<void> {
    await this.#whenIdle();
    location.reload();
  }
}

export const pwa = new PwaState();
