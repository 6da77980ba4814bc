// The page's one registration runner, over the app's store and events. Loaded on demand (the
// list's Register panel, or at start when a job is unfinished), so neither it nor the Partner
// Center client is in the first screen's code.
import type { App } from './index';
import type { RegistrationAuth } from './registration-auth';
import { RegistrationService, type Memo } from './registration-service';

let shared: RegistrationService | undefined;

function sessionMemo(): Memo | undefined {
  try {
    const storage = globalThis.sessionStorage;
    return storage ? { get: (k) => storage.getItem(k), set: (k, v) => storage.setItem(k, v) } : undefined;
  } catch {
    return undefined; // storage disabled: no automatic MFA retry, the user presses "Send now"
  }
}

/** The runner for this page, started (it waits for the Web Lock if another tab runs the jobs). */
export function registrationService(app: App, auth: RegistrationAuth): RegistrationService {
  if (!shared) {
    const memo = sessionMemo();
    const service = new RegistrationService({
      store: app.store,
      events: app.events,
      auth,
      fetch: (input, init) => globalThis.fetch(input, init),
      ...(memo ? { memo } : {}),
      ...(typeof BroadcastChannel === 'function' ? { channel: new BroadcastChannel('boxpilot-registration') } : {}),
    });
    globalThis.addEventListener?.('online', () => service.online());
    service.run();
    shared = service;
  }
  return shared;
}
