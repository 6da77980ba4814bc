// @ts-check
// Boxpilot's Partner Center relay: forwards the app's Partner Center calls to the real API when
// the API does not answer the browser's CORS requests (spec §4). It passes the user's own
// Authorization header through unchanged, stores nothing, and logs only method, route, status and
// time: never a token, a body or a customer id.
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { matchRoute, METHODS } from './routes.mjs';

/**
 * @typedef {object} RelayOptions
 * @property {string} [target] where Partner Center is (default https://api.partnercenter.microsoft.com)
 * @property {string[]} allowedOrigins the app's origin(s), e.g. https://boxpilot.example.com
 * @property {string} [basePath] a sub-path the relay is served under, e.g. /pc (default none)
 * @property {number} [maxBodyBytes] largest request body (default 5 MB: 500 devices with 4 KB hashes is ~2.3 MB)
 * @property {number} [timeoutMs] upstream timeout (default 120 s)
 * @property {typeof fetch} [fetch]
 * @property {(line: string) => void} [log]
 */

export const DEFAULT_TARGET = 'https://api.partnercenter.microsoft.com';
const REQUEST_HEADERS = ['authorization', 'accept', 'content-type', 'ms-continuationtoken'];
const RESPONSE_HEADERS = ['content-type', 'location', 'retry-after', 'www-authenticate', 'ms-continuationtoken', 'request-id', 'ms-cv'];
const EXPOSED = 'Location, Retry-After, WWW-Authenticate, MS-ContinuationToken, Request-Id, MS-CV';
const ALLOWED_HEADERS = 'Authorization, Accept, Content-Type, MS-ContinuationToken';

/** @type {Record<string, [number, string]>} */
const REFUSALS = {
  'relay.origin-not-allowed': [403, 'This relay only answers the Boxpilot app it was set up for. Check RELAY_ALLOWED_ORIGINS.'],
  'relay.path-not-allowed': [404, 'This relay forwards only the Partner Center calls Boxpilot makes.'],
  'relay.bad-path': [400, 'The path is not valid.'],
  'relay.method-not-allowed': [405, 'This method is not used for this Partner Center call.'],
  'relay.body-too-large': [413, 'The request is larger than this relay accepts (RELAY_MAX_BODY_BYTES).'],
  'relay.missing-authorization': [401, 'Sign in to Partner Center in Boxpilot first: the request carries no Authorization header.'],
  'relay.upstream-unreachable': [502, 'The relay could not reach Partner Center. Try again later.'],
  'relay.upstream-timeout': [504, 'Partner Center did not answer in time. Try again later; check in Partner Center whether the upload arrived.'],
};

/**
 * @param {RelayOptions} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createRelayHandler(options) {
  const target = (options.target ?? DEFAULT_TARGET).replace(/\/+$/, '');
  const origins = new Set(options.allowedOrigins.map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean));
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const maxBody = options.maxBodyBytes ?? 5 * 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const upstreamFetch = options.fetch ?? fetch;
  const log = options.log ?? ((line) => console.log(line));

  return async function handle(req, res) {
    const started = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    const allowed = origin !== undefined && origins.has(origin);
    /** @type {Record<string, string>} */
    const cors = allowed ? { 'access-control-allow-origin': /** @type {string} */ (origin), vary: 'Origin', 'access-control-expose-headers': EXPOSED } : { vary: 'Origin' };
    let routeName = '-';

    /** @param {keyof typeof REFUSALS} code */
    const refuse = (code) => {
      const [status, description] = /** @type {[number, string]} */ (REFUSALS[code]);
      send(res, status, { ...cors, 'content-type': 'application/json; charset=utf-8' }, JSON.stringify({ code, description }));
      log(`${method} ${routeName} ${status} ${code} ${Date.now() - started}ms`);
    };

    // The raw path, not URL-normalised: a `..` or `%2E%2E` segment is refused, never resolved.
    const raw = req.url ?? '/';
    const queryAt = raw.indexOf('?');
    const pathname = queryAt < 0 ? raw : raw.slice(0, queryAt);
    const search = queryAt < 0 ? '' : raw.slice(queryAt);
    if (!allowed) return drain(req, () => refuse('relay.origin-not-allowed'));
    if (basePath && !(pathname === basePath || pathname.startsWith(`${basePath}/`))) return drain(req, () => refuse('relay.path-not-allowed'));
    const path = pathname.slice(basePath.length);

    if (method === 'OPTIONS') {
      const wanted = String(req.headers['access-control-request-method'] ?? '').toUpperCase();
      const match = matchRoute(wanted, path);
      if ('error' in match) {
        routeName = path;
        return drain(req, () => refuse(match.error === 'method' ? 'relay.method-not-allowed' : match.error === 'bad-path' ? 'relay.bad-path' : 'relay.path-not-allowed'));
      }
      send(res, 204, {
        ...cors,
        'access-control-allow-methods': METHODS.join(', '),
        'access-control-allow-headers': ALLOWED_HEADERS,
        'access-control-max-age': '600',
      });
      log(`OPTIONS ${match.route.name} 204 ${Date.now() - started}ms`);
      return;
    }

    const match = matchRoute(method, path);
    if ('error' in match) return drain(req, () => refuse(match.error === 'method' ? 'relay.method-not-allowed' : match.error === 'bad-path' ? 'relay.bad-path' : 'relay.path-not-allowed'));
    routeName = match.route.name;
    if (typeof req.headers.authorization !== 'string' || req.headers.authorization === '') return drain(req, () => refuse('relay.missing-authorization'));

    const body = method === 'GET' ? undefined : await readBody(req, maxBody);
    if (body === 'too-large') return refuse('relay.body-too-large');

    /** @type {Record<string, string>} */
    const headers = {};
    for (const name of REQUEST_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    let upstream;
    try {
      /** @type {RequestInit} */
      const init = { method, headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) };
      if (body !== undefined) init.body = body;
      upstream = await upstreamFetch(`${target}${path}${search}`, init);
    } catch (error) {
      const timedOut = /** @type {{ name?: string }} */ (error)?.name === 'TimeoutError';
      return refuse(timedOut ? 'relay.upstream-timeout' : 'relay.upstream-unreachable');
    }
    let payload;
    try {
      payload = Buffer.from(await upstream.arrayBuffer());
    } catch {
      return refuse('relay.upstream-unreachable');
    }
    /** @type {Record<string, string>} */
    const out = { ...cors };
    for (const name of RESPONSE_HEADERS) {
      const value = upstream.headers.get(name);
      if (value !== null) out[name] = value;
    }
    send(res, upstream.status, out, payload);
    log(`${method} ${routeName} ${upstream.status} ${Date.now() - started}ms`);
  };
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string | Buffer} [body]
 */
function send(res, status, headers, body) {
  const bytes = body === undefined ? undefined : typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...headers, 'cache-control': 'no-store', 'content-length': String(bytes?.length ?? 0) });
  res.end(bytes);
}

/**
 * The request body, or 'too-large' as soon as it passes the limit (the rest is not read).
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<Buffer | 'too-large'>}
 */
function readBody(req, limit) {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve('too-large');
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Answer a refusal without reading the body into memory.
 * @param {import('node:http').IncomingMessage} req
 * @param {() => void} then
 */
function drain(req, then) {
  req.resume();
  then();
}

/**
 * Starts the relay. With `tls` (PEM key and certificate) it serves HTTPS itself; otherwise
 * plain HTTP, for a reverse proxy (IIS, nginx, App Service) that terminates HTTPS in front.
 * @param {RelayOptions & { port?: number, host?: string, tls?: { key: string | Buffer, cert: string | Buffer } }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startRelay(options) {
  const handler = createRelayHandler(options);
  const listener = (/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:http').ServerResponse} */ res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'relay.internal', description: 'The relay failed on this request.' }));
    });
  };
  const server = options.tls ? createHttpsServer(options.tls, listener) : createHttpServer(listener);
  server.requestTimeout = (options.timeoutMs ?? 120_000) + 10_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        url: `${options.tls ? 'https' : 'http'}://${address.address}:${address.port}`,
        port: address.port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
