// What the core worker offers, in plain cloneable data: functions (findElsewhere, onProgress,
// signal) cannot cross to a worker, so duplicates in other lists travel as a snapshot of
// identifier → list name, progress as messages and cancelling as terminating the worker.
import type { Device, DeviceField, Dialect, Problem, ReadOptions, ReadResult, WriteResult } from '../core';
import type { MethodList } from './worker-bridge';

/** Identifier values already stored in other lists, with the name of the list holding each. */
export type ElsewhereSnapshot = Partial<Record<DeviceField, Record<string, string>>>;

export interface WorkerValidateOptions {
  maxRows?: number;
  listName?: string;
  elsewhere?: ElsewhereSnapshot;
}

export type WorkerReadOptions = Omit<ReadOptions, 'onProgress' | 'signal'>;

export interface CoreApi {
  readDeviceFile(bytes: ArrayBuffer, fileName: string, options: WorkerReadOptions): Promise<ReadResult>;
  validateDevices(devices: Device[], dialect: Dialect, options: WorkerValidateOptions): Problem[];
  writeDeviceFiles(devices: Device[], dialect: Dialect, options: WorkerValidateOptions): WriteResult;
}

/** The worker's method list, with each method's argument count (checked against CoreApi). */
export const CORE_METHODS = { readDeviceFile: 3, validateDevices: 3, writeDeviceFiles: 3 } as const satisfies MethodList<CoreApi>;

export const isCoreMethod = (method: string): method is keyof CoreApi => Object.hasOwn(CORE_METHODS, method);

/** The core's findElsewhere callback over a snapshot. */
export function lookupIn(snapshot: ElsewhereSnapshot | undefined): ((field: DeviceField, value: string) => string | undefined) | undefined {
  if (!snapshot) return undefined;
  return (field, value) => snapshot[field]?.[value];
}
