import type { Device } from '../../core';
import { hasIdentifier, toPcDevice } from './device-json';
import { fail, ok, type PcResult } from './errors';
import { PcHttp, type HttpAnswer, type HttpOptions } from './http';
import { getAllPages, getPage } from './paging';
import { parseBatch, parseBatchDevice, parseBatchStatus, parseCustomer, parseProfile, trackingIdFromBody, trackingIdFromLink } from './parse';
import type {
  CallOptions,
  PcBatch,
  PcBatchDevice,
  PcBatchStatus,
  PcCustomer,
  PcDeviceInput,
  PcPage,
  PcPageCursor,
  PcProfile,
  PcTracking,
} from './types';

// The Partner Center REST client (spec §4). Every method answers a PcResult; retries, token
// refresh and error mapping live in http.ts.

/** Partner Center takes at most this many devices per request (what Intune allows per file). */
export const MAX_DEVICES_PER_REQUEST = 500;
/** The Autopilot profile category (spec §4). */
export const OOBE_POLICY_KEY = 'o_o_b_e';
const CUSTOMER_PAGE_SIZE = 100;

export type PartnerCenterOptions = HttpOptions;

const seg = encodeURIComponent;
const customerPath = (customerId: string): string => `/customers/${seg(customerId)}`;

export const sameBatchName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export class PartnerCenterClient {
  readonly #http: PcHttp;

  constructor(options: PartnerCenterOptions) {
    this.#http = new PcHttp(options);
  }

  /** One page of customers; pass the previous page's `next` to get the following one. */
  listCustomers(options: CallOptions & { cursor?: PcPageCursor; size?: number } = {}): Promise<PcResult<PcPage<PcCustomer>>> {
    return getPage(this.#http, `/customers?size=${options.size ?? CUSTOMER_PAGE_SIZE}`, parseCustomer, options.cursor, options.signal);
  }

  /** Every customer, across pages. */
  listAllCustomers(options: CallOptions = {}): Promise<PcResult<PcCustomer[]>> {
    return getAllPages(this.#http, `/customers?size=${CUSTOMER_PAGE_SIZE}`, parseCustomer, options.signal);
  }

  /** Customers whose company name or domain contains the query (any case), across pages. */
  searchCustomers(query: string, options: CallOptions = {}): Promise<PcResult<PcCustomer[]>> {
    const needle = query.trim().toLowerCase();
    const matches = (c: PcCustomer): boolean =>
      needle === '' || c.companyName.toLowerCase().includes(needle) || (c.domain ?? '').toLowerCase().includes(needle);
    return getAllPages(this.#http, `/customers?size=${CUSTOMER_PAGE_SIZE}`, parseCustomer, options.signal, matches);
  }

  listBatches(customerId: string, options: CallOptions = {}): Promise<PcResult<PcBatch[]>> {
    return getAllPages(this.#http, `${customerPath(customerId)}/deviceBatches`, parseBatch, options.signal);
  }

  /** The batch with this name, compared ignoring case; `undefined` when there is none. */
  async findBatch(customerId: string, name: string, options: CallOptions = {}): Promise<PcResult<PcBatch | undefined>> {
    const batches = await this.listBatches(customerId, options);
    if (!batches.ok) return batches;
    return ok(batches.value.find((b) => sameBatchName(b.id, name)));
  }

  /** A new batch named `batchName` with these devices (at most 500). */
  async createBatch(customerId: string, batchName: string, devices: readonly Device[], options: CallOptions = {}): Promise<PcResult<PcTracking>> {
    const body = prepare(devices);
    if (!body.ok) return body;
    const answer = await this.#http.send(
      withSignal({ method: 'POST', path: `${customerPath(customerId)}/deviceBatches`, body: { batchId: batchName, devices: body.value } }, options.signal),
    );
    return tracking(answer, { batchId: batchName, created: true });
  }

  /** Devices (at most 500) added to the existing batch `batchId` (its exact name). */
  async addDevices(customerId: string, batchId: string, devices: readonly Device[], options: CallOptions = {}): Promise<PcResult<PcTracking>> {
    const body = prepare(devices);
    if (!body.ok) return body;
    const answer = await this.#http.send(
      withSignal({ method: 'POST', path: `${customerPath(customerId)}/deviceBatches/${seg(batchId)}/devices`, body: body.value }, options.signal),
    );
    return tracking(answer, { batchId, created: false });
  }

  /**
   * What Microsoft's own cmdlet does: append to the batch of that name (ignoring case) if it
   * exists, else create it. A create refused with 409 (another upload created it meanwhile)
   * appends instead.
   */
  async createOrAppend(customerId: string, batchName: string, devices: readonly Device[], options: CallOptions = {}): Promise<PcResult<PcTracking>> {
    const checked = prepare(devices);
    if (!checked.ok) return checked;
    const existing = await this.findBatch(customerId, batchName, options);
    if (!existing.ok) return existing;
    if (existing.value) return this.addDevices(customerId, existing.value.id, devices, options);
    const created = await this.createBatch(customerId, batchName, devices, options);
    if (created.ok || created.error.code !== 'conflict') return created;
    const again = await this.findBatch(customerId, batchName, options);
    if (!again.ok) return again;
    return this.addDevices(customerId, again.value?.id ?? batchName, devices, options);
  }

  async getBatchStatus(customerId: string, trackingId: string, options: CallOptions = {}): Promise<PcResult<PcBatchStatus>> {
    const answer = await this.#http.send(withSignal({ method: 'GET', path: `${customerPath(customerId)}/batchJobStatus/${seg(trackingId)}` }, options.signal));
    if (!answer.ok) return answer;
    const status = parseBatchStatus(answer.value.json, trackingId);
    return status ? ok(status) : fail({ code: 'bad-response', status: answer.value.status, description: 'Not a batch job status' });
  }

  listBatchDevices(customerId: string, batchId: string, options: CallOptions = {}): Promise<PcResult<PcBatchDevice[]>> {
    return getAllPages(this.#http, `${customerPath(customerId)}/deviceBatches/${seg(batchId)}/devices`, parseBatchDevice, options.signal);
  }

  /** Autopilot profiles made in Partner Center (Intune's are not visible here, spec §4). */
  listProfiles(customerId: string, options: CallOptions = {}): Promise<PcResult<PcProfile[]>> {
    return getAllPages(this.#http, `${customerPath(customerId)}/policies`, parseProfile, options.signal);
  }

  /** Assigns one profile to Partner Center device ids (at most 500); poll like an upload. */
  async assignProfile(customerId: string, deviceIds: readonly string[], policyId: string, options: CallOptions = {}): Promise<PcResult<PcTracking>> {
    if (deviceIds.length === 0) return fail({ code: 'no-devices' });
    if (deviceIds.length > MAX_DEVICES_PER_REQUEST) return fail({ code: 'too-many-devices' });
    const body = { devices: deviceIds.map((id) => ({ id, policies: [{ key: OOBE_POLICY_KEY, value: policyId }] })) };
    const answer = await this.#http.send(withSignal({ method: 'PATCH', path: `${customerPath(customerId)}/DevicePolicyUpdates`, body }, options.signal));
    return tracking(answer, {});
  }
}

function withSignal<T extends object>(request: T, signal: AbortSignal | undefined): T & { signal?: AbortSignal } {
  return signal ? { ...request, signal } : request;
}

function prepare(devices: readonly Device[]): PcResult<PcDeviceInput[]> {
  if (devices.length > MAX_DEVICES_PER_REQUEST) return fail({ code: 'too-many-devices' });
  const body = devices.map(toPcDevice);
  if (body.length === 0 || !body.every(hasIdentifier)) return fail({ code: 'no-devices' });
  return ok(body);
}

/** The tracking id from the Location header or, failing that, the body (spec §4: docs disagree). */
function tracking(answer: PcResult<HttpAnswer>, extra: Pick<PcTracking, 'batchId' | 'created'>): PcResult<PcTracking> {
  if (!answer.ok) return answer;
  const location = answer.value.headers.get('location');
  const fromHeader = location ? trackingIdFromLink(location) : undefined;
  const trackingId = fromHeader ?? trackingIdFromBody(answer.value.json);
  if (!trackingId) {
    // Accepted, but we cannot follow it: the devices may be in the batch, so never resend blindly.
    return fail({ code: 'bad-response', status: answer.value.status, description: 'No tracking link in the answer', maybeSent: true });
  }
  const value: PcTracking = { trackingId, from: fromHeader ? 'location' : 'body' };
  if (extra.batchId !== undefined) value.batchId = extra.batchId;
  if (extra.created !== undefined) value.created = extra.created;
  return ok(value);
}
