// The Content-Security-Policy of the built app, kept in one place so tests can check it.
// No inline script, no eval, nothing from other hosts. 'wasm-unsafe-eval' lets the barcode
// decoder compile its bundled WebAssembly; it does not allow eval of JavaScript.
//
// connect-src in two steps, because a <meta> policy is fixed at build time while the sign-in
// and API hosts come from Settings at run time:
// 1. The built policy (below) allows the app's own origin, Microsoft's sign-in and Partner
//    Center hosts, a relay on this machine (http://localhost / 127.0.0.1, the only http Settings
//    accept), and any origins a deployment adds when it builds (BOXPILOT_CONNECT_SRC, e.g. its
//    relay on another host).
// 2. Before anything is contacted, the app adds a second <meta> policy naming exactly the
//    configured authority's and API base URL's origins (runtimeConnectPolicy). A page enforces
//    every policy it has, so a request must pass both: the effective connect-src is 'self' plus
//    those two origins, with no wildcard. A policy can never be removed by the page, so after
//    Settings change a host the app asks for a reload.
// MSAL needs only connect-src (discovery, token and refresh requests) and a top-level
// navigation for sign-in, which CSP does not restrict; it renews tokens with the refresh
// token, never in a hidden iframe, so frame-src stays 'none'.

/** Microsoft's hosts for sign-in and the Partner Center API (spec §4). */
export const MICROSOFT_CONNECT_SOURCES = ['https://login.microsoftonline.com', 'https://api.partnercenter.microsoft.com'] as const;
/** A relay on this machine; the port is only known at run time (step 2 names it exactly). */
export const LOOPBACK_CONNECT_SOURCES = ['http://localhost:*', 'http://127.0.0.1:*'] as const;

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'", ...MICROSOFT_CONNECT_SOURCES, ...LOOPBACK_CONNECT_SOURCES],
  'media-src': ["'self'", 'blob:'],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/**
 * Origins from BOXPILOT_CONNECT_SRC (space or comma separated): https origins only, each
 * reduced to scheme://host[:port], so a typo cannot widen the policy to a path or a wildcard.
 */
export function extraConnectSources(value: string | undefined): string[] {
  const sources: string[] = [];
  for (const item of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const origin = originOf(item);
    if (!origin?.startsWith('https://')) throw new Error(`BOXPILOT_CONNECT_SRC: "${item}" is not an https origin`);
    sources.push(origin);
  }
  return sources;
}

/** The built policy; `extraConnect` are origins a deployment allows in addition (its relay). */
export function contentSecurityPolicy(extraConnect: readonly string[] = []): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => `${name} ${(name === 'connect-src' ? [...values, ...extraConnect] : values).join(' ')}`)
    .join('; ');
}

/** The origins the app may contact for these settings: the sign-in authority and the API base. */
export function connectOrigins(settings: { authority: string; apiBaseUrl: string }): string[] {
  const origins = [originOf(settings.authority), originOf(settings.apiBaseUrl)].filter((o): o is string => o !== undefined);
  return [...new Set(origins)];
}

/** The run-time policy (step 2): only connect-src, so it narrows nothing else. */
export function runtimeConnectPolicy(settings: { authority: string; apiBaseUrl: string }): string {
  return `connect-src 'self' ${connectOrigins(settings).join(' ')}`.trimEnd();
}

function originOf(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
