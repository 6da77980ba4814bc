// Property: for any valid device list, writeDeviceFiles → readDeviceFile gives the same devices
// back, in order, for every dialect (fields the dialect does not write are not expected back).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDeviceFile } from './import/read-device-file';
import { normalizeDevice } from './normalize';
import { B64 } from './test-data/factories';
import type { Device, Dialect } from './types';
import { validateDevices } from './validate/validate-devices';
import { DIALECT_COLUMNS } from './write/headers';
import { writeDeviceFiles } from './write/write-device-files';

const chars = (alphabet: string, min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...alphabet.split('')), { minLength: min, maxLength: max }).map((a) => a.join(''));

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
// What real manufacturer and model strings contain (no delimiter, no quote: those are errors).
const TEXT = ALNUM + ' .-_()/&+#';

const serial = chars(ALNUM + '-', 4, 20);
const pkid = chars('0123456789', 13, 13);
const hash = fc.integer({ min: 1, max: 40 }).chain((n) => chars(B64, n * 4, n * 4));
const text = chars(TEXT, 1, 30);
const upn = fc.tuple(chars(ALNUM, 1, 10), chars(ALNUM, 1, 10), chars('abcdefghij', 2, 5)).map(([a, b, c]) => `${a}@${b}.${c}`);

const device: fc.Arbitrary<unknown> = fc.record(
  {
    serialNumber: serial,
    pkid,
    hardwareHash: hash,
    manufacturer: fc.oneof(text, fc.constantFrom('Dell Inc.', 'HP', 'LENOVO', 'Microsoft Corporation')),
    model: text,
    groupTag: text,
    assignedUser: upn,
  },
  { requiredKeys: [] },
);

/** Keep only what the dialect writes, normalised, and drop devices with errors until none are left. */
function validList(raw: unknown[], dialect: Dialect): Device[] {
  const fields = DIALECT_COLUMNS[dialect];
  let list = raw.map((r) => {
    const { device } = normalizeDevice(r);
    const kept: Device = {};
    for (const f of fields) if (device[f] !== undefined) kept[f] = device[f];
    return kept;
  });
  for (;;) {
    const bad = new Set(validateDevices(list, dialect).filter((p) => p.severity === 'error').map((p) => p.index));
    if (bad.size === 0) return list;
    list = list.filter((_, i) => !bad.has(i));
  }
}

describe('write → read round trip', () => {
  for (const dialect of ['partner-center', 'intune', 'corporate-identifiers'] as const) {
    it(`returns the same devices for any valid list (${dialect})`, async () => {
      let checked = 0;
      let devicesChecked = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(device, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 10 }), async (raw, maxRows) => {
          const devices = validList(raw, dialect);
          fc.pre(devices.length > 0);
          const written = writeDeviceFiles(devices, dialect, { maxRows, listName: 'Round trip' });
          expect(written.ok).toBe(true);
          if (!written.ok) return;
          const back: Device[] = [];
          for (const f of written.files) {
            const r = await readDeviceFile(f.bytes, f.fileName);
            expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
            expect(r.detected.dialect).toBe(dialect);
            back.push(...r.devices.map((d) => d.device));
          }
          expect(back).toEqual(devices);
          checked++;
          devicesChecked += devices.length;
        }),
        { seed: 20261121, numRuns: 150 },
      );
      // The generator must not be filtered away: most runs compare real lists.
      expect(checked).toBeGreaterThan(100);
      expect(devicesChecked).toBeGreaterThan(500);
    });
  }
});
