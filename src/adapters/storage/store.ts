// Where Boxpilot keeps things, and why.
//
// Everything lives in ONE IndexedDB database ('boxpilot'): device lists, devices (with their
// problems and Partner Center registration status), settings, and a little bookkeeping (meta).
// Not localStorage: it is synchronous, about 5 MB, and a 50,000-device list with 4 KB hardware
// hashes is some 200 MB. Not the service worker's Cache Storage either: that is for the app's
// own files. Devices are one record each (not one blob per list) so that adding a scan writes a
// few hundred bytes, and a scan is confirmed only after its transaction has committed with
// strict durability: a technician who saw "saved" can kill the browser and lose nothing.
// Settings are one row per key so two tabs changing different settings cannot overwrite each
// other. Tabs share the database and tell each other what to re-read over a BroadcastChannel.
//
// Every record read back or imported passes the restore step (restore.ts); every failure is a
// Result value with an English message the UI can show (errors.ts).
import type { BoxState, Dialect, RegistrationJob } from '../../core';
import { storageError, toStorageError, fail, ok, type Result } from './errors';
import { connect, type Database } from './connection';
import { ChangeBus, type ChangeListener } from './broadcast';
import type { StoreContext } from './context';
import { DEFAULT_DB_NAME } from './schema';
import * as lists from './lists';
import * as devices from './devices';
import * as trash from './trash';
import * as identifiers from './identifiers';
import * as settings from './settings';
import * as backup from './backup';
import type * as box from './box';
import type * as registrationJobs from './registration-jobs';
import { newId } from './ids';
import { defaultStorageManager, requestPersistence, storageStatus, type StorageManagerLike } from './persistence';
import type { Settings } from './settings-shape';
import type {
  DeviceList,
  DevicePage,
  DevicePatch,
  IdentifierField,
  IdentifierMatch,
  ListPatch,
  ListSummary,
  NewDevice,
  NewList,
  StorageStatus,
  StoredDevice,
  TrashContents,
} from './types';

export interface OpenStoreOptions {
  /** Database name; tests use a fresh one (or a fresh factory) each. */
  name?: string;
  /** Defaults to the browser's indexedDB; tests pass `new IDBFactory()` from fake-indexeddb. */
  factory?: IDBFactory;
  now?: () => number;
  /** BroadcastChannel name shared by the tabs. */
  channelName?: string;
  /** navigator.storage by default; `null` for none. */
  storageManager?: StorageManagerLike | null;
  /** Called while an older tab keeps the database open; the open completes when it lets go. */
  onUpgradeBlocked?: () => void;
  /**
   * How long to wait for such a tab before answering 'blocked-by-other-tab' (default 15 s).
   * Current tabs close themselves at once; this is for a tab that cannot (frozen, or running
   * code from before that handling existed).
   */
  blockedTimeoutMs?: number;
  /** Purge what has been in the trash longer than 30 days, at most once a day (default true). */
  purgeTrash?: boolean;
  /**
   * When the automatic purge runs. By default after the app has painted and the browser is idle
   * (requestIdleCallback, else a timer), never before the first read. Tests run it themselves.
   */
  schedulePurge?: (purge: () => Promise<unknown>) => void;
}

type Closed = 'version-changed' | 'closed' | 'terminated';

export class BoxpilotStore {
  readonly name: string;
  readonly #bus: ChangeBus;
  readonly #now: () => number;
  readonly #storage: StorageManagerLike | undefined;
  #db: Database | undefined;
  #closed: Closed | undefined;
  readonly #ctx: StoreContext;

  /** Use openStore(). */
  constructor(name: string, bus: ChangeBus, now: () => number, storage: StorageManagerLike | undefined) {
    this.name = name;
    this.#bus = bus;
    this.#now = now;
    this.#storage = storage;
    this.#ctx = { connection: () => this.#connection(), now: this.#now, bus: this.#bus };
  }

  /** @internal called by openStore once the connection exists. */
  attach(db: Database): void {
    this.#db = db;
  }

  /** @internal the connection was closed because another tab upgraded the database. */
  versionChanged(): void {
    this.#closed = 'version-changed';
    this.#db = undefined;
    this.#bus.emitLocal({ type: 'reload-required' });
  }

  /** @internal the browser closed the connection (storage cleared by the user, disk removed). */
  terminated(): void {
    if (this.#closed) return; // closed on purpose (close(), or for an upgrade): already handled
    this.#closed = 'terminated';
    this.#db = undefined;
    this.#bus.emitLocal({ type: 'reload-required' });
  }

  #connection(): Result<Database> {
    if (this.#db) return ok(this.#db);
    if (this.#closed === 'version-changed') return { ok: false, error: storageError('version-changed') };
    return { ok: false, error: storageError('unavailable') };
  }

  /**
   * Changes made by OTHER tabs, plus `reload-required` when this tab must reload (another tab
   * upgraded the database). This tab's own writes are not echoed: their results say it all.
   */
  onChange(listener: ChangeListener): () => void {
    return this.#bus.subscribe(listener);
  }

  close(): void {
    this.#closed = this.#closed ?? 'closed';
    this.#db?.close();
    this.#db = undefined;
    this.#bus.close();
  }

  // Lists
  listLists(): Promise<Result<ListSummary[]>> {
    return lists.listLists(this.#ctx);
  }
  getList(id: string): Promise<Result<DeviceList>> {
    return lists.getList(this.#ctx, id);
  }
  async createList(input: NewList): Promise<Result<DeviceList>> {
    let dialect: Dialect = 'partner-center';
    if (!input.dialect) {
      const s = await this.getSettings();
      if (s.ok) dialect = s.value.defaultDialect;
    }
    return lists.createList(this.#ctx, input, dialect);
  }
  updateList(id: string, patch: ListPatch): Promise<Result<DeviceList>> {
    return lists.updateList(this.#ctx, id, patch);
  }
  renameList(id: string, name: string): Promise<Result<DeviceList>> {
    return lists.updateList(this.#ctx, id, { name });
  }
  duplicateList(id: string, name?: string): Promise<Result<DeviceList>> {
    return lists.duplicateList(this.#ctx, id, name);
  }

  // Trash
  trashList(id: string): Promise<Result<DeviceList>> {
    return trash.trashList(this.#ctx, id);
  }
  trashDevices(ids: readonly string[]): Promise<Result<StoredDevice[]>> {
    return trash.trashDevices(this.#ctx, ids);
  }
  restoreFromTrash(request: trash.RestoreRequest): Promise<Result<{ lists: number; devices: number }>> {
    return trash.restoreFromTrash(this.#ctx, request);
  }
  listTrash(): Promise<Result<TrashContents>> {
    return trash.listTrash(this.#ctx);
  }
  emptyTrash(request: trash.EmptyTrashRequest): Promise<Result<{ lists: number; devices: number }>> {
    return trash.emptyTrash(this.#ctx, request);
  }
  /** The automatic purge (30 days), skipped when it already ran in the last 24 hours. */
  purgeTrashIfDue(): Promise<Result<{ lists: number; devices: number } | 'not-due'>> {
    return trash.purgeTrashIfDue(this.#ctx);
  }

  // Devices
  addDevices(listId: string, items: readonly NewDevice[], options?: devices.AddOptions): Promise<devices.AddResult> {
    return devices.addDevices(this.#ctx, listId, items, options);
  }
  updateDevice(id: string, patch: DevicePatch): Promise<Result<StoredDevice>> {
    return devices.updateDevice(this.#ctx, id, patch);
  }
  updateDevices(updates: readonly { id: string; patch: DevicePatch }[]): Promise<Result<devices.BulkUpdate>> {
    return devices.updateDevices(this.#ctx, updates);
  }
  getDevice(id: string): Promise<Result<StoredDevice>> {
    return devices.getDevice(this.#ctx, id);
  }
  getDevices(listId: string): Promise<Result<StoredDevice[]>> {
    return devices.getDevices(this.#ctx, listId);
  }
  getDevicesPage(listId: string, page: devices.PageRequest): Promise<Result<DevicePage>> {
    return devices.getDevicesPage(this.#ctx, listId, page);
  }
  countDevices(listId: string): Promise<Result<number>> {
    return devices.countDevices(this.#ctx, listId);
  }

  /** A record id as the store makes them (ordered by time, unique across tabs). */
  newId(prefix: 'b' | 'd' | 'q', now: number = this.#now()): string {
    return newId(prefix, now);
  }

  // The open box of a list (its device and its box state in one transaction)
  // Loaded on first use, with the box rules it restores with: the Lists screen needs neither.
  async getBoxState(listId: string): Promise<Result<BoxState | undefined>> {
    return (await import('./box')).getBoxState(this.#ctx, listId);
  }
  async commitBox(listId: string, change: box.BoxChange): Promise<box.BoxWriteResult> {
    return (await import('./box')).commitBox(this.#ctx, listId, change);
  }

  // A device's label photo (meta store): loaded on first use, like the box.
  async putEvidence(deviceId: string, photo: Blob): Promise<Result<{ deviceId: string; bytes: number }>> {
    return (await import('./evidence')).putEvidence(this.#ctx, deviceId, photo);
  }
  async getEvidence(deviceId: string): Promise<Result<Blob | undefined>> {
    return (await import('./evidence')).getEvidence(this.#ctx, deviceId);
  }
  async devicesWithEvidence(deviceIds: readonly string[]): Promise<Result<Set<string>>> {
    return (await import('./evidence')).devicesWithEvidence(this.#ctx, deviceIds);
  }

  // Registration jobs and the customers remembered for offline use (meta store). Loaded on
  // first use: the job rules they restore with are not needed by the first screen.
  async getRegistrationJobs(): Promise<Result<RegistrationJob[]>> {
    return (await import('./registration-jobs')).getRegistrationJobs(this.#ctx);
  }
  async putRegistrationJob(job: RegistrationJob): Promise<Result<RegistrationJob>> {
    return (await import('./registration-jobs')).putRegistrationJob(this.#ctx, job);
  }
  /** A new job, unless its list has an upload in progress (checked in the same transaction). */
  async addRegistrationJob(job: RegistrationJob): Promise<Result<{ added: RegistrationJob } | { busy: string }>> {
    return (await import('./registration-jobs')).addRegistrationJob(this.#ctx, job);
  }
  async getCachedCustomers(): Promise<Result<registrationJobs.CachedCustomer[]>> {
    return (await import('./registration-jobs')).getCachedCustomers(this.#ctx);
  }
  async putCachedCustomers(customers: readonly registrationJobs.CachedCustomer[]): Promise<Result<number>> {
    return (await import('./registration-jobs')).putCachedCustomers(this.#ctx, customers);
  }

  // Identifiers across every list
  findDuplicates(field: IdentifierField, value: string, query?: identifiers.DuplicateQuery): Promise<Result<IdentifierMatch[]>> {
    return identifiers.findDuplicates(this.#ctx, field, value, query);
  }
  loadIdentifierIndex(excludeListId?: string): Promise<Result<identifiers.IdentifierIndex>> {
    return identifiers.loadIdentifierIndex(this.#ctx, excludeListId);
  }

  // Settings
  getSettings(): Promise<Result<Settings>> {
    return settings.getSettings(this.#ctx);
  }
  updateSettings(patch: Partial<Settings>): Promise<Result<Settings>> {
    return settings.updateSettings(this.#ctx, patch);
  }

  // Backup
  exportBackup(): Promise<Result<backup.BackupFile>> {
    return backup.exportBackup(this.#ctx);
  }
  /** The backup as a Blob written in parts (any size); see backup.ts. */
  writeBackup(options?: backup.WriteBackupOptions): Promise<Result<backup.WrittenBackup>> {
    return backup.writeBackup(this.#ctx, options);
  }
  /** A File/Blob (streamed), a text or a version 1 object; settings are only proposed. */
  importBackup(input: unknown, options?: backup.RestoreOptions): Promise<Result<backup.ImportReport>> {
    return backup.importBackup(this.#ctx, input, options);
  }

  // Browser storage
  async requestPersistence(): Promise<Result<boolean | 'unknown'>> {
    return ok(await requestPersistence(this.#storage));
  }
  storageStatus(): Promise<StorageStatus> {
    return storageStatus(this.#storage);
  }
}

export async function openStore(options: OpenStoreOptions = {}): Promise<Result<BoxpilotStore>> {
  const factory = options.factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) return fail('unavailable', storageError('unavailable').message);
  const name = options.name ?? DEFAULT_DB_NAME;
  const storage = options.storageManager === null ? undefined : (options.storageManager ?? defaultStorageManager());
  const bus = new ChangeBus(name, options.channelName ?? 'boxpilot');
  const store = new BoxpilotStore(name, bus, options.now ?? Date.now, storage);
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  let giveUp: (v: 'gave-up') => void = () => undefined;
  const gaveUp = new Promise<'gave-up'>((resolve) => {
    giveUp = resolve;
  });
  const connecting = connect({
    factory,
    name,
    onBlocked: () => {
      options.onUpgradeBlocked?.();
      blockedTimer ??= setTimeout(() => giveUp('gave-up'), options.blockedTimeoutMs ?? 15_000);
    },
    onVersionChange: () => store.versionChanged(),
    onTerminated: () => store.terminated(),
  });
  try {
    const db = await Promise.race([connecting, gaveUp]);
    if (db === 'gave-up') {
      // The open is still queued: when it finally succeeds, let go of it at once.
      connecting.then((late) => late.close()).catch(() => undefined);
      bus.close();
      return { ok: false, error: storageError('blocked-by-other-tab') };
    }
    store.attach(db);
  } catch (e) {
    bus.close();
    return { ok: false, error: toStorageError(e) };
  } finally {
    clearTimeout(blockedTimer);
  }
  if (options.purgeTrash !== false) {
    // Best effort and never in the way: a failed purge (disk full) must not stop the app, and
    // a read-write transaction queued before the first read delays it by however long it takes.
    (options.schedulePurge ?? whenIdle)(() => store.purgeTrashIfDue());
  }
  return ok(store);
}

/** After the next paint, when the browser has nothing else to do (at the latest after 10 s). */
function whenIdle(purge: () => Promise<unknown>): void {
  const run = () => void purge().catch(() => undefined);
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  if (idle) setTimeout(() => idle(run, { timeout: 10_000 }), 1_000);
  else setTimeout(run, 1_000);
}
