// The records Boxpilot keeps and the shapes its storage API answers with. The UI is written
// against these names; README.md beside this file lists them.
import type { DeviceRegistration } from '../../core';
import type { Device, Dialect, Problem } from '../../core/types';

/** A device list: one customer's batch. Its `name` becomes the Partner Center batch name and group tag. */
export interface DeviceList {
  id: string;
  name: string;
  customerName: string;
  customerTenantId?: string;
  dialect: Dialect;
  createdAt: number;
  updatedAt: number;
  /** Set while the list is in the trash; the list and its devices are then hidden everywhere. */
  deletedAt?: number;
}

export type DeviceSource = 'scan' | 'typed' | 'file';

/**
 * What Partner Center said about the device, kept so polling resumes after a reload: the core's
 * record (`toDeviceRegistration` builds it, `problemOfRegistration` explains it).
 */
export type Registration = DeviceRegistration;

export interface StoredDevice {
  id: string;
  listId: string;
  device: Device;
  source: DeviceSource;
  /** File name and line, or the barcode symbology. */
  sourceDetail?: string;
  addedAt: number;
  updatedAt: number;
  /**
   * Derived (src/app/problems.ts): the list's validation plus `found`. Stored because the Lists
   * screen counts devices with errors from an index over it.
   */
  problems: Problem[];
  /** What the file reader found (Excel damage, removed noise …): kept until the value it is about changes. */
  found?: Problem[];
  registration?: Registration;
  deletedAt?: number;
}

/** What the app hands to `addDevices`: the rest (id, times, listId) is filled in by the store. */
export interface NewDevice {
  device: Device;
  source: DeviceSource;
  sourceDetail?: string;
  problems?: Problem[];
  found?: Problem[];
  registration?: Registration;
}

/** The fields of a device record the app may change after it is added. */
export interface DevicePatch {
  device?: Device;
  problems?: Problem[];
  /** What the reader found that still holds; `null` removes it. */
  found?: Problem[] | null;
  sourceDetail?: string;
  /** `null` removes the registration status. */
  registration?: Registration | null;
}

export interface NewList {
  name: string;
  customerName: string;
  customerTenantId?: string;
  dialect?: Dialect;
}

export type ListPatch = Partial<Pick<DeviceList, 'name' | 'customerName' | 'customerTenantId' | 'dialect'>>;

/** Per-list numbers for the Lists screen. Errors/warnings count devices with at least one such problem. */
export interface ListCounts {
  devices: number;
  errors: number;
  warnings: number;
}

export interface ListSummary extends DeviceList {
  counts: ListCounts;
}

/** Opaque position for `getDevicesPage`: pass back the `nextKey` of the previous page. */
export type DevicePageKey = readonly [addedAt: number, id: string];

export interface DevicePage {
  devices: StoredDevice[];
  /** Absent when this page reached the end of the list. */
  nextKey?: DevicePageKey;
}

export type IdentifierField = 'serialNumber' | 'pkid' | 'hardwareHash';

/** Where an identifier was found. */
export interface IdentifierMatch {
  deviceId: string;
  listId: string;
  listName: string;
}

export interface TrashContents {
  lists: ListSummary[];
  /** Devices trashed one by one (devices of a trashed list go with their list). */
  devices: StoredDevice[];
}

export interface StorageStatus {
  persisted: boolean | 'unknown';
  usage?: number;
  quota?: number;
}

/** Messages between tabs (BroadcastChannel 'boxpilot'), plus `reload-required` raised locally. */
export type ChangeMessage =
  | { type: 'lists-changed' }
  /**
   * `changed` / `removed` name the devices when the write was small (a code, an edit), so other
   * tabs read just those; without them, the tab re-reads the list.
   */
  | { type: 'devices-changed'; listId: string; changed?: string[]; removed?: string[] }
  | { type: 'settings-changed' }
  | { type: 'reload-required' };
