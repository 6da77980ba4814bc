// What the core worker offers, in plain cloneable data: functions (findElsewhere, onProgress,
// signal) cannot cross to a worker, so duplicates in other lists travel as a snapshot of
// identifier → list name, progress as messages and cancelling as terminating the worker.
import type { Device, DeviceField, Dialect, Problem, ReadOptions, ReadResult, WriteResult } from '../core';

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

/** The core's findElsewhere callback over a snapshot. */
export function lookupIn(snapshot: ElsewhereSnapshot | undefined): ((field: DeviceField, value: string) => string | undefined) | undefined {
  if (!snapshot) return undefined;
  return (field, value) => snapshot[field]?.[value];
}
