import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KeyObject } from 'node:crypto';
import { checkBearer, PC_AUDIENCE } from './mock-pc-token';

export { signJwt, PC_AUDIENCE, PC_SCOPE } from './mock-pc-token';

// A local Partner Center (spec §4) for end-to-end tests: node:http on 127.0.0.1, random port.
// It verifies every bearer token (RS256 signature against the given public key, audience, scope
// `user_impersonation`, `amr` with `mfa`), records every request, and serves customers in pages,
// batches, uploads that go queued -> processing -> finished(_with_errors) with per-device results
// scripted by serial, profiles and DevicePolicyUpdates. Faults (429 + Retry-After, 500 …), the
// place of the tracking link and CORS (the app's origin, or none at all) are switchable.

export interface MockCustomer {
  id: string;
  companyName: string;
  domain: string;
}

export interface MockProfile {
  id: string;
  name: string;
  description?: string;
}

/** What Partner Center answers for one device: success or an error code (spec §6). */
export type DeviceResult = 'success' | number | 'ZtdDeviceDuplicated';

export interface MockDevice {
  id: string;
  serialNumber?: string;
  productKey?: string;
  hardwareHash?: string;
  oemManufacturerName?: string;
  modelName?: string;
  policies: { key: string; value: string }[];
}

export interface MockBatch {
  id: string;
  creationDate: string;
  devices: MockDevice[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  origin?: string;
  continuationToken?: string;
  body?: unknown;
  /** Why the token was refused, when it was. */
  tokenRefused?: string;
  status: number;
  at: number;
}

export interface Fault {
  status: number;
  /** Retry-After value (seconds, or an HTTP date) for a 429. */
  retryAfter?: string | number;
  body?: unknown;
  /** Only for requests with this method / path (default: the next request of any kind). */
  method?: string;
  path?: RegExp;
}

export type MfaRefusal = 'body-10001' | 'body-900421' | 'claims-challenge';

export interface MockPartnerCenterOptions {
  publicKey: KeyObject | string;
  audience?: string;
  /** The app's origin: the only one CORS answers (when `cors` is 'app'). */
  appOrigin?: string;
  cors?: 'app' | 'none';
  customers?: MockCustomer[];
  /** Customers per page (default 2, so 3+ customers make at least two pages). */
  customerPageSize?: number;
  trackingLink?: 'location' | 'body';
  mfaRefusal?: MfaRefusal;
  /** Status polls answered `queued`, then `processing`, before the result (default 1 and 1). */
  queuedPolls?: number;
  processingPolls?: number;
  profiles?: Record<string, MockProfile[]>;
  port?: number;
}

interface MockJob {
  trackingId: string;
  customerId: string;
  kind: 'upload' | 'policy';
  devices: { device: Partial<MockDevice>; result: DeviceResult; deviceId?: string }[];
  polls: number;
  startedTime: string;
  completedTime?: string;
}

const ERROR_NAMES: Record<number, string> = {
  801: 'InvalidZtdRequestBody',
  802: 'InvalidZtdHardwareHash',
  803: 'MissingZtdSerialNumberAndProductKey',
  806: 'ZtdDeviceAlreadyAssigned',
  807: 'ZtdDeviceIsNotRegistered',
  808: 'ZtdDeviceAssignedToOtherTenant',
  809: 'ZtdProfileIsNotRegistered',
  810: 'ZtdProfileAssignedToOtherTenant',
  811: 'ZtdDeviceRegisteredByOtherTenant',
  812: 'ZtdDeviceNotFound',
  813: 'ZtdDeviceIsNotUnique',
  814: 'ZtdDeviceAlreadyAadRegistered',
};

const DEVICE_FIELDS = ['serialNumber', 'productKey', 'hardwareHash', 'oemManufacturerName', 'modelName'] as const;
const EXPOSED = 'Location, Retry-After, WWW-Authenticate';

export class MockPartnerCenter {
  readonly requests: RecordedRequest[] = [];
  /** Scripted per-device results by serial number (or PKID); unlisted devices succeed. */
  readonly deviceResults = new Map<string, DeviceResult>();
  readonly customers: MockCustomer[];
  readonly profiles: Record<string, MockProfile[]>;
  readonly jobs = new Map<string, MockJob>();
  cors: 'app' | 'none';
  appOrigin: string | undefined;
  trackingLink: 'location' | 'body';
  mfaRefusal: MfaRefusal;
  /** Prefix every JSON answer with a UTF-8 BOM (Partner Center sometimes does). */
  bom = false;
  queuedPolls: number;
  processingPolls: number;
  port = 0;

  readonly #publicKey: KeyObject | string;
  readonly #audience: string;
  readonly #pageSize: number;
  readonly #batches = new Map<string, MockBatch[]>();
  readonly #faults: Fault[] = [];
  #held = false;
  #server: Server | undefined;
  #ids = 0;

  constructor(options: MockPartnerCenterOptions) {
    this.#publicKey = options.publicKey;
    this.#audience = options.audience ?? PC_AUDIENCE;
    this.appOrigin = options.appOrigin;
    this.cors = options.cors ?? 'app';
    this.customers = options.customers ?? [
      { id: '11111111-1111-4111-8111-111111111111', companyName: 'Contoso AB', domain: 'contoso.onmicrosoft.com' },
      { id: '22222222-2222-4222-8222-222222222222', companyName: 'Fabrikam A/S', domain: 'fabrikam.dk' },
      { id: '33333333-3333-4333-8333-333333333333', companyName: 'Northwind Traders Oy', domain: 'northwind.fi' },
    ];
    this.#pageSize = options.customerPageSize ?? 2;
    this.trackingLink = options.trackingLink ?? 'location';
    this.mfaRefusal = options.mfaRefusal ?? 'body-10001';
    this.queuedPolls = options.queuedPolls ?? 1;
    this.processingPolls = options.processingPolls ?? 1;
    this.profiles = options.profiles ?? {};
    this.port = options.port ?? 0;
  }

  /** Where the app should send its calls (the API base URL; the client adds /v1). */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => void this.#handle(req, res));
    this.#server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** The next matching request gets this answer instead (queued: several faults in a row). */
  failNext(fault: Fault): void {
    this.#faults.push(fault);
  }

  /** Keep every upload in `processing` until release() (e.g. to reload the app meanwhile). */
  hold(): void {
    this.#held = true;
  }

  release(): void {
    this.#held = false;
  }

  batches(customerId: string): MockBatch[] {
    let list = this.#batches.get(customerId);
    if (!list) this.#batches.set(customerId, (list = []));
    return list;
  }

  /** Requests that reached a route with this method (e.g. POSTs of devices), optionally by path. */
  calls(method: string, path?: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && (!path || path.test(r.path)));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = req.url ?? '/';
    const [path = '/', query = ''] = raw.split('?', 2) as [string, string?];
    const method = req.method ?? 'GET';
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    const text = await readBody(req);
    const record: RecordedRequest = { method, path, query, status: 0, at: Date.now() };
    if (origin) record.origin = origin;
    const token = req.headers['ms-continuationtoken'];
    if (typeof token === 'string') record.continuationToken = token;
    if (text) {
      try {
        record.body = JSON.parse(text);
      } catch {
        record.body = text;
      }
    }
    this.requests.push(record);

    const corsHeaders: Record<string, string> =
      this.cors === 'app' && origin !== undefined && origin === this.appOrigin
        ? { 'access-control-allow-origin': origin, 'access-control-expose-headers': EXPOSED, vary: 'Origin' }
        : {};
    const answer = (status: number, body?: unknown, headers: Record<string, string> = {}): void => {
      record.status = status;
      const payload = body === undefined ? '' : `${this.bom ? '\uFEFF' : ''}${JSON.stringify(body)}`;
      res.writeHead(status, {
        ...corsHeaders,
        ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(payload);
    };

    if (method === 'OPTIONS') {
      if (!corsHeaders['access-control-allow-origin']) return answer(405);
      return answer(204, undefined, {
        'access-control-allow-methods': 'GET, POST, PATCH, DELETE',
        'access-control-allow-headers': 'Authorization, Accept, Content-Type, MS-ContinuationToken',
        'access-control-max-age': '600',
      });
    }

    const faultAt = this.#faults.findIndex((f) => (!f.method || f.method === method) && (!f.path || f.path.test(path)));
    if (faultAt >= 0) {
      const [fault] = this.#faults.splice(faultAt, 1) as [Fault];
      const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
      return answer(fault.status, fault.body ?? { code: fault.status, description: `Scripted fault ${fault.status}` }, headers);
    }

    const check = checkBearer(req.headers.authorization, this.#publicKey, this.#audience, Math.floor(Date.now() / 1000));
    if (!check.ok) {
      record.tokenRefused = check.reason;
      if (check.reason === 'mfa') return this.#refuseMfa(answer);
      return answer(401, { code: 'invalid_token', description: `Token refused: ${check.reason}` }, { 'www-authenticate': `Bearer error="invalid_token", error_description="${check.reason}"` });
    }

    const route = this.#route(method, path, query, record, typeof token === 'string' ? token : undefined);
    answer(route.status, route.body, route.headers);
  }

  #refuseMfa(answer: (status: number, body?: unknown, headers?: Record<string, string>) => void): void {
    if (this.mfaRefusal === 'body-900421') return answer(401, { code: 900421, description: 'The token is missing the MFA claim.' });
    if (this.mfaRefusal === 'claims-challenge') {
      const claims = Buffer.from(JSON.stringify({ access_token: { amr: { essential: true, values: ['mfa'] } } })).toString('base64');
      return answer(401, { code: 'insufficient_claims', description: 'MFA required' }, { 'www-authenticate': `Bearer realm="", error="insufficient_claims", claims="${claims}"` });
    }
    return answer(401, { code: 10001, description: 'Authentication failed. MFA required.' });
  }

  #route(method: string, path: string, query: string, record: RecordedRequest, continuation: string | undefined): { status: number; body?: unknown; headers?: Record<string, string> } {
    const parts = path.split('/').map((p) => decodeURIComponent(p));
    // ['', 'v1', 'customers', cid, what, x, y]
    if (parts[1] !== 'v1' || parts[2] !== 'customers') return notFound('No such route');
    if (parts.length === 3 && method === 'GET') return { status: 200, body: this.#customerPage(query, continuation) };
    const customerId = parts[3]!;
    if (!this.customers.some((c) => c.id === customerId)) return notFound('Customer not found', 600026);
    const what = parts[4];
    if (what === 'deviceBatches' && parts.length === 5) {
      if (method === 'GET') return { status: 200, body: collection(this.batches(customerId).map((b) => ({ id: b.id, creationDate: b.creationDate, devicesCount: b.devices.length, devicesLink: { uri: `/customers/${customerId}/deviceBatches/${encodeURIComponent(b.id)}/devices`, method: 'GET' } }))) };
      if (method === 'POST') return this.#upload(customerId, record.body, true);
    }
    if (what === 'deviceBatches' && parts.length === 7 && parts[6] === 'devices') {
      const batch = this.batches(customerId).find((b) => b.id === parts[5]);
      if (!batch) return notFound('Batch not found', 600040);
      if (method === 'GET') return { status: 200, body: collection(batch.devices.map((d) => ({ ...d, allowedOperations: ['delete'] }))) };
      if (method === 'POST') return this.#upload(customerId, record.body, false, batch);
    }
    if (what === 'batchJobStatus' && parts.length === 6 && method === 'GET') {
      const job = this.jobs.get(parts[5]!);
      if (!job || job.customerId !== customerId) return notFound('Tracking id not found');
      return { status: 200, body: this.#status(job) };
    }
    if (what === 'policies' && parts.length === 5 && method === 'GET') {
      return { status: 200, body: collection((this.profiles[customerId] ?? []).map((p) => ({ ...p, category: 'o_o_b_e', policySettings: ['remove_admin'] }))) };
    }
    if (what === 'DevicePolicyUpdates' && parts.length === 5 && method === 'PATCH') return this.#assign(customerId, record.body);
    return notFound('No such route');
  }

  #customerPage(query: string, continuation: string | undefined): unknown {
    const params = new URLSearchParams(query);
    const size = Math.min(Number(params.get('size') ?? this.#pageSize) || this.#pageSize, this.#pageSize);
    const offset = params.get('seekOperation') === 'Next' && continuation ? Number(Buffer.from(continuation, 'base64').toString('utf8')) : 0;
    const items = this.customers.slice(offset, offset + size).map((c) => ({
      id: c.id,
      companyProfile: { tenantId: c.id, domain: c.domain, companyName: c.companyName },
      relationshipToPartner: 'reseller',
      attributes: { objectType: 'Customer' },
    }));
    const body: Record<string, unknown> = { totalCount: this.customers.length, items, attributes: { objectType: 'Collection' } };
    if (offset + size < this.customers.length) {
      body['links'] = {
        next: {
          uri: `/v1/customers?size=${size}&seekOperation=Next`,
          method: 'GET',
          headers: [{ key: 'MS-ContinuationToken', value: Buffer.from(String(offset + size)).toString('base64') }],
        },
      };
    }
    return body;
  }

  #upload(customerId: string, body: unknown, create: boolean, existing?: MockBatch): { status: number; body?: unknown; headers?: Record<string, string> } {
    const raw = create ? (isObject(body) ? body['devices'] : undefined) : body;
    if (create && (!isObject(body) || typeof body['batchId'] !== 'string' || body['batchId'] === '')) return badRequest('batchId is required');
    if (!Array.isArray(raw) || raw.length === 0) return badRequest('devices are required');
    if (raw.length > 500) return badRequest('At most 500 devices per request');
    const devices: Partial<MockDevice>[] = [];
    for (const entry of raw) {
      if (!isObject(entry)) return badRequest('A device must be an object');
      // An empty policies array made the real service fail with 500 (spec §4).
      if (Array.isArray(entry['policies']) && entry['policies'].length === 0) return { status: 500, body: { code: 500, description: 'Internal server error' } };
      const device: Partial<MockDevice> = {};
      for (const key of DEVICE_FIELDS) {
        const value = entry[key];
        if (value === undefined) continue;
        if (typeof value !== 'string' || value === '') return badRequest(`${key} must be a non-empty string when present`);
        device[key] = value;
      }
      devices.push(device);
    }
    let batch = existing;
    if (create) {
      const name = (body as Record<string, unknown>)['batchId'] as string;
      if (this.batches(customerId).some((b) => b.id.toLowerCase() === name.toLowerCase())) return { status: 409, body: { code: 600050, description: 'A batch with this name already exists' } };
      batch = { id: name, creationDate: new Date().toISOString(), devices: [] };
      this.batches(customerId).push(batch);
    }
    const known = this.batches(customerId).flatMap((b) => b.devices);
    const job: MockJob = { trackingId: this.#id('trk'), customerId, kind: 'upload', devices: [], polls: 0, startedTime: new Date().toISOString() };
    const seenInUpload = new Set<string>();
    for (const device of devices) {
      const key = device.serialNumber ?? device.productKey ?? device.hardwareHash ?? '';
      const scripted = this.deviceResults.get(device.serialNumber ?? '') ?? this.deviceResults.get(device.productKey ?? '');
      let result: DeviceResult = scripted ?? 'success';
      if (!device.serialNumber && !device.productKey && !device.hardwareHash) result = 803;
      else if (seenInUpload.has(key)) result = 'ZtdDeviceDuplicated';
      else if (scripted === undefined && known.some((k) => sameDevice(k, device))) result = 806;
      seenInUpload.add(key);
      const stored: MockDevice = { id: this.#id('dev'), ...device, policies: [] };
      if (result === 'success') batch!.devices.push(stored);
      job.devices.push({ device, result, ...(result === 'success' ? { deviceId: stored.id } : {}) });
    }
    this.jobs.set(job.trackingId, job);
    return this.#accepted(customerId, job);
  }

  #assign(customerId: string, body: unknown): { status: number; body?: unknown; headers?: Record<string, string> } {
    const list = isObject(body) ? body['devices'] : undefined;
    if (!Array.isArray(list) || list.length === 0) return badRequest('devices are required');
    const all = this.batches(customerId).flatMap((b) => b.devices);
    const job: MockJob = { trackingId: this.#id('pol'), customerId, kind: 'policy', devices: [], polls: 0, startedTime: new Date().toISOString() };
    for (const entry of list) {
      const id = isObject(entry) && typeof entry['id'] === 'string' ? entry['id'] : '';
      const policies = isObject(entry) && Array.isArray(entry['policies']) ? (entry['policies'] as { key: string; value: string }[]) : [];
      const device = all.find((d) => d.id === id);
      const policy = policies.find((p) => p.key === 'o_o_b_e');
      let result: DeviceResult = 'success';
      if (!device) result = 807;
      else if (!policy || !(this.profiles[customerId] ?? []).some((p) => p.id === policy.value)) result = 809;
      else device.policies = [{ key: 'o_o_b_e', value: policy.value }];
      job.devices.push({ device: device ?? {}, result, deviceId: id });
    }
    this.jobs.set(job.trackingId, job);
    return this.#accepted(customerId, job);
  }

  #accepted(customerId: string, job: MockJob): { status: number; body?: unknown; headers?: Record<string, string> } {
    const link = `/customers/${customerId}/batchJobStatus/${job.trackingId}`;
    if (this.trackingLink === 'body') return { status: 202, body: link };
    return { status: 202, headers: { location: link } };
  }

  #status(job: MockJob): unknown {
    job.polls += 1;
    const base = { batchTrackingId: job.trackingId, startedTime: job.startedTime };
    if (job.polls <= this.queuedPolls) return { ...base, status: 'queued', devicesStatus: [] };
    if (this.#held || job.polls <= this.queuedPolls + this.processingPolls) return { ...base, status: 'processing', devicesStatus: [] };
    job.completedTime ??= new Date().toISOString();
    const devicesStatus = job.devices.map(({ device, result, deviceId }) => {
      const entry: Record<string, unknown> = { deviceId: deviceId ?? '', serialNumber: device.serialNumber ?? '', productKey: device.productKey ?? '' };
      if (result === 'success') return { ...entry, status: 'finished', errorCode: 0, errorDescription: '' };
      const name = result === 'ZtdDeviceDuplicated' ? result : (ERROR_NAMES[result] ?? 'Error');
      return { ...entry, status: 'failed', errorCode: result, errorDescription: name };
    });
    const failed = job.devices.some((d) => d.result !== 'success');
    return { ...base, completedTime: job.completedTime, status: failed ? 'finished_with_errors' : 'finished', devicesStatus };
  }

  #id(prefix: string): string {
    this.#ids += 1;
    return `${prefix}-${this.#ids}`;
  }
}

function sameDevice(a: Partial<MockDevice>, b: Partial<MockDevice>): boolean {
  return (
    (a.productKey !== undefined && a.productKey === b.productKey) ||
    (a.serialNumber !== undefined && a.serialNumber === b.serialNumber) ||
    (a.hardwareHash !== undefined && a.hardwareHash === b.hardwareHash)
  );
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const collection = (items: unknown[]) => ({ totalCount: items.length, items, attributes: { objectType: 'Collection' } });
const notFound = (description: string, code: number | string = 'not_found') => ({ status: 404, body: { code, description, data: [], source: 'mock' } });
const badRequest = (description: string) => ({ status: 400, body: { code: 600000, description, data: [], source: 'mock' } });

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}
