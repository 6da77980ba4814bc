import {
  authConfigFrom,
  isClientId,
  loadAuth,
  type AuthAccount,
  type AuthClient,
  type AuthError,
  type AuthResult,
  type TokenRequest,
  type TokenResult,
} from '../../adapters/auth';
import { workspace } from './workspace.svelte';
import { applyConnectPolicy } from './connect-policy';

/**
 * Who is signed in to Microsoft, for the screens and for the Partner Center client (which
 * asks `signIn.getToken`). MSAL is loaded only through here, the first time sign-in is needed.
 */
class SignIn {
  #account = $state.raw<AuthAccount>();
  #error = $state.raw<AuthError>();
  #busy = $state(false);
  #checked = $state(false);

  get account(): AuthAccount | undefined {
    return this.#account;
  }
  /** The last failure, for the UI to explain (cleared by the next attempt). */
  get error(): AuthError | undefined {
    return this.#error;
  }
  get busy(): boolean {
    return this.#busy;
  }
  /** Whether the sign-in state has been read at least once on this page. */
  get checked(): boolean {
    return this.#checked;
  }
  get configured(): boolean {
    return isClientId(workspace.settings.clientId);
  }

  async #client(): Promise<AuthResult<AuthClient>> {
    await workspace.start();
    const settings = workspace.settings;
    const config = authConfigFrom(settings, location.href);
    if (!config.ok) return config;
    applyConnectPolicy(settings);
    return loadAuth(config.value);
  }

  async #run<T>(work: (client: AuthClient) => Promise<AuthResult<T>>): Promise<AuthResult<T>> {
    this.#busy = true;
    this.#error = undefined;
    try {
      const client = await this.#client();
      const result = client.ok ? await work(client.value) : client;
      if (client.ok) this.#account = client.value.account();
      if (!result.ok && result.error.code !== 'redirecting') this.#error = result.error;
      return result;
    } finally {
      this.#busy = false;
      this.#checked = true;
    }
  }

  /** Reads who is signed in (loads MSAL if a client ID is set); finishes a sign-in return. */
  refresh(): Promise<AuthResult<AuthAccount | undefined>> {
    if (!this.configured) {
      this.#account = undefined;
      this.#checked = true;
      return Promise.resolve({ ok: true, value: undefined });
    }
    return this.#run((client) => client.handleRedirect());
  }

  /** At app start when the URL carries Microsoft's answer (#code=…&state=…). */
  finishRedirect(): Promise<AuthResult<AuthAccount | undefined>> {
    return this.#run((client) => client.handleRedirect());
  }

  /** Sends the user to Microsoft; they come back to `returnTo` (default: where they are). */
  signIn(returnTo: string = location.hash || '#/'): Promise<AuthResult<'redirecting'>> {
    return this.#run((client) => client.signIn(returnTo));
  }

  signOut(): Promise<AuthResult<'redirecting' | 'signed-out'>> {
    return this.#run((client) => client.signOut());
  }

  /** One interactive sign-in asking for MFA (after the API refused a token without it). */
  requireMfa(claims?: string): Promise<AuthResult<'redirecting'>> {
    return this.#run((client) => client.requireMfa(claims));
  }

  /** The token source of the Partner Center client. */
  getToken = async (request?: TokenRequest): Promise<TokenResult> => {
    const client = await this.#client();
    if (!client.ok) return client;
    return client.value.getToken(request);
  };
}

export const signIn = new SignIn();
