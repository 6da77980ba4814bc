// What the client answers: Partner Center's shapes (spec §4), reduced to what Boxpilot uses.

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

export interface PcBatchDevice extends PcDeviceInput {
  id: string;
}

export type PcJobStatus = 'queued' | 'processing' | 'finished' | 'finished_with_errors' | 'unknown';

export interface PcDeviceStatus {
  deviceId?: string;
  serialNumber?: string;
  productKey?: string;
  hardwareHash?: string;
  status?: string;
  errorCode?: string;
  errorDescription?: string;
}

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
