// The app's one event stream (Immich's event manager): every write of the app layer ends in one
// typed event naming the list and the devices, and changes made by other tabs arrive here too.
// Screens listen and re-read what the event names; they never refresh each other by hand.
import type { BoxState } from '../core';
import type { Settings, StoredDevice } from '../adapters/storage';

export type AppEvent =
  /** Devices were added or changed (by this tab: `devices` holds the stored records). */
  | { type: 'devices-saved'; listId: string; devices: StoredDevice[] }
  /** Only the stored problems of these devices changed (the list was checked as a whole). */
  | { type: 'problems-saved'; listId: string; devices: StoredDevice[] }
  /** Devices left the list (trash, undo of a code). */
  | { type: 'devices-removed'; listId: string; ids: string[] }
  /** The list's open box changed (a code, a question, an answer, Next box). */
  | { type: 'box-changed'; listId: string; state: BoxState }
  /** Lists were created, renamed, counted differently (a backup restored, the trash emptied) … */
  | { type: 'lists-changed' }
  /**
   * The list changed in a way this tab did not see (another tab, a restore from the trash):
   * `changed` / `removed` name the devices when known, else re-read the list.
   */
  | { type: 'list-changed-elsewhere'; listId: string; changed?: string[]; removed?: string[] }
  /** A registration job of the list was stored (started, a step, an outcome); re-read it. */
  | { type: 'registration-changed'; listId: string; jobId: string }
  /** A label photo was kept with the device (the "keep a photo of the label" setting). */
  | { type: 'evidence-saved'; listId: string; deviceId: string }
  /** The settings were stored, by this tab or another: `settings` is all of them as stored now. */
  | { type: 'settings-saved'; settings: Settings };

type Listener<E extends AppEvent['type']> = (event: Extract<AppEvent, { type: E }>) => void;

export class AppEvents {
  #listeners = new Map<AppEvent['type'], Set<(event: AppEvent) => void>>();

  on<E extends AppEvent['type']>(type: E, listener: Listener<E>): () => void {
    const set = this.#listeners.get(type) ?? new Set();
    this.#listeners.set(type, set);
    const wrapped = listener as (event: AppEvent) => void;
    set.add(wrapped);
    return () => set.delete(wrapped);
  }

  emit(event: AppEvent): void {
    for (const listener of this.#listeners.get(event.type) ?? []) {
      try {
        listener(event);
      } catch (e) {
        // One broken screen must not stop the others from hearing of the change.
        console.error(e);
      }
    }
  }
}
