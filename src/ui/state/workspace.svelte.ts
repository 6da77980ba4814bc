import {
  DEFAULT_SETTINGS,
  getStore,
  storageError,
  type BoxpilotStore,
  type ListSummary,
  type Result,
  type Settings,
  type StorageError,
} from '../../adapters/storage';
import type { App, ListService, MaintenanceService } from '../../app';
import { i18n } from '../i18n/i18n.svelte';

/** Counts on the Lists screen follow writes a few times a second at most (an import writes many chunks). */
const COUNTS_EVERY_MS = 300;

/**
 * The app's connection to its storage, and what every screen needs from it: the device lists
 * with their counts, the settings, and whether storage works at all. The lists and settings
 * follow the app layer's events, which carry this tab's writes and other tabs' alike.
 */
class Workspace {
  #store = $state.raw<BoxpilotStore>();
  #openError = $state.raw<StorageError>();
  #lists = $state.raw<ListSummary[]>([]);
  #listsLoaded = $state(false);
  #settings = $state.raw<Settings>({ ...DEFAULT_SETTINGS });
  #reloadRequired = $state(false);
  #revision = $state(0);
  #persistenceAsked = false;
  #starting: Promise<void> | undefined;
  #countsTimer: ReturnType<typeof setTimeout> | undefined;
  /** The latest read of the lists and their counts (#through answers once it is in). */
  #listsRead: Promise<void> = Promise.resolve();
  #app: App | undefined;

  get store(): BoxpilotStore | undefined {
    return this.#store;
  }
  /** Why storage could not be opened (private window, blocked by another tab …), if it could not. */
  get openError(): StorageError | undefined {
    return this.#openError;
  }
  get lists(): ListSummary[] {
    return this.#lists;
  }
  get listsLoaded(): boolean {
    return this.#listsLoaded;
  }
  get settings(): Settings {
    return this.#settings;
  }
  /** Another tab upgraded the database: this tab must reload before it can save again. */
  get reloadRequired(): boolean {
    return this.#reloadRequired;
  }
  /** Bumped when another tab changed lists or devices, so what shows them (the trash) re-reads. */
  get revision(): number {
    return this.#revision;
  }

  start(): Promise<void> {
    this.#starting ??= this.#open();
    return this.#starting;
  }

  async #open(): Promise<void> {
    const opened = await getStore();
    // The app layer (box rules, validation, import) loads beside the first screen, not in it.
    const { getApp } = await import('../../app');
    const app = await getApp();
    if (!opened.ok || !app.ok) {
      this.#openError = opened.ok ? (app.ok ? undefined : app.error) : opened.error;
      this.#starting = undefined; // "Try again" may succeed once the other tab is closed
      return;
    }
    this.#openError = undefined;
    this.#app = app.value;
    const store = opened.value;
    this.#store = store;
    // From other tabs: a database upgrade, and what the trash card re-reads on.
    store.onChange((message) => {
      if (message.type === 'reload-required') this.#reloadRequired = true;
      else if (message.type !== 'settings-changed') this.#revision += 1;
    });
    const { events } = app.value;
    // Lists changed (here or in another tab: a list written, a backup restored, the trash): the counts follow.
    events.on('lists-changed', () => void this.#readLists());
    // Devices written by this tab, whoever wrote them (a code, an import, validation): the counts follow soon.
    for (const type of ['devices-saved', 'devices-removed', 'problems-saved'] as const) events.on(type, () => this.#countsSoon());
    events.on('devices-saved', () => void this.afterFirstSave());
    events.on('settings-saved', (e) => this.#takeSettings(e.settings));
    // Subscribed first: a write that lands from here on is announced, one before is in these reads.
    const settings = await Promise.all([this.#readLists(), app.value.settings.get()]).then(([, read]) => read);
    if (settings.ok) this.#takeSettings(settings.value);
  }

  #countsSoon(): void {
    this.#countsTimer ??= setTimeout(() => {
      this.#countsTimer = undefined;
      void this.#readLists();
    }, COUNTS_EVERY_MS);
  }

  /** A change of lists through the app layer (create, rename, copy, trash …); see #through. */
  changeLists<T>(action: (lists: ListService) => Promise<Result<T>>): Promise<Result<T>> {
    return this.#through((app) => action(app.lists));
  }

  /** Backup and trash through the app layer (the Settings screen's upkeep; its reads too); see #through. */
  maintain<T>(action: (maintenance: MaintenanceService) => Promise<Result<T>>): Promise<Result<T>> {
    return this.#through((app) => action(app.maintenance));
  }

  /**
   * Runs an app-layer call once storage is open. Its `lists-changed` event starts a read of the
   * counts; this answers once that read is in, so a screen that navigates next shows them current.
   */
  async #through<T>(action: (app: App) => Promise<Result<T>>): Promise<Result<T>> {
    await this.start();
    const app = this.#app;
    if (!app) return { ok: false, error: this.#openError ?? storageError('unavailable') };
    const result = await action(app);
    await this.#listsRead;
    return result;
  }

  #readLists(): Promise<void> {
    this.#listsRead = (async () => {
      const result = await this.#store?.listLists();
      if (result?.ok) {
        this.#lists = result.value;
        this.#listsLoaded = true;
      }
    })();
    return this.#listsRead;
  }

  #takeSettings(settings: Settings): void {
    this.#settings = settings;
    // The language chosen in any tab wins; 'auto' leaves the browser's language in charge.
    if (settings.language !== 'auto' && settings.language !== i18n.locale) void i18n.setLocale(settings.language);
  }

  /** Stores settings through the app layer; its `settings-saved` event updates `settings` before this answers. */
  async updateSettings(patch: Partial<Settings>): Promise<Result<Settings>> {
    const settings = this.#app?.settings;
    if (!settings) return { ok: false, error: this.#openError ?? storageError('unavailable') };
    return settings.update(patch);
  }

  /**
   * Asks the browser to keep Boxpilot's data even under storage pressure, once, at the first
   * saved device (spec: nothing is lost). Browsers grant it silently or by their own rules.
   */
  async afterFirstSave(): Promise<void> {
    if (this.#persistenceAsked || !this.#store) return;
    this.#persistenceAsked = true;
    await this.#store.requestPersistence();
  }
}

export const workspace = new Workspace();
