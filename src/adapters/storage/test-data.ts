// Test factories for the storage specs: realistic devices (Dell service tags, 13-digit PKIDs,
// 4 KB base64 hashes), a fake clock, and a store on a fresh in-memory IndexedDB per test.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, expect } from 'vitest';
import type { Device, Problem } from '../../core';
import { openStore, type BoxpilotStore, type OpenStoreOptions } from './store';
import type { Result } from './errors';
import type { NewDevice } from './types';

export const DAY = 24 * 60 * 60 * 1000;
export const T0 = Date.UTC(2026, 10, 2, 9, 0, 0);

export function fakeClock(start = T0) {
  let t = start;
  const now = () => t;
  return Object.assign(now, {
    advance(ms: number) {
      t += ms;
    },
    set(ms: number) {
      t = ms;
    },
  });
}

/** The value of an ok Result, failing the test with the error otherwise. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) expect.fail(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

let dbCounter = 0;

export interface TestStore {
  store: BoxpilotStore;
  factory: IDBFactory;
  clock: ReturnType<typeof fakeClock>;
  name: string;
}

/** A store on its own fresh factory; pass `factory`/`name` to open a second tab on the same one. */
export async function openTestStore(options: Partial<OpenStoreOptions> & { clock?: ReturnType<typeof fakeClock> } = {}): Promise<TestStore> {
  const clock = options.clock ?? fakeClock();
  const factory = options.factory ?? new IDBFactory();
  const name = options.name ?? `boxpilot-test-${++dbCounter}-${Math.random().toString(36).slice(2)}`;
  // The automatic purge is off unless a test schedules it: a timer firing in the middle of a test
  // with a fake clock 31 days on would empty its trash.
  const store = value(await openStore({ storageManager: null, schedulePurge: () => undefined, ...options, factory, name, now: clock }));
  return { store, factory, clock, name };
}

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** Deterministic pseudo-random generator, so failures reproduce. */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export function serialFor(n: number): string {
  const r = rng(n * 7919 + 1);
  let out = '';
  for (let i = 0; i < 7; i++) out += ALNUM[Math.floor(r() * ALNUM.length)];
  return out;
}

export function pkidFor(n: number): string {
  return String(3_000_000_000_000 + n * 9_973).padStart(13, '0');
}

/** A base64 text of 4,096 characters with the long shared header real hashes have. */
export function hashFor(n: number): string {
  const r = rng(n * 104_729 + 3);
  const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const header = 'T0FBQUFBQUFBQUFBQUFBQUFBQUFBQUFB';
  // join, not +=: a string built by += is a rope that every later regex must first flatten,
  // which made timings with these hashes 100 times slower than with real (flat) ones.
  const body = Array.from({ length: 4096 - header.length }, () => b64[Math.floor(r() * 64)]).join('');
  return header + body;
}

export function deviceFor(n: number, overrides: Partial<Device> = {}, withHash = false): Device {
  const device: Device = { serialNumber: serialFor(n), pkid: pkidFor(n), manufacturer: 'Dell Inc.', model: 'Latitude 5440' };
  if (withHash) device.hardwareHash = hashFor(n);
  return { ...device, ...overrides };
}

export const warning = (code = 'serial.short'): Problem => ({ code, severity: 'warning', message: `${code} (test)` });
export const error = (code = 'pkid.ean'): Problem => ({ code, severity: 'error', message: `${code} (test)` });

export function newDevices(count: number, start = 0, extra: Partial<NewDevice> & { withHash?: boolean } = {}): NewDevice[] {
  const { withHash = false, ...rest } = extra;
  return Array.from({ length: count }, (_, i) => ({
    device: deviceFor(start + i, {}, withHash),
    source: 'typed' as const,
    problems: [],
    ...rest,
  }));
}

/**
 * For a spec file: `const setup = useTestStores()` gives fresh stores (own database, factory and
 * clock each) that are closed after every test.
 */
export function useTestStores(): (options?: Parameters<typeof openTestStore>[0]) => Promise<TestStore> {
  let open: TestStore[] = [];
  afterEach(() => {
    for (const t of open) t.store.close();
    open = [];
  });
  return async (options) => {
    const t = await openTestStore(options);
    open.push(t);
    return t;
  };
}
