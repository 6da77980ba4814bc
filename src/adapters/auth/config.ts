import type { AuthConfig, AuthResult } from './types';

export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';
/** Partner Center's delegated permission (spec §4). */
export const PARTNER_CENTER_SCOPE = 'https://api.partnercenter.microsoft.com/user_impersonation';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` has the shape of an application (client) ID. */
export function isClientId(value: string): boolean {
  return GUID.test(value.trim());
}

/**
 * The adapter's configuration from the two settings it needs and the page's address.
 * `pageUrl` is location.href: the redirect URI is the app's folder (without file, query or
 * #route), which is what the README tells the administrator to register.
 */
export function authConfigFrom(
  settings: { clientId: string; authority: string },
  pageUrl: string,
): AuthResult<AuthConfig> {
  const clientId = settings.clientId.trim();
  if (!isClientId(clientId)) {
    return { ok: false, error: { code: 'not-configured', description: clientId ? 'The client ID is not a GUID.' : 'No client ID.' } };
  }
  let authority: URL;
  try {
    authority = new URL(settings.authority.trim() || DEFAULT_AUTHORITY);
  } catch {
    return { ok: false, error: { code: 'not-configured', description: 'The authority is not a URL.' } };
  }
  if (authority.protocol !== 'https:') {
    return { ok: false, error: { code: 'not-configured', description: 'The authority must use https.' } };
  }
  return {
    ok: true,
    value: {
      clientId,
      authority: authority.href.replace(/\/+$/, ''),
      redirectUri: appUrl(pageUrl),
      scopes: [PARTNER_CENTER_SCOPE],
    },
  };
}

/** The app's folder URL: https://intranet.example/tools/boxpilot/ for any page or route under it. */
export function appUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.hash = '';
  url.search = '';
  return new URL('./', url).href;
}
