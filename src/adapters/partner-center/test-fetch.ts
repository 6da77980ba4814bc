// Test support (specs only): a scripted fetch that records every call, and a token provider
// that counts how it was asked. Not exported from index.ts.
import type { PartnerCenterOptions } from './client';
import type { TokenRequest, TokenResult } from './token-provider';

export interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: unknown;
  mode?: string;
}

type Answer = Response | Error | ((call: Call) => Response | Error);

export interface FakeFetch {
  fetch: typeof fetch;
  /** API calls in order (the no-cors reachability probe is counted in `probes`). */
  calls: Call[];
  probes: number;
  /** Queue answers for the next API calls; once empty, `fallback` answers. */
  answer(...answers: Answer[]): void;
  fallback: Answer;
  /** Whether the no-cors probe reaches the host. */
  reachable: boolean;
}

export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

export function fakeFetch(): FakeFetch {
  const queue: Answer[] = [];
  const fake: FakeFetch = {
    calls: [],
    probes: 0,
    reachable: true,
    fallback: new TypeError('Failed to fetch'),
    answer: (...answers) => void queue.push(...answers),
    fetch: (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
      if (init.mode === 'no-cors') {
        fake.probes += 1;
        if (fake.reachable) return new Response(null, { status: 200 });
        throw new TypeError('Failed to fetch');
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries((init.headers ?? {}) as Record<string, string>)) headers[k.toLowerCase()] = v;
      const call: Call = { url: String(input), method: init.method ?? 'GET', headers };
      if (typeof init.body === 'string') call.body = JSON.parse(init.body) as unknown;
      fake.calls.push(call);
      let next = queue.shift() ?? fake.fallback;
      if (typeof next === 'function') next = next(call);
      if (next instanceof Error) throw next;
      return next.clone();
    }) as typeof fetch,
  };
  return fake;
}

export interface FakeTokens {
  getToken(request?: TokenRequest): Promise<TokenResult>;
  requests: (TokenRequest | undefined)[];
  result: TokenResult | undefined;
}

export function fakeTokens(): FakeTokens {
  const tokens: FakeTokens = {
    requests: [],
    result: undefined,
    getToken: (request) => {
      tokens.requests.push(request);
      return Promise.resolve(tokens.result ?? { ok: true, token: `token-${tokens.requests.length}` });
    },
  };
  return tokens;
}

/** Client options with a recorded, instant sleep and a fixed clock. */
export function testOptions(fake: FakeFetch, tokens: FakeTokens, extra: Partial<PartnerCenterOptions> = {}) {
  const slept: number[] = [];
  const options: PartnerCenterOptions = {
    baseUrl: 'https://pc.test',
    fetch: fake.fetch,
    tokens,
    sleep: (ms) => {
      slept.push(ms);
      return Promise.resolve();
    },
    now: () => Date.parse('2026-12-02T12:00:00Z'),
    random: () => 0.5,
    isOnline: () => true,
    ...extra,
  };
  return { options, slept };
}
