// The Settings screen's upkeep of the stored data: a backup written and restored, the trash
// restored and emptied. Stored, then one event, so the Lists screen's counts and an open list
// follow without being refreshed by hand.
import type {
  BoxpilotStore,
  EmptyTrashRequest,
  ImportReport,
  RestoreOptions,
  RestoreRequest,
  Result,
  TrashContents,
  WriteBackupOptions,
  WrittenBackup,
} from '../adapters/storage';
import type { AppEvents } from './events';

export type MaintenanceStore = Pick<BoxpilotStore, 'writeBackup' | 'importBackup' | 'listTrash' | 'restoreFromTrash' | 'emptyTrash' | 'getDevice'>;

export class MaintenanceService {
  readonly #store: MaintenanceStore;
  readonly #events: AppEvents;

  constructor(store: MaintenanceStore, events: AppEvents) {
    this.#store = store;
    this.#events = events;
  }

  /** Every list, device and setting as one backup file (a read: nothing changes, no event). */
  writeBackup(options?: WriteBackupOptions): Promise<Result<WrittenBackup>> {
    return this.#store.writeBackup(options);
  }

  /**
   * Restores a backup file (read as a stream, stored in parts). Announces `lists-changed` when
   * lists or devices were stored, and also when it stopped part-way (a full disk, a closed
   * database): the parts stored before stay. A file that is not a backup stores nothing.
   */
  async restoreBackup(input: unknown, options?: RestoreOptions): Promise<Result<ImportReport>> {
    const result = await this.#store.importBackup(input, options);
    const stored = result.ok ? result.value.listsAdded + result.value.devicesAdded > 0 : result.error.code !== 'invalid-backup';
    if (stored) this.#events.emit({ type: 'lists-changed' });
    return result;
  }

  listTrash(): Promise<Result<TrashContents>> {
    return this.#store.listTrash();
  }

  /**
   * Takes lists and devices out of the trash; announces `lists-changed` (counts) and
   * `list-changed-elsewhere` for each list they went back to, so an open one re-reads.
   */
  async restoreFromTrash(request: RestoreRequest): Promise<Result<{ lists: number; devices: number }>> {
    // The store answers with counts: the lists the devices go back to are read first.
    const devices = await Promise.all((request.devices ?? []).map((id) => this.#store.getDevice(id)));
    const listIds = new Set([...(request.lists ?? []), ...devices.flatMap((d) => (d.ok ? [d.value.listId] : []))]);
    const result = await this.#store.restoreFromTrash(request);
    if (result.ok) {
      this.#events.emit({ type: 'lists-changed' });
      for (const listId of listIds) this.#events.emit({ type: 'list-changed-elsewhere', listId });
    }
    return result;
  }

  /**
   * Deletes what is in the trash for good; announces `lists-changed` when something was
   * deleted. No list on screen changes: what was deleted was not shown.
   */
  async emptyTrash(request: EmptyTrashRequest = 'all'): Promise<Result<{ lists: number; devices: number }>> {
    const result = await this.#store.emptyTrash(request);
    if (result.ok && result.value.lists + result.value.devices > 0) this.#events.emit({ type: 'lists-changed' });
    return result;
  }
}
