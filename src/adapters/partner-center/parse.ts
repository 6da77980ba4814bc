import { isRecord, text } from './read-body';
import type { PcBatch, PcBatchDevice, PcBatchStatus, PcCustomer, PcDeviceStatus, PcJobStatus, PcPage, PcPageCursor, PcProfile } from './types';

// Partner Center JSON -> the client's types. Unknown extra fields are ignored; a collection
// without `items` is not a collection (the caller answers `bad-response`).

export function parseCollection<T>(json: unknown, item: (raw: Record<string, unknown>) => T | undefined): PcPage<T> | undefined {
  const raw = Array.isArray(json) ? { items: json } : json;
  if (!isRecord(raw) || !Array.isArray(raw['items'])) return undefined;
  const items = raw['items'].flatMap((entry) => {
    const parsed = isRecord(entry) ? item(entry) : undefined;
    return parsed === undefined ? [] : [parsed];
  });
  const page: PcPage<T> = { items };
  if (typeof raw['totalCount'] === 'number') page.totalCount = raw['totalCount'];
  const next = nextCursor(raw['links']);
  if (next) page.next = next;
  return page;
}

function nextCursor(links: unknown): PcPageCursor | undefined {
  if (!isRecord(links) || !isRecord(links['next'])) return undefined;
  const next = links['next'];
  const uri = text(next, 'uri');
  if (!uri) return undefined;
  const cursor: PcPageCursor = { uri };
  const headers = Array.isArray(next['headers']) ? next['headers'] : [];
  for (const header of headers) {
    if (isRecord(header) && /^MS-ContinuationToken$/i.test(String(header['key'] ?? ''))) {
      const value = text(header, 'value');
      if (value) cursor.continuationToken = value;
    }
  }
  return cursor;
}

export function parseCustomer(raw: Record<string, unknown>): PcCustomer | undefined {
  const id = text(raw, 'id');
  if (!id) return undefined;
  const profile = isRecord(raw['companyProfile']) ? raw['companyProfile'] : {};
  const customer: PcCustomer = {
    id,
    tenantId: text(profile, 'tenantId') ?? id,
    companyName: text(profile, 'companyName') ?? text(raw, 'companyName') ?? '',
  };
  const domain = text(profile, 'domain') ?? text(raw, 'domain');
  if (domain) customer.domain = domain;
  return customer;
}

export function parseBatch(raw: Record<string, unknown>): PcBatch | undefined {
  const id = text(raw, 'id');
  if (!id) return undefined;
  const batch: PcBatch = { id };
  const created = text(raw, 'creationDate');
  if (created) batch.creationDate = created;
  if (typeof raw['devicesCount'] === 'number') batch.devicesCount = raw['devicesCount'];
  return batch;
}

const DEVICE_FIELDS = ['serialNumber', 'productKey', 'hardwareHash', 'oemManufacturerName', 'modelName'] as const;

export function parseBatchDevice(raw: Record<string, unknown>): PcBatchDevice | undefined {
  const id = text(raw, 'id');
  if (!id) return undefined;
  const device: PcBatchDevice = { id };
  for (const key of DEVICE_FIELDS) {
    const value = text(raw, key);
    if (value) device[key] = value;
  }
  return device;
}

export function parseProfile(raw: Record<string, unknown>): PcProfile | undefined {
  const id = text(raw, 'id');
  if (!id) return undefined;
  const profile: PcProfile = { id, name: text(raw, 'name') ?? id };
  const description = text(raw, 'description');
  if (description) profile.description = description;
  const category = text(raw, 'category');
  if (category) profile.category = category;
  return profile;
}

const STATUSES: Record<string, PcJobStatus> = {
  queued: 'queued',
  processing: 'processing',
  finished: 'finished',
  finishedwitherrors: 'finished_with_errors',
};

export function parseBatchStatus(json: unknown, trackingId: string): PcBatchStatus | undefined {
  if (!isRecord(json)) return undefined;
  const raw = text(json, 'status') ?? '';
  const status = STATUSES[raw.toLowerCase().replace(/[^a-z]/g, '')] ?? 'unknown';
  const result: PcBatchStatus = {
    trackingId: text(json, 'batchTrackingId') ?? trackingId,
    status,
    devicesStatus: (Array.isArray(json['devicesStatus']) ? json['devicesStatus'] : []).flatMap((entry) =>
      isRecord(entry) ? [parseDeviceStatus(entry)] : [],
    ),
  };
  if (status === 'unknown') result.rawStatus = raw;
  const started = text(json, 'startedTime');
  if (started) result.startedTime = started;
  const completed = text(json, 'completedTime');
  if (completed) result.completedTime = completed;
  return result;
}

function parseDeviceStatus(raw: Record<string, unknown>): PcDeviceStatus {
  const out: PcDeviceStatus = {};
  for (const key of ['deviceId', 'serialNumber', 'productKey', 'hardwareHash', 'status', 'errorDescription'] as const) {
    const value = text(raw, key);
    if (value) out[key] = value;
  }
  const code = text(raw, 'errorCode');
  if (code && code !== '0') out.errorCode = code;
  return out;
}

/** The tracking id in a link like `/customers/{cid}/batchJobStatus/{trackingId}`. */
export function trackingIdFromLink(link: string): string | undefined {
  const match = /batchJobStatus\/([^/?#\s"]+)/i.exec(link);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

/**
 * The tracking link in an accepted answer's body: the docs disagree on where (spec §4), so look
 * for a string link anywhere in it (a bare string, `location`, `statusLink`, `links.self.uri` …)
 * and for a `batchTrackingId` / `trackingId` field.
 */
export function trackingIdFromBody(json: unknown, depth = 0): string | undefined {
  if (typeof json === 'string') return trackingIdFromLink(json);
  if (depth > 4) return undefined;
  if (Array.isArray(json)) {
    for (const entry of json) {
      const found = trackingIdFromBody(entry, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!isRecord(json)) return undefined;
  for (const value of Object.values(json)) {
    const found = trackingIdFromBody(value, depth + 1);
    if (found) return found;
  }
  return text(json, 'batchTrackingId') ?? text(json, 'trackingId');
}
