// What the client answers: Partner Center's shapes (spec §4), reduced to what Boxpilot uses.
// The two the registration rules read (a batch's devices, a job's per-device results) are the
// core's types, so the client's answers and what the core matches on are one declaration.
import type { BatchDeviceKeys, ReportedDeviceStatus } from '../../core';

export interface PcCustomer {
  /** The customer id Partner Center uses in paths (the customer's tenant id). */
  id: string;
  tenantId: string;
  companyName: string;
  domain?: string;
}

/** Where the next page starts: Partner Center's `links.next`. */
export interface PcPageCursor {
  uri: string;
  continuationToken?: string;
}

export interface PcPage<T> {
  items: T[];
  next?: PcPageCursor;
  totalCount?: number;
}

export interface PcBatch {
  /** A batch's id is its name. */
  id: string;
  creationDate?: string;
  devicesCount?: number;
}

/** A device as Partner Center receives it: only fields with values (never `policies: []`). */
export interface PcDeviceInput {
  serialNumber?: string;
  productKey?: string;
  hardwareHash?: string;
  oemManufacturerName?: string;
  modelName?: string;
}

/** A device listed in a batch: the core's keys (Partner Center's `id` and the identifiers) plus the rest as sent. */
export interface PcBatchDevice extends BatchDeviceKeys, PcDeviceInput {}

export type PcJobStatus = 'queued' | 'processing' | 'finished' | 'finished_with_errors' | 'unknown';

/** One entry of `devicesStatus[]`: exactly what the core maps to outcomes. */
export type PcDeviceStatus = ReportedDeviceStatus;

export interface PcBatchStatus {
  trackingId: string;
  status: PcJobStatus;
  /** The status exactly as sent, when it was none of the known ones. */
  rawStatus?: string;
  startedTime?: string;
  completedTime?: string;
  devicesStatus: PcDeviceStatus[];
}

/** The answer to an accepted upload or profile assignment: where to poll. */
export interface PcTracking {
  trackingId: string;
  /** The batch the devices went to (the existing one's exact name when appending). */
  batchId?: string;
  /** True when a new batch was created, false when devices were appended to an existing one. */
  created?: boolean;
  /** Where the tracking link was found. */
  from: 'location' | 'body';
}

export interface PcProfile {
  id: string;
  name: string;
  description?: string;
  category?: string;
}

export interface CallOptions {
  signal?: AbortSignal;
}
