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
import type { ListService } from '../../app';
import { i18n } from '../i18n/i18n.svelte';

/** Counts on the Lists screen follow writes a few times a second at most (an import writes many chunks). */
const COUNTS_EVERY_MS = 300;

/**
 * The app's connection to its storage, and what every screen needs from it: the device lists
 * with their counts, the settings, and whether storage works at all. Other tabs' changes arrive
 * through the store's BroadcastChannel and refresh what is shown here.
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
  #listService: ListService | undefined;

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
  /** Bumped when another tab changed devices, so an open list knows to re-read. */
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
    this.#listService = app.value.lists;
    const store = opened.value;
    this.#store = store;
    store.onChange((message) => {
      if (message.type === 'reload-required') this.#reloadRequired = true;
      else if (message.type === 'settings-changed') void this.refreshSettings();
      else {
        void this.refreshLists();
        this.#revision += 1;
      }
    });
    // This tab's writes, whoever made them (a code, an import, validation): the counts follow.
    for (const type of ['devices-saved', 'devices-removed', 'problems-saved'] as const) app.value.events.on(type, () => this.#countsSoon());
    app.value.events.on('devices-saved', () => void this.afterFirstSave());
    await Promise.all([this.refreshLists(), this.refreshSettings()]);
  }

  #countsSoon(): void {
    this.#countsTimer ??= setTimeout(() => {
      this.#countsTimer = undefined;
      void this.refreshLists();
    }, COUNTS_EVERY_MS);
  }

  /**
   * A change of lists through the app layer (create, rename, copy, trash …); the counts are
   * read again before it answers, so a screen that navigates next shows them current.
   */
  async changeLists<T>(action: (lists: ListService) => Promise<Result<T>>): Promise<Result<T>> {
    await this.start();
    const lists = this.#listService;
    if (!lists) return { ok: false, error: this.#openError ?? storageError('unavailable') };
    const result = await action(lists);
    await this.refreshLists();
    return result;
  }

  /**
   * Settings-screen maintenance (backup, trash, settings) against the store, then the counts.
   * Runs a change against the store and refreshes the lists' counts afterwards (the store does
   * not echo this tab's own writes). Answers with the store's result, an error value on failure.
   */
  async change<T>(action: (store: BoxpilotStore) => Promise<Result<T>>): Promise<Result<T>> {
    await this.start();
    const store = this.#store;
    if (!store) return { ok: false, error: this.#openError ?? storageError('unavailable') };
    const result = await action(store);
    await this.refreshLists();
    return result;
  }

  async refreshLists(): Promise<void> {
    const result = await this.#store?.listLists();
    if (result?.ok) {
      this.#lists = result.value;
      this.#listsLoaded = true;
    }
  }

  async refreshSettings(): Promise<void> {
    const result = await this.#store?.getSettings();
    if (!result?.ok) return;
    this.#settings = result.value;
    // The language chosen in any tab wins; 'auto' leaves the browser's language in charge.
    if (result.value.language !== 'auto' && result.value.language !== i18n.locale) void i18n.setLocale(result.value.language);
  }

  async updateSettings(patch: Partial<Settings>): Promise<Result<Settings>> {
    const store = this.#store;
    if (!store) return { ok: false, error: this.#openError ?? storageError('unavailable') };
    const result = await store.updateSettings(patch);
    if (result.ok) this.#settings = result.value;
    return result;
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
