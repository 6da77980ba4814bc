// Hash routes: a deep link works on any static host and under any sub-path, with no server
// rewrite rules, and the service worker serves the one index.html for all of them offline.
export type Route =
  | { name: 'lists' }
  | { name: 'list'; listId: string }
  | { name: 'settings' }
  | { name: 'help' }
  /** Microsoft's sign-in answer (#code=…&state=…): not a page; MSAL replaces it with the route
   *  the sign-in started from (src/adapters/auth). */
  | { name: 'sign-in-return' }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/lists';
  if (isSignInAnswer(path)) return { name: 'sign-in-return' };
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  if (parts[0] === 'lists' && parts.length === 1) return { name: 'lists' };
  if (parts[0] === 'lists' && parts.length === 2 && parts[1]) return { name: 'list', listId: parts[1] };
  if (parts[0] === 'settings' && parts.length === 1) return { name: 'settings' };
  if (parts[0] === 'help' && parts.length === 1) return { name: 'help' };
  return { name: 'not-found', path };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'lists':
      return '#/lists';
    case 'list':
      return `#/lists/${encodeURIComponent(route.listId)}`;
    case 'settings':
      return '#/settings';
    case 'help':
      return '#/help';
    case 'not-found':
      return `#${route.path}`;
    case 'sign-in-return':
      return '#/lists';
  }
}

// Kept here rather than imported from the auth adapter: the first screen then does not pull
// the adapter's index into its bundle.
function isSignInAnswer(path: string): boolean {
  if (path.startsWith('/') || !path.includes('=')) return false;
  const params = new URLSearchParams(path);
  return params.has('state') && (params.has('code') || params.has('error'));
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
