import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTHORITY, PARTNER_CENTER_SCOPE, appUrl, authConfigFrom, isClientId } from './config';

const ID = '7f8e3c1a-0b2d-4e5f-9a6b-1c2d3e4f5a6b';

describe('authConfigFrom', () => {
  it('builds the SPA configuration from Settings and the page address', () => {
    const result = authConfigFrom({ clientId: ` ${ID} `, authority: '' }, 'https://intranet.example/tools/boxpilot/index.html?x=1#/lists/abc');
    expect(result).toEqual({
      ok: true,
      value: {
        clientId: ID,
        authority: DEFAULT_AUTHORITY,
        redirectUri: 'https://intranet.example/tools/boxpilot/',
        scopes: [PARTNER_CENTER_SCOPE],
      },
    });
  });

  it('refuses a missing or malformed client ID and an authority that is not https', () => {
    expect(authConfigFrom({ clientId: '', authority: DEFAULT_AUTHORITY }, 'http://localhost:4173/')).toMatchObject({ ok: false, error: { code: 'not-configured' } });
    expect(authConfigFrom({ clientId: 'my-app', authority: DEFAULT_AUTHORITY }, 'http://localhost:4173/')).toMatchObject({ ok: false, error: { code: 'not-configured' } });
    expect(authConfigFrom({ clientId: ID, authority: 'http://login.example/x' }, 'http://localhost:4173/')).toMatchObject({ ok: false, error: { code: 'not-configured' } });
    expect(authConfigFrom({ clientId: ID, authority: 'not a url' }, 'http://localhost:4173/')).toMatchObject({ ok: false, error: { code: 'not-configured' } });
  });

  it('keeps a tenant-specific authority without its trailing slash', () => {
    const result = authConfigFrom({ clientId: ID, authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/' }, 'http://localhost:4173/#/settings');
    expect(result.ok && result.value.authority).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com');
    expect(result.ok && result.value.redirectUri).toBe('http://localhost:4173/');
  });

  it('recognises client IDs', () => {
    expect(isClientId(ID.toUpperCase())).toBe(true);
    expect(isClientId(`${ID}x`)).toBe(false);
    expect(appUrl('http://localhost:4173/sub/page?x#/help')).toBe('http://localhost:4173/sub/');
  });
});
