// How a list's fields, dialects, ignored scans and storage errors read on screen: translation keys
// and the few helpers that build sentences from them (the list screen and its components share these).
import type { Device, DeviceField, Dialect } from '../../../core';
import type { StorageError } from '../../../adapters/storage';
import { i18n } from '../../i18n/i18n.svelte';

export const FIELD_LABEL = {
  serialNumber: 'list.field.serialNumber',
  pkid: 'list.field.pkid',
  hardwareHash: 'list.field.hardwareHash',
  manufacturer: 'list.field.manufacturer',
  model: 'list.field.model',
  groupTag: 'list.field.groupTag',
  assignedUser: 'list.field.assignedUser',
} as const satisfies Record<DeviceField, string>;

export const DIALECT_LABEL = {
  'partner-center': 'list.dialect.partner-center',
  intune: 'list.dialect.intune',
  'corporate-identifiers': 'list.dialect.corporate-identifiers',
} as const satisfies Record<Dialect, string>;

/** Why a scanned code was not put on the box, by the core's reason. */
export const IGNORED_TEXT = {
  empty: 'list.ignored.empty',
  'product-key': 'list.ignored.product-key',
  'windows-product-id': 'list.ignored.windows-product-id',
  gtin: 'list.ignored.gtin',
  unknown: 'list.ignored.unknown',
  'too-long': 'list.ignored.too-long',
  'not-a-hash': 'list.ignored.not-a-hash',
} as const;

/** A hash is 4 KB: shown by its ends. */
export function abbreviate(hash: string): string {
  return hash.length <= 16 ? hash : `${hash.slice(0, 8)}…${hash.slice(-4)}`;
}

/** A device by its identifiers and model, for "Device 3 saved: …". */
export function describe(d: Device): string {
  return (['serialNumber', 'pkid', 'hardwareHash', 'manufacturer', 'model'] as const)
    .filter((f) => d[f])
    .map((f) => `${i18n.t(FIELD_LABEL[f])} ${f === 'hardwareHash' ? abbreviate(d[f] ?? '') : d[f]}`)
    .join(', ');
}

/** "Serial number X, PKID Y": the given fields of a device with their values. */
/** A sentence that ends in a value ending in a full stop ("Dell Inc.") gets one full stop, not two. */
export const oneFullStop = (sentence: string): string => sentence.replace(/\.\.$/, '.');

export function fieldsText(device: Device, fields: readonly DeviceField[]): string {
  return fields.map((f) => `${i18n.t(FIELD_LABEL[f])} ${device[f] ?? ''}`).join(', ');
}

/** A storage error in the current language, by its code. */
export function errorText(error: StorageError): string {
  return i18n.storageError(error);
}
