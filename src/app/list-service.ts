// Device lists created, renamed, copied, retyped, trashed and restored: stored, then one event,
// so the Lists screen and an open list follow without being refreshed by hand.
import type { Dialect } from '../core';
import type { DeviceList, NewList, Result } from '../adapters/storage';
import type { AppEvents } from './events';
import type { AppStore } from './store-port';

export class ListService {
  readonly #store: AppStore;
  readonly #events: AppEvents;

  constructor(store: AppStore, events: AppEvents) {
    this.#store = store;
    this.#events = events;
  }

  create(input: NewList): Promise<Result<DeviceList>> {
    return this.#told(this.#store.createList(input));
  }
  rename(id: string, name: string): Promise<Result<DeviceList>> {
    return this.#told(this.#store.updateList(id, { name }));
  }
  duplicate(id: string, name: string): Promise<Result<DeviceList>> {
    return this.#told(this.#store.duplicateList(id, name));
  }
  setDialect(id: string, dialect: Dialect): Promise<Result<DeviceList>> {
    return this.#told(this.#store.updateList(id, { dialect }));
  }
  setCustomer(id: string, customer: { customerTenantId?: string; customerName?: string }): Promise<Result<DeviceList>> {
    return this.#told(this.#store.updateList(id, customer));
  }
  trash(id: string): Promise<Result<DeviceList>> {
    return this.#told(this.#store.trashList(id));
  }
  restore(id: string): Promise<Result<{ lists: number; devices: number }>> {
    return this.#told(this.#store.restoreFromTrash({ lists: [id] }));
  }

  async #told<T>(work: Promise<Result<T>>): Promise<Result<T>> {
    const result = await work;
    if (result.ok) this.#events.emit({ type: 'lists-changed' });
    return result;
  }
}
