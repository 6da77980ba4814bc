import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_TIME, restoreDevice, restoreList, restoreSettings } from './restore';
import { DEFAULT_SETTINGS } from './settings-shape';
import { toDeviceRow } from './schema';
import { T0, deviceFor, error } from './test-data';

describe('restoreList', () => {
  it('fills defaults and drops unknown keys', () => {
    expect(restoreList({ id: 'l1', name: 'A', junk: 1, createdAt: 10 }, T0)).toEqual({
      id: 'l1', name: 'A', customerName: '', dialect: 'partner-center', createdAt: 10, updatedAt: 10,
    });
    expect(restoreList({ id: 'l1', customerTenantId: '  ', deletedAt: -1, dialect: 'intune' }, T0)).toEqual({
      id: 'l1', name: '', customerName: '', dialect: 'intune', createdAt: T0, updatedAt: T0,
    });
  });

  it('gives null for what cannot be identified', () => {
    for (const raw of [null, undefined, 42, 'x', [], {}, { id: '' }, { id: 7 }]) expect(restoreList(raw)).toBeNull();
  });
});

describe('restoreDevice', () => {
  it('is the identity on a record it produced, and strips the index keys', () => {
    const stored = restoreDevice({ id: 'd1', listId: 'l1', device: deviceFor(1, {}, true), source: 'file', sourceDetail: 'a.csv line 2', addedAt: 1, updatedAt: 2, problems: [error()] })!.value;
    expect(restoreDevice(toDeviceRow(stored))).toEqual({ value: stored, cleaned: [] });
  });

  it('normalises damaged records through the core’s normalizeDevice', () => {
    const r = restoreDevice({
      id: 'd1',
      listId: 'l1',
      device: { serialNumber: 'ABC1234\t', pkid: '1234567890123', model: { no: 1 } },
      source: 'camera',
      problems: [{ code: 'x', severity: 'fatal' }, { code: 'ok', severity: 'warning', field: 'nope', line: 0, params: { a: 1, b: {} } }, 'junk'],
      registration: { status: '', trackingId: 'x' },
      addedAt: 'yesterday',
      updatedAt: 99,
    }, T0)!;
    expect(r.value).toEqual({
      id: 'd1', listId: 'l1', device: { serialNumber: 'ABC1234', pkid: '1234567890123' }, source: 'typed',
      addedAt: 99, updatedAt: 99, problems: [{ code: 'ok', severity: 'warning', message: 'ok', params: { a: 1 } }, expect.objectContaining({ code: 'normalize.not-a-string', field: 'model' })],
    });
    expect(r.cleaned.map((p) => p.code)).toContain('normalize.not-a-string');
    // Restoring again changes nothing: the problem is not added twice.
    expect(restoreDevice(r.value, T0)!.value).toEqual(r.value);
  });

  it('never throws and never returns a half-shaped record (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (device, rest) => {
        const raw = rest && typeof rest === 'object' ? { ...(rest as object), id: 'd', listId: 'l', device } : { id: 'd', listId: 'l', device, x: rest };
        const r = restoreDevice(raw, T0);
        expect(r).not.toBeNull();
        expect(Array.isArray(r!.value.problems)).toBe(true);
        expect(typeof r!.value.addedAt).toBe('number');
        for (const v of Object.values(r!.value.device)) expect(typeof v).toBe('string');
      }),
    );
  });
});

describe('restoreSettings', () => {
  it('keeps valid values and defaults the rest', () => {
    expect(restoreSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(
      restoreSettings({ language: 'da', maxRows: '250', theme: 'neon', apiBaseUrl: 'https://relay.example.com/pc/v1/', defaultDialect: 'intune', sounds: 'no', other: 1 }),
    ).toEqual({ ...DEFAULT_SETTINGS, language: 'da', maxRows: 250, theme: 'system', apiBaseUrl: 'https://relay.example.com/pc/v1', defaultDialect: 'intune', sounds: true });
    expect(restoreSettings({ sounds: false }).sounds).toBe(false);
  });

  it('accepts only https API bases, or http on this machine', () => {
    expect(restoreSettings({ apiBaseUrl: 'http://relay.example.com' }).apiBaseUrl).toBe(DEFAULT_SETTINGS.apiBaseUrl);
    expect(restoreSettings({ apiBaseUrl: 'javascript:alert(1)' }).apiBaseUrl).toBe(DEFAULT_SETTINGS.apiBaseUrl);
    expect(restoreSettings({ apiBaseUrl: 'http://localhost:8080/v1' }).apiBaseUrl).toBe('http://localhost:8080/v1');
    expect(restoreSettings({ maxRows: 1.5 }).maxRows).toBe(500);
    expect(restoreSettings({ maxRows: 10 ** 9 }).maxRows).toBe(100_000);
  });
});

describe('timestamps are brought into the Date range (issue 10)', () => {
  it('a list with updatedAt 1e300 gets a real date; every time of a restored record formats', () => {
    const list = restoreList({ id: 'l1', createdAt: 10, updatedAt: 1e300, deletedAt: 9e15 }, T0)!;
    expect(list.updatedAt).toBe(10);
    expect(list.deletedAt).toBe(T0);
    for (const t of [list.createdAt, list.updatedAt, list.deletedAt]) expect(() => new Intl.DateTimeFormat('en').format(t)).not.toThrow();
  });
  it('a trashed device with deletedAt 9e15 stays trashed, from now; out-of-range added/updated times fall back', () => {
    const d = restoreDevice({ id: 'd1', listId: 'l1', device: { pkid: '3258461234567' }, addedAt: -5, updatedAt: 8.64e15, deletedAt: 9e15, registration: { status: 'queued', updatedAt: 1e300 } }, T0)!.value;
    expect(d).toMatchObject({ addedAt: T0, updatedAt: T0, deletedAt: T0, registration: { updatedAt: T0 } });
    // The purge date (30 days on) of the latest time allowed is still a valid Date.
    expect(Number.isFinite(new Date(MAX_TIME + 30 * 86_400_000).getTime())).toBe(true);
  });
  it('any number as a time gives a record whose times all format (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.constantFrom(1e300, 9e15, 8.64e15, -1)), (t) => {
        const list = restoreList({ id: 'l', createdAt: t, updatedAt: t, deletedAt: t }, T0)!;
        const dev = restoreDevice({ id: 'd', listId: 'l', device: {}, addedAt: t, updatedAt: t, deletedAt: t }, T0)!.value;
        for (const x of [list.createdAt, list.updatedAt, list.deletedAt ?? 0, dev.addedAt, dev.updatedAt, dev.deletedAt ?? 0]) {
          new Intl.DateTimeFormat('en').format(x);
          new Intl.DateTimeFormat('en').format(x + 30 * 86_400_000);
        }
      }),
    );
  });
});
