import { describe, expect, it } from 'vitest';
import { connectOrigins, contentSecurityPolicy, extraConnectSources, runtimeConnectPolicy } from './csp';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('Content-Security-Policy', () => {
  it('the built policy reaches only the app, Microsoft\'s two hosts and a relay on this machine', () => {
    const policy = contentSecurityPolicy();
    expect(directive(policy, 'connect-src')).toBe(
      "connect-src 'self' https://login.microsoftonline.com https://api.partnercenter.microsoft.com http://localhost:* http://127.0.0.1:*",
    );
    expect(directive(policy, 'frame-src')).toBe("frame-src 'none'");
    expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'| \*|https:(?!\/\/)/);
  });

  it('a deployment adds its relay\'s origin at build time, and only origins', () => {
    expect(extraConnectSources(' https://relay.contoso.example/pc/v1, https://other.example:8443 ')).toEqual([
      'https://relay.contoso.example',
      'https://other.example:8443',
    ]);
    expect(() => extraConnectSources('http://relay.example')).toThrow(/not an https origin/);
    expect(() => extraConnectSources('*')).toThrow();
    expect(directive(contentSecurityPolicy(['https://relay.contoso.example']), 'connect-src')).toMatch(/ https:\/\/relay\.contoso\.example$/);
    expect(extraConnectSources(undefined)).toEqual([]);
  });

  it('the run-time policy names exactly the configured sign-in and API origins', () => {
    expect(runtimeConnectPolicy({ authority: 'https://login.microsoftonline.com/organizations', apiBaseUrl: 'https://api.partnercenter.microsoft.com/v1' })).toBe(
      "connect-src 'self' https://login.microsoftonline.com https://api.partnercenter.microsoft.com",
    );
    expect(runtimeConnectPolicy({ authority: 'https://login.microsoftonline.com/x', apiBaseUrl: 'http://127.0.0.1:5123/v1' })).toBe(
      "connect-src 'self' https://login.microsoftonline.com http://127.0.0.1:5123",
    );
    expect(connectOrigins({ authority: 'https://same.example/a', apiBaseUrl: 'https://same.example/b' })).toEqual(['https://same.example']);
    expect(runtimeConnectPolicy({ authority: 'nonsense', apiBaseUrl: 'javascript:alert(1)' })).toBe("connect-src 'self'");
  });
});
