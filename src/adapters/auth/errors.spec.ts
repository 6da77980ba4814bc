import { describe, expect, it } from 'vitest';
import { toAuthError } from './errors';

const msal = (errorCode: string, errorMessage = '', subError = '') => Object.assign(new Error(`${errorCode}: ${errorMessage}`), { errorCode, errorMessage, subError });

describe('toAuthError', () => {
  it('maps MSAL error codes to the adapter codes', () => {
    expect(toAuthError(msal('interaction_required')).code).toBe('interaction-required');
    expect(toAuthError(msal('no_tokens_found')).code).toBe('interaction-required');
    expect(toAuthError(msal('user_cancelled')).code).toBe('cancelled');
    expect(toAuthError(msal('access_denied', 'AADSTS65004: User declined to consent')).code).toBe('cancelled');
    expect(toAuthError(msal('interaction_in_progress')).code).toBe('busy');
    expect(toAuthError(msal('no_network_connectivity')).code).toBe('network');
    expect(toAuthError(msal('post_request_failed')).code).toBe('network');
    expect(toAuthError(msal('something_new')).code).toBe('unknown');
  });

  it('recognises MFA, consent and registration problems by their AADSTS number', () => {
    expect(toAuthError(msal('interaction_required', 'AADSTS50076: Due to a configuration change made by your administrator … you must use multi-factor authentication')).code).toBe('mfa-required');
    expect(toAuthError(msal('invalid_grant', 'AADSTS50079: The user is required to use multi-factor authentication.')).code).toBe('mfa-required');
    expect(toAuthError(msal('consent_required', 'AADSTS65001: The user or administrator has not consented')).code).toBe('consent-required');
    expect(toAuthError(msal('unauthorized_client', "AADSTS700016: Application with identifier 'x' was not found")).code).toBe('not-configured');
  });

  it('keeps Microsoft\'s text as the description and handles things that are not MSAL errors', () => {
    expect(toAuthError(msal('interaction_required', 'AADSTS50058: no session')).description).toBe('interaction_required: AADSTS50058: no session');
    expect(toAuthError(new TypeError('Failed to fetch'))).toEqual({ code: 'network', description: 'Failed to fetch' });
    expect(toAuthError('boom')).toEqual({ code: 'unknown', description: 'boom' });
    expect(toAuthError(undefined).code).toBe('unknown');
  });
});
