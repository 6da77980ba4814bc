import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, restoreSetting } from './settings-shape';

describe('sign-in settings', () => {
  it('default to no registration, the multi-tenant authority and an unknown partner kind', () => {
    expect(DEFAULT_SETTINGS.clientId).toBe('');
    expect(DEFAULT_SETTINGS.authority).toBe('https://login.microsoftonline.com/organizations');
    expect(DEFAULT_SETTINGS.partnerKind).toBe('unknown');
    expect(DEFAULT_SETTINGS.apiBaseUrl).toBe('https://api.partnercenter.microsoft.com/v1');
  });

  it('accept a client ID only as a GUID (or empty, to clear it)', () => {
    expect(restoreSetting('clientId', ' 7F8E3C1A-0B2D-4E5F-9A6B-1C2D3E4F5A6B ')).toBe('7F8E3C1A-0B2D-4E5F-9A6B-1C2D3E4F5A6B');
    expect(restoreSetting('clientId', '')).toBe('');
    expect(restoreSetting('clientId', 'my app')).toBeUndefined();
    expect(restoreSetting('clientId', 42)).toBeUndefined();
  });

  it('accept only an https authority', () => {
    expect(restoreSetting('authority', 'https://login.microsoftonline.com/contoso.example/')).toBe('https://login.microsoftonline.com/contoso.example');
    expect(restoreSetting('authority', 'http://login.microsoftonline.com/organizations')).toBeUndefined();
    expect(restoreSetting('authority', 'https://user:pw@login.example/x')).toBeUndefined();
    expect(restoreSetting('authority', 'organizations')).toBeUndefined();
  });

  it('accept the four partner kinds', () => {
    for (const kind of ['unknown', 'direct', 'indirect-provider', 'indirect-reseller']) expect(restoreSetting('partnerKind', kind)).toBe(kind);
    expect(restoreSetting('partnerKind', 'reseller')).toBeUndefined();
  });

  it('keep no label photo unless turned on, and accept only a boolean for it', () => {
    expect(DEFAULT_SETTINGS.keepLabelPhoto).toBe(false);
    expect(restoreSetting('keepLabelPhoto', true)).toBe(true);
    expect(restoreSetting('keepLabelPhoto', 'yes')).toBeUndefined();
  });
});
