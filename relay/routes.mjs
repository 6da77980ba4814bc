// @ts-check
// The only Partner Center calls the Boxpilot app makes (spec §4). Anything else is refused: the
// relay is not an open proxy to Partner Center.

const SEGMENT = '[^/?#]+';

/** @type {{ method: string, name: string, pattern: RegExp }[]} */
export const ROUTES = [
  { method: 'GET', name: 'list customers', pattern: new RegExp('^/v1/customers$') },
  { method: 'GET', name: 'list batches', pattern: new RegExp(`^/v1/customers/${SEGMENT}/deviceBatches$`) },
  { method: 'POST', name: 'create batch', pattern: new RegExp(`^/v1/customers/${SEGMENT}/deviceBatches$`) },
  { method: 'GET', name: 'batch devices', pattern: new RegExp(`^/v1/customers/${SEGMENT}/deviceBatches/${SEGMENT}/devices$`) },
  { method: 'POST', name: 'add devices', pattern: new RegExp(`^/v1/customers/${SEGMENT}/deviceBatches/${SEGMENT}/devices$`) },
  { method: 'GET', name: 'batch status', pattern: new RegExp(`^/v1/customers/${SEGMENT}/batchJobStatus/${SEGMENT}$`) },
  { method: 'GET', name: 'list profiles', pattern: new RegExp(`^/v1/customers/${SEGMENT}/policies$`) },
  { method: 'PATCH', name: 'assign profile', pattern: new RegExp(`^/v1/customers/${SEGMENT}/DevicePolicyUpdates$`) },
];

export const METHODS = ['GET', 'POST', 'PATCH'];

/**
 * The route a request is for: `{ route }`, or why there is none (`bad-path`: a dot segment or
 * an undecodable one; `not-allowed`: a path the app never calls; `method`: a known path, wrong
 * method).
 * @param {string} method
 * @param {string} path the path without query, below the relay's base path
 * @returns {{ route: { method: string, name: string } } | { error: 'bad-path' | 'not-allowed' | 'method' }}
 */
export function matchRoute(method, path) {
  for (const segment of path.split('/')) {
    let decoded;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { error: 'bad-path' };
    }
    if (decoded === '.' || decoded === '..' || decoded.includes('\\')) return { error: 'bad-path' };
  }
  const byPath = ROUTES.filter((r) => r.pattern.test(path));
  if (byPath.length === 0) return { error: 'not-allowed' };
  const route = byPath.find((r) => r.method === method);
  return route ? { route } : { error: 'method' };
}
