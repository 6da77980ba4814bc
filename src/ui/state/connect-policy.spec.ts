// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyConnectPolicy, connectPolicyIsCurrent } from './connect-policy';

const DEFAULTS = { authority: 'https://login.microsoftonline.com/organizations', apiBaseUrl: 'https://api.partnercenter.microsoft.com/v1' };

describe('run-time connect policy', () => {
  it('adds one narrowing <meta> policy per page load and tells when Settings outgrew it', () => {
    expect(connectPolicyIsCurrent({ ...DEFAULTS, apiBaseUrl: 'https://relay.example/v1' })).toBe(true); // nothing applied yet
    applyConnectPolicy(DEFAULTS);
    applyConnectPolicy({ ...DEFAULTS, apiBaseUrl: 'https://relay.example/v1' }); // a policy cannot be widened: ignored
    const metas = document.head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
    expect(metas).toHaveLength(1);
    expect(metas[0]!.getAttribute('content')).toBe("connect-src 'self' https://login.microsoftonline.com https://api.partnercenter.microsoft.com");
    expect(connectPolicyIsCurrent(DEFAULTS)).toBe(true);
    expect(connectPolicyIsCurrent({ ...DEFAULTS, authority: 'https://login.microsoftonline.com/contoso.example' })).toBe(true); // same host
    expect(connectPolicyIsCurrent({ ...DEFAULTS, apiBaseUrl: 'https://relay.example/v1' })).toBe(false);
  });
});
