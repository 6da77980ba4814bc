import { describe, expect, it } from 'vitest';
import { FAKE_ACCOUNT, createFakeAuth } from './fake-auth';

describe('fake sign-in', () => {
  it('signs in through a pending redirect and hands out tokens', async () => {
    const auth = createFakeAuth();
    expect(auth.account()).toBeUndefined();
    expect(await auth.getToken({ allowRedirect: false })).toMatchObject({ ok: false, error: { code: 'interaction-required' } });
    expect(await auth.signIn('#/settings')).toEqual({ ok: true, value: 'redirecting' });
    expect(auth.pending).toEqual({ kind: 'sign-in', returnTo: '#/settings' });
    auth.completeRedirect();
    expect(await auth.handleRedirect()).toEqual({ ok: true, value: FAKE_ACCOUNT });
    expect(await auth.handleRedirect()).toEqual({ ok: true, value: undefined });
    expect(await auth.getToken()).toEqual({ ok: true, token: 'fake-token-1-mfa' });
    expect(auth.calls.signIn).toEqual(['#/settings']);
  });

  it('plays an MFA step-up once and refuses a loop', async () => {
    const auth = createFakeAuth({ account: FAKE_ACCOUNT, mfa: false });
    expect(await auth.getToken()).toEqual({ ok: true, token: 'fake-token-1' });
    expect(await auth.requireMfa('{"claims":1}')).toEqual({ ok: true, value: 'redirecting' });
    expect(await auth.requireMfa()).toMatchObject({ ok: false, error: { code: 'mfa-required' } });
    auth.completeRedirect();
    expect(await auth.getToken()).toEqual({ ok: true, token: 'fake-token-2-mfa' });
    expect(auth.calls.requireMfa).toEqual(['{"claims":1}', undefined]);
  });

  it('fails once on request and signs out', async () => {
    const auth = createFakeAuth({ account: FAKE_ACCOUNT });
    auth.failNext('network', 'offline');
    expect(await auth.getToken()).toEqual({ ok: false, error: { code: 'network', description: 'offline' } });
    expect((await auth.getToken()).ok).toBe(true);
    expect(await auth.signOut()).toEqual({ ok: true, value: 'redirecting' });
    expect(auth.account()).toBeUndefined();
    expect(await auth.signOut()).toEqual({ ok: true, value: 'signed-out' });
  });
});
