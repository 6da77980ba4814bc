// Devices added in bulk (an import), edited, retagged, trashed or restored, and the list-wide
// problems validation found: normalised, their problems derived (problems.ts), stored, then one
// event. Screens call these and listen; they never save or refresh each other themselves.
import { normalizeDevice, type Device, type DeviceField, type Dialect, type Problem } from '../core';
import type { AddOptions, AddResult, NewDevice, Result, StorageError, StoredDevice } from '../adapters/storage';
import type { AppEvents } from './events';
import { foundAfterEdit, problemsAlone, withFound } from './problems';
import type { AppStore } from './store-port';

/** Problems are written back in transactions of this many devices (each reads a whole record). */
const PROBLEMS_CHUNK = 250;
/**
 * Devices normalised and checked per slice before the page gets its thread back: 10,000 hashed
 * devices in one go held it for 344 ms (bench import); 250 take a few milliseconds.
 */
const PREPARE_SLICE = 250;

async function prepareInSlices<T, U>(items: readonly T[], prepare: (item: T) => U): Promise<U[]> {
  const out: U[] = [];
  for (let start = 0; start < items.length; start += PREPARE_SLICE) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const item of items.slice(start, start + PREPARE_SLICE)) out.push(prepare(item));
  }
  return out;
}

export class DeviceService {
  readonly #store: AppStore;
  readonly #events: AppEvents;

  constructor(store: AppStore, events: AppEvents) {
    this.#store = store;
    this.#events = events;
  }

  /**
   * Devices from a file: normalised, problems derived (the reader's kept as `found`), saved in
   * committed chunks; each chunk is announced as it commits, so a big import appears in steps.
   */
  async addDevices(listId: string, dialect: Dialect, items: readonly NewDevice[], options: Pick<AddOptions, 'onProgress'> = {}): Promise<AddResult> {
    const prepared = await prepareInSlices(items, (item) => {
      const { device } = normalizeDevice(item.device);
      const next: NewDevice = { ...item, device, problems: withFound(problemsAlone(device, dialect), item.found) };
      if (!item.found?.length) delete next.found;
      return next;
    });
    return this.#store.addDevices(listId, prepared, {
      onProgress: (saved, total, chunk) => {
        this.#events.emit({ type: 'devices-saved', listId, devices: chunk });
        options.onProgress?.(saved, total, chunk);
      },
    });
  }

  /** One field changed inline: normalised, the reader's finding on that field dropped, saved. */
  async editField(device: StoredDevice, field: DeviceField, value: string, dialect: Dialect): Promise<Result<StoredDevice>> {
    const { device: next } = normalizeDevice({ ...device.device, [field]: value });
    const changed = (Object.keys({ ...device.device, ...next }) as DeviceField[]).filter((f) => device.device[f] !== next[f]);
    const found = foundAfterEdit(device.found, changed);
    const result = await this.#store.updateDevice(device.id, { device: next, found: found ?? null, problems: withFound(problemsAlone(next, dialect), found) });
    if (result.ok) this.#events.emit({ type: 'devices-saved', listId: device.listId, devices: [result.value] });
    return result;
  }

  /** One group tag on these devices, exactly as given ('' removes it), in one transaction. */
  async setGroupTag(listId: string, devices: readonly StoredDevice[], tag: string, dialect: Dialect): Promise<Result<number>> {
    const updates = devices
      .filter((d) => (d.device.groupTag ?? '') !== tag)
      .map((d) => {
        const device: Device = { ...d.device, groupTag: tag };
        if (!tag) delete device.groupTag;
        const found = foundAfterEdit(d.found, ['groupTag']);
        return { id: d.id, patch: { device, found: found ?? null, problems: withFound(problemsAlone(device, dialect), found) } };
      });
    if (updates.length === 0) return { ok: true, value: 0 };
    const result = await this.#store.updateDevices(updates);
    if (!result.ok) return result;
    this.#events.emit({ type: 'devices-saved', listId, devices: result.value.updated });
    return { ok: true, value: result.value.updated.length };
  }

  async trash(listId: string, ids: readonly string[]): Promise<Result<StoredDevice[]>> {
    const result = await this.#store.trashDevices(ids);
    if (result.ok) this.#events.emit({ type: 'devices-removed', listId, ids: [...ids] });
    return result;
  }

  /** Devices back from the trash (Undo after a delete): they join the list as they were. */
  async restore(listId: string, ids: readonly string[]): Promise<Result<{ lists: number; devices: number }>> {
    const result = await this.#store.restoreFromTrash({ devices: ids });
    if (!result.ok) return result;
    const read = await Promise.all(ids.map((id) => this.#store.getDevice(id)));
    const back = read.flatMap((r) => (r.ok && r.value.deletedAt === undefined ? [r.value] : []));
    if (back.length > 0) this.#events.emit({ type: 'devices-saved', listId, devices: back });
    return result;
  }

  /**
   * The whole list's validation, kept on the devices whose problems changed (the Lists screen
   * counts them): the reader's findings stay beside it. A few hundred devices per transaction.
   */
  async saveProblems(listId: string, changed: readonly { device: StoredDevice; validated: Problem[] }[], stillOpen: () => boolean): Promise<{ saved: StoredDevice[]; error?: StorageError }> {
    const saved: StoredDevice[] = [];
    for (let start = 0; start < changed.length; start += PROBLEMS_CHUNK) {
      if (!stillOpen()) break;
      const chunk = changed.slice(start, start + PROBLEMS_CHUNK);
      const result = await this.#store.updateDevices(chunk.map(({ device, validated }) => ({ id: device.id, patch: { problems: withFound(validated, device.found) } })));
      if (!result.ok) return { saved, error: result.error }; // tried again at the next validation
      saved.push(...result.value.updated);
    }
    if (saved.length > 0) this.#events.emit({ type: 'problems-saved', listId, devices: saved });
    return { saved };
  }
}
