// The app layer: the one place between the screens and the adapters that writes (a code, an
// import, an edit, a registration job, a backup restored, the trash, the settings), derives
// problems, and announces what changed. Screens compose what it answers and listen to its events.
import { getStore, type BoxpilotStore, type Result } from '../adapters/storage';
import { AppEvents } from './events';
import { BoxService } from './box-service';
import { DeviceService } from './device-service';
import { ListService } from './list-service';
import { EvidenceService } from './evidence-service';
import { MaintenanceService } from './maintenance-service';
import { SettingsService } from './settings-service';
export type { AppEvent } from './events';
export { AppEvents } from './events';
export type { ScanFeedback, CodeMeta } from './box-service';
export { BoxService } from './box-service';
export { DeviceService } from './device-service';
export { ListService } from './list-service';
export { EvidenceService } from './evidence-service';
export { MaintenanceService } from './maintenance-service';
export { SettingsService } from './settings-service';
export { problemsAlone, withFound, problemsSignature } from './problems';
export type { AppStore } from './store-port';

export interface App {
  readonly store: BoxpilotStore;
  readonly events: AppEvents;
  readonly box: BoxService;
  readonly devices: DeviceService;
  readonly lists: ListService;
  readonly evidence: EvidenceService;
  /** Backup and trash (the Settings screen's upkeep of the data). */
  readonly maintenance: MaintenanceService;
  readonly settings: SettingsService;
}

/** The app layer over a store (specs pass one over fake-indexeddb). */
export function createApp(store: BoxpilotStore, events = new AppEvents(), now: () => number = Date.now): App {
  const app: App = {
    store,
    events,
    box: new BoxService(store, events, now),
    devices: new DeviceService(store, events),
    lists: new ListService(store, events),
    evidence: new EvidenceService(store, events),
    maintenance: new MaintenanceService(store, events),
    settings: new SettingsService(store, events),
  };
  // Other tabs' writes arrive as the same events, so a screen listens in one place.
  let settingsRead = 0;
  store.onChange((message) => {
    if (message.type === 'devices-changed') events.emit({ type: 'list-changed-elsewhere', listId: message.listId, ...(message.changed ? { changed: message.changed } : {}), ...(message.removed ? { removed: message.removed } : {}) });
    else if (message.type === 'lists-changed') events.emit({ type: 'lists-changed' });
    else if (message.type === 'settings-changed') {
      // The message names no values: read them, and announce only the latest read.
      const asked = ++settingsRead;
      void app.settings.get().then((read) => {
        if (read.ok && asked === settingsRead) events.emit({ type: 'settings-saved', settings: read.value });
      });
    }
  });
  return app;
}

let shared: Promise<Result<App>> | undefined;

/** The app's one app layer, over the shared store. A failed open is not remembered (Try again). */
export function getApp(): Promise<Result<App>> {
  shared ??= getStore().then((opened) => {
    if (!opened.ok) {
      shared = undefined;
      return opened;
    }
    return { ok: true, value: createApp(opened.value) };
  });
  return shared;
}
