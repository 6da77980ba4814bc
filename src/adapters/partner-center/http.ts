import { classifyResponse } from './classify-response';
import { fail, ok, type PcError, type PcResult } from './errors';
import { parseJson, readText } from './read-body';
import { backoffMs } from './retry-after';
import type { TokenProvider } from './token-provider';

// One Partner Center call with the client's retry policy (spec §4):
// - 429 waits for Retry-After (or a back-off) and tries again, a bounded number of times;
// - 5xx and lost connections retry with exponential back-off, for reads; a POST/PATCH is retried
//   only where the server said it did not act (429, 500, 503); after a lost answer it returns
//   `maybeSent` so the caller checks before sending again (never a double submit);
// - 401 re-acquires the token once (forceRefresh), then gives up;
// - an MFA refusal is not retried here: the auth layer signs in with MFA, the caller retries once.

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface HttpOptions {
  baseUrl: string;
  fetch: typeof fetch;
  tokens: TokenProvider;
  sleep?: Sleep;
  now?: () => number;
  random?: () => number;
  /** Whether the browser believes it is online (default: navigator.onLine, else true). */
  isOnline?: () => boolean;
  /** Retries after the first attempt for 429, 5xx and lost connections. Default 3. */
  maxRetries?: number;
  /** First back-off step. Default 1 s (then 2 s, 4 s … with jitter). */
  backoffBaseMs?: number;
  /** A longer Retry-After is not waited for here: it is returned as `throttled` with the wait. */
  maxRetryAfterMs?: number;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PATCH';
  /** A path under the API root (`/customers/…`) or a link Partner Center returned. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  json: unknown;
}

const defaultSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

const defaultOnline = (): boolean => (typeof navigator === 'undefined' ? true : navigator.onLine !== false);

/** The API root: the base as configured, with `/v1` added unless it already ends with it. */
export function apiRoot(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  return /\/v1$/i.test(trimmed) ? trimmed : `${trimmed}/v1`;
}

/**
 * A path under the root. Links from Partner Center (`/v1/customers?…`, `/customers/…` or an
 * absolute URL on its own host) keep only their path and query, so they go through the
 * configured base (a relay) too.
 */
export function resolvePath(root: string, path: string): string {
  const url = new URL(path, 'https://link.invalid');
  const rest = url.pathname.replace(/^\/v1(?=\/|$)/i, '');
  return `${root}${rest}${url.search}`;
}

const aborted: PcError = { code: 'aborted' };

export class PcHttp {
  readonly root: string;
  readonly #o: Required<Omit<HttpOptions, 'baseUrl'>>;

  constructor(options: HttpOptions) {
    this.root = apiRoot(options.baseUrl);
    this.#o = {
      fetch: options.fetch,
      tokens: options.tokens,
      sleep: options.sleep ?? defaultSleep,
      now: options.now ?? Date.now,
      random: options.random ?? Math.random,
      isOnline: options.isOnline ?? defaultOnline,
      maxRetries: options.maxRetries ?? 3,
      backoffBaseMs: options.backoffBaseMs ?? 1000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
    };
  }

  async send(request: HttpRequest): Promise<PcResult<HttpAnswer>> {
    const o = this.#o;
    const write = request.method !== 'GET';
    const url = resolvePath(this.root, request.path);
    let refreshed = false;
    let blockedOnce = false;
    let retries = 0;
    const retry = async (waitMs: number): Promise<boolean> => {
      if (retries >= o.maxRetries) return false;
      retries += 1;
      await o.sleep(waitMs, request.signal);
      return !request.signal?.aborted;
    };

    for (;;) {
      if (request.signal?.aborted) return fail(aborted);
      const token = await o.tokens.getToken(refreshed ? { forceRefresh: true } : undefined);
      if (!token.ok) return token;
      if (request.signal?.aborted) return fail(aborted);

      let response: Response;
      try {
        response = await o.fetch(url, this.#init(request, token.token));
      } catch (thrown) {
        if (request.signal?.aborted || (thrown as { name?: unknown })?.name === 'AbortError') return fail(aborted);
        if (!o.isOnline()) return fail({ code: 'offline' });
        // A TypeError without a response is a CORS refusal or an unreachable host. A no-cors
        // probe tells them apart: it succeeds (opaque) when the host answers at all.
        if (await this.#reachable(request.signal)) {
          // A read is tried once more first, so a connection reset by a reachable host is not
          // taken for a CORS refusal (which fails the same way every time).
          if (!write && !blockedOnce) {
            blockedOnce = true;
            continue;
          }
          return fail({ code: 'blocked', ...(write ? { maybeSent: true } : {}) });
        }
        if (request.signal?.aborted) return fail(aborted);
        if (!write && (await retry(backoffMs(retries, o.backoffBaseMs, o.random)))) continue;
        if (request.signal?.aborted) return fail(aborted);
        return fail({ code: 'network', ...(write ? { maybeSent: true } : {}) });
      }

      const body = await readText(response);
      if (response.ok) {
        const parsed = body === undefined ? { ok: false as const } : parseJson(body);
        if (!parsed.ok) {
          // A write that answered 2xx was accepted: keep going without a body (the tracking
          // link may be in Location); a read must be readable.
          if (write) return ok({ status: response.status, headers: response.headers, json: undefined });
          return fail({ code: 'bad-response', status: response.status, description: (body ?? '').slice(0, 200) });
        }
        return ok({ status: response.status, headers: response.headers, json: parsed.value });
      }

      const error = classifyResponse(response, body, o.now());
      if (error.code === 'mfa-required') return fail(error);
      if (error.code === 'unauthorized' && !refreshed) {
        refreshed = true;
        continue;
      }
      if (error.code === 'throttled') {
        const wait = error.retryAfterMs ?? backoffMs(retries, o.backoffBaseMs, o.random);
        if (wait <= o.maxRetryAfterMs && (await retry(wait))) continue;
        if (request.signal?.aborted) return fail(aborted);
        return fail(error);
      }
      if (error.code === 'server') {
        const serverSaidNo = response.status === 500 || response.status === 503;
        if ((!write || serverSaidNo) && (await retry(backoffMs(retries, o.backoffBaseMs, o.random)))) continue;
        if (request.signal?.aborted) return fail(aborted);
        return fail(write && !serverSaidNo ? { ...error, maybeSent: true } : error);
      }
      return fail(error);
    }
  }

  #init(request: HttpRequest, token: string): RequestInit {
    const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${token}`, ...request.headers };
    const init: RequestInit = { method: request.method, headers, credentials: 'omit', cache: 'no-store' };
    if (request.body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(request.body);
    }
    if (request.signal) init.signal = request.signal;
    return init;
  }

  async #reachable(signal: AbortSignal | undefined): Promise<boolean> {
    try {
      const init: RequestInit = { method: 'GET', mode: 'no-cors', credentials: 'omit', cache: 'no-store' };
      if (signal) init.signal = signal;
      await this.#o.fetch(this.root, init);
      return true;
    } catch {
      return false;
    }
  }
}
