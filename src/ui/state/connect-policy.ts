import { connectOrigins, runtimeConnectPolicy } from '../../config/csp';

// Step 2 of src/config/csp.ts: before the app contacts Microsoft or the API, it narrows
// connect-src to exactly the configured hosts with a second <meta> policy. Browsers enforce a
// policy from the moment its <meta> is inserted, and never lift one, so this happens once per
// page load; connectPolicyIsCurrent() tells whether Settings changed a host since then.
let applied: string[] | undefined;

type Hosts = { authority: string; apiBaseUrl: string };

export function applyConnectPolicy(settings: Hosts): void {
  if (applied || typeof document === 'undefined') return;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = runtimeConnectPolicy(settings);
  meta.dataset.boxpilot = 'connect';
  document.head.append(meta);
  applied = connectOrigins(settings);
}

/** False when the settings name a host that this page's policy does not allow (reload needed). */
export function connectPolicyIsCurrent(settings: Hosts): boolean {
  if (!applied) return true;
  const allowed = new Set(applied);
  return connectOrigins(settings).every((origin) => allowed.has(origin));
}
