import { createHash, createSign, generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';

/**
 * A fake Microsoft identity platform for end-to-end tests. The real hosts are routed to it with
 * Playwright (`context.route`), so the app runs with its production configuration and the real
 * MSAL code: /authorize consents at once and redirects back with a code (state echoed, nonce
 * and PKCE challenge remembered), /token checks the PKCE verifier and the client ID and returns
 * RS256-signed tokens (MSAL never checks signatures: the mock Partner Center must, with
 * `publicKeyPem` / `jwks`), refresh tokens work, /logout goes back. Every request is recorded.
 */
export const LOGIN_HOST = 'login.microsoftonline.com';
export const PARTNER_CENTER_AUDIENCE = 'https://api.partnercenter.microsoft.com';
export const PARTNER_CENTER_SCOPE = `${PARTNER_CENTER_AUDIENCE}/user_impersonation`;

export interface FakeUser {
  name: string;
  username: string;
  /** Object ID of the user (uid in client_info). */
  oid: string;
  /** The partner's tenant (utid in client_info, tid in tokens). */
  tenantId: string;
}

export const DEFAULT_USER: FakeUser = {
  name: 'Alex Wilber',
  username: 'alex@contoso-partner.example',
  oid: '00000000-0000-4000-8000-00000000a1ex',
  tenantId: '6d3c3f0e-9f4b-4d3e-a0c1-5a1f0e2b7c42',
};

interface Grant {
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string;
  scope: string;
  mfa: boolean;
}

/** One request to the fake, as a route or a test hands it over. */
export interface FakeRequest {
  method: string;
  url: string;
  postData?: string | null;
  origin?: string | undefined;
}

export interface FakeResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  params: Record<string, string>;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export class FakeMicrosoft {
  readonly user: FakeUser;
  /** Whether a sign-in includes MFA when the app does not ask for it (default true). */
  mfaByDefault = true;
  /** The next /authorize answers with this error instead of a code (once): e.g. the user
   *  cancelled (access_denied) or Entra wants MFA it cannot ask for here. */
  nextAuthorizeError: { error: string; error_description: string } | undefined;
  /** Client IDs known to this directory; empty = any GUID. */
  readonly knownClients = new Set<string>();
  readonly requests: RecordedRequest[] = [];
  readonly kid = randomUUID();
  readonly #privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly #codes = new Map<string, Grant>();
  readonly #refreshTokens = new Map<string, Omit<Grant, 'challenge'>>();
  /** Access tokens issued, newest last (decoded claims), for assertions. */
  readonly issued: Record<string, unknown>[] = [];

  constructor(user: FakeUser = DEFAULT_USER) {
    this.user = user;
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.#privateKey = privateKey;
    this.publicKey = publicKey;
  }

  get publicKeyPem(): string {
    return this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  get jwks(): { keys: Record<string, unknown>[] } {
    return { keys: [{ ...this.publicKey.export({ format: 'jwk' }), kid: this.kid, use: 'sig', alg: 'RS256' }] };
  }

  /** Routes https://login.microsoftonline.com/** of this browser context to the fake. */
  async install(context: BrowserContext): Promise<void> {
    await context.route(`https://${LOGIN_HOST}/**`, async (route) => {
      const request = route.request();
      await route.fulfill(this.respond({ method: request.method(), url: request.url(), postData: request.postData(), origin: request.headers()['origin'] }));
    });
  }

  /** Paths asked for, e.g. ['/organizations/oauth2/v2.0/authorize', …]. */
  paths(): string[] {
    return this.requests.map((r) => r.path);
  }

  #sign(claims: Record<string, unknown>): string {
    const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: this.kid }));
    const body = b64url(JSON.stringify(claims));
    const signature = createSign('RSA-SHA256').update(`${header}.${body}`).sign(this.#privateKey);
    return `${header}.${body}.${b64url(signature)}`;
  }

  /** The fake's answer to one request (what the route fulfils with); records the request. */
  respond(request: FakeRequest): FakeResponse {
    const url = new URL(request.url);
    const params: Record<string, string> = Object.fromEntries(url.searchParams);
    if (request.method === 'POST') Object.assign(params, Object.fromEntries(new URLSearchParams(request.postData ?? '')));
    this.requests.push({ method: request.method, path: url.pathname, params });
    const cors: Record<string, string> = request.origin ? { 'access-control-allow-origin': request.origin, vary: 'Origin' } : {};

    if (request.method === 'OPTIONS') {
      return { status: 204, headers: { ...cors, 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': '*' }, body: '' };
    }
    const path = url.pathname;
    const tenantSegment = path.split('/')[1] ?? 'organizations';
    if (path.endsWith('/v2.0/.well-known/openid-configuration')) return json(200, this.#openIdConfiguration(tenantSegment), cors);
    if (path.endsWith('/discovery/instance')) return json(200, this.#instanceDiscovery(), cors);
    if (path.endsWith('/discovery/v2.0/keys')) return json(200, this.jwks, cors);
    if (path.endsWith('/oauth2/v2.0/authorize')) return this.#authorize(params);
    if (path.endsWith('/oauth2/v2.0/token')) return this.#token(request.method, params, cors);
    if (path.endsWith('/oauth2/v2.0/logout')) {
      const back = params['post_logout_redirect_uri'];
      if (!back) return { status: 200, headers: { 'content-type': 'text/html' }, body: '<p>Signed out.</p>' };
      const target = new URL(back);
      if (params['state']) target.searchParams.set('state', params['state']);
      return { status: 302, headers: { location: target.href }, body: '' };
    }
    return json(404, { error: 'not_found', error_description: `The fake has no ${path}` }, cors);
  }

  #authorize(params: Record<string, string>): FakeResponse {
    const redirectUri = params['redirect_uri'] ?? '';
    const state = params['state'] ?? '';
    const back = (answer: Record<string, string>): FakeResponse => {
      const target = new URL(redirectUri);
      // MSAL's default response mode: the answer in the fragment.
      target.hash = new URLSearchParams({ ...answer, state }).toString();
      return { status: 302, headers: { location: target.href }, body: '' };
    };
    const clientId = params['client_id'] ?? '';
    if (!redirectUri || !params['code_challenge'] || params['code_challenge_method'] !== 'S256' || params['response_type'] !== 'code') {
      return json(400, { error: 'invalid_request', error_description: 'AADSTS900144: code flow with PKCE (S256) expected' }, {});
    }
    const failure = this.nextAuthorizeError;
    if (failure) {
      this.nextAuthorizeError = undefined;
      return back(failure);
    }
    if (this.knownClients.size > 0 && !this.knownClients.has(clientId)) {
      return back({ error: 'unauthorized_client', error_description: `AADSTS700016: Application with identifier '${clientId}' was not found in the directory.` });
    }
    const code = b64url(randomBytes(24));
    this.#codes.set(code, {
      clientId,
      redirectUri,
      challenge: params['code_challenge'],
      nonce: params['nonce'] ?? '',
      scope: params['scope'] ?? '',
      mfa: this.mfaByDefault || asksForMfa(params),
    });
    return back({ code, client_info: this.#clientInfo(), session_state: randomUUID() });
  }

  #token(method: string, params: Record<string, string>, cors: Record<string, string>): FakeResponse {
    if (method !== 'POST') return json(405, { error: 'invalid_request' }, cors);
    const clientId = params['client_id'] ?? '';
    let grant: Omit<Grant, 'challenge'> | undefined;
    if (params['grant_type'] === 'authorization_code') {
      const code = this.#codes.get(params['code'] ?? '');
      this.#codes.delete(params['code'] ?? ''); // a code is good for one redemption
      if (!code) return json(400, { error: 'invalid_grant', error_description: 'AADSTS70008: The provided authorization code has expired or was already redeemed.' }, cors);
      if (code.clientId !== clientId) return json(400, { error: 'invalid_client', error_description: 'AADSTS700016: client_id does not match the code.' }, cors);
      if (code.redirectUri !== params['redirect_uri']) return json(400, { error: 'invalid_grant', error_description: 'AADSTS50011: redirect_uri does not match the authorization request.' }, cors);
      const verifier = params['code_verifier'] ?? '';
      if (b64url(createHash('sha256').update(verifier).digest()) !== code.challenge) {
        return json(400, { error: 'invalid_grant', error_description: 'AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.' }, cors);
      }
      grant = code;
    } else if (params['grant_type'] === 'refresh_token') {
      grant = this.#refreshTokens.get(params['refresh_token'] ?? '');
      if (!grant || grant.clientId !== clientId) {
        return json(400, { error: 'invalid_grant', error_description: 'AADSTS700082: The refresh token has expired.', suberror: 'bad_token' }, cors);
      }
      if (params['claims'] && asksForMfa(params) && !grant.mfa) {
        return json(400, { error: 'interaction_required', error_description: 'AADSTS50076: you must use multi-factor authentication to access this resource.' }, cors);
      }
    } else {
      return json(400, { error: 'unsupported_grant_type' }, cors);
    }
    const now = Math.floor(Date.now() / 1000);
    const { user } = this;
    const idToken = this.#sign({
      aud: clientId,
      iss: `https://${LOGIN_HOST}/${user.tenantId}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      name: user.name,
      preferred_username: user.username,
      oid: user.oid,
      sub: b64url(createHash('sha256').update(user.oid).digest()).slice(0, 43),
      tid: user.tenantId,
      ...(grant.nonce && params['grant_type'] === 'authorization_code' ? { nonce: grant.nonce } : {}),
      ver: '2.0',
    });
    const accessClaims = {
      aud: PARTNER_CENTER_AUDIENCE,
      iss: `https://sts.windows.net/${user.tenantId}/`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      appid: clientId,
      scp: 'user_impersonation',
      amr: grant.mfa ? ['pwd', 'mfa'] : ['pwd'],
      oid: user.oid,
      tid: user.tenantId,
      upn: user.username,
      name: user.name,
      uti: b64url(randomBytes(16)), // as Entra: two tokens issued in the same second still differ
      ver: '1.0',
    };
    this.issued.push(accessClaims);
    const refreshToken = b64url(randomBytes(32));
    this.#refreshTokens.set(refreshToken, { clientId, redirectUri: grant.redirectUri, nonce: '', scope: grant.scope, mfa: grant.mfa });
    return json(
      200,
      {
        token_type: 'Bearer',
        scope: PARTNER_CENTER_SCOPE,
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: this.#sign(accessClaims),
        refresh_token: refreshToken,
        refresh_token_expires_in: 86399, // SPA refresh tokens last 24 h (spec §4)
        id_token: idToken,
        client_info: this.#clientInfo(),
      },
      cors,
    );
  }

  #clientInfo(): string {
    return b64url(JSON.stringify({ uid: this.user.oid, utid: this.user.tenantId }));
  }

  #openIdConfiguration(tenant: string) {
    const base = `https://${LOGIN_HOST}/${tenant}`;
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      issuer: `https://${LOGIN_HOST}/{tenantid}/v2.0`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      code_challenge_methods_supported: ['plain', 'S256'],
      id_token_signing_alg_values_supported: ['RS256'],
      tenant_region_scope: 'EU',
    };
  }

  #instanceDiscovery() {
    return {
      tenant_discovery_endpoint: `https://${LOGIN_HOST}/organizations/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: LOGIN_HOST, preferred_cache: 'login.windows.net', aliases: [LOGIN_HOST, 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'] }],
    };
  }
}

/** amr_values=mfa, or a claims request naming amr mfa or an authentication context. */
function asksForMfa(params: Record<string, string>): boolean {
  if (params['amr_values']?.split(/\s+/).includes('mfa')) return true;
  const claims = params['claims'];
  return !!claims && /"amr"[^}]*"mfa"|"acrs"/.test(claims);
}

function json(status: number, body: unknown, cors: Record<string, string>): FakeResponse {
  return { status, headers: { ...cors, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, body: JSON.stringify(body) };
}
