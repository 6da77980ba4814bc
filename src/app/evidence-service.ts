// The label photo kept with a device (the "keep a photo of the label" setting): written only
// through here, announced as one event so the device's row shows its "Label photo" button.
import type { BoxpilotStore, Result } from '../adapters/storage';
import type { AppEvents } from './events';

export type EvidenceStore = Pick<BoxpilotStore, 'putEvidence' | 'getEvidence' | 'devicesWithEvidence'>;

export class EvidenceService {
  readonly #store: EvidenceStore;
  readonly #events: AppEvents;

  constructor(store: EvidenceStore, events: AppEvents) {
    this.#store = store;
    this.#events = events;
  }

  /** Keeps the photo for the device (a newer photo of the same box replaces the older one). */
  async keep(listId: string, deviceId: string, photo: Blob): Promise<Result<{ deviceId: string; bytes: number }>> {
    const saved = await this.#store.putEvidence(deviceId, photo);
    if (saved.ok) this.#events.emit({ type: 'evidence-saved', listId, deviceId });
    return saved;
  }

  get(deviceId: string): Promise<Result<Blob | undefined>> {
    return this.#store.getEvidence(deviceId);
  }

  /** Which of these devices have a photo (keys only: no image is read). */
  which(deviceIds: readonly string[]): Promise<Result<Set<string>>> {
    return this.#store.devicesWithEvidence(deviceIds);
  }
}
