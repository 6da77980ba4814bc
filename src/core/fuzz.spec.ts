// Fuzz: thousands of random and mutated files at readDeviceFile and random strings at
// classifyScan. Seeded (reproducible) and time-bounded: every call must return a well-formed
// value, never throw, never hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyScan } from './classify/classify-scan';
import { readDeviceFile } from './import/read-device-file';
import { crlf, fakeHash, makeXlsx, utf16leWithBom, utf8, utf8WithBom } from './test-data/factories';

const SEEDS = [
  utf16leWithBom(crlf('Device Serial Number,Windows Product ID,Hardware Hash', `PF2ABCDE,,${fakeHash(1, 400)}`, `PF2ABCDF,,${fakeHash(2, 400)}`)),
  utf8WithBom(crlf('"Serienummer";"PKID";"Tillverkare";"Modell"', '"0012345678901";"3,25846E+12";"Microsoft Corporation";"Surface Laptop 5"')),
  utf8('Service Tag\tOEM\tMTM\nJX4K2L3\tDell Inc.\tLatitude 5440\n'),
  utf8(crlf(`PF2ABCDE,,${fakeHash(3, 400)}`)),
  makeXlsx([
    ['Serial', 'PKID'],
    ['PF2ABCDE', 3258461234567],
  ]),
];

const mutation = fc.record({
  seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
  edits: fc.array(
    fc.record({
      kind: fc.constantFrom('flip', 'insert', 'delete', 'truncate', 'duplicate'),
      at: fc.nat(),
      byte: fc.integer({ min: 0, max: 255 }),
      length: fc.integer({ min: 1, max: 64 }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
});

function mutate(m: { seed: number; edits: { kind: string; at: number; byte: number; length: number }[] }): Uint8Array {
  let b = Array.from(SEEDS[m.seed] ?? []);
  for (const e of m.edits) {
    const at = b.length === 0 ? 0 : e.at % b.length;
    if (e.kind === 'flip') b[at] = e.byte;
    else if (e.kind === 'insert') b.splice(at, 0, ...Array.from({ length: e.length }, (_, i) => (e.byte + i * 31) & 255));
    else if (e.kind === 'delete') b.splice(at, e.length);
    else if (e.kind === 'truncate') b = b.slice(0, at);
    else b.splice(at, 0, ...b.slice(at, at + e.length * 8));
  }
  return new Uint8Array(b);
}

async function readWithin(bytes: Uint8Array, ms: number): Promise<void> {
  const t = performance.now();
  const r = await readDeviceFile(bytes, 'fuzz.csv');
  expect(performance.now() - t).toBeLessThan(ms);
  expect(Array.isArray(r.devices)).toBe(true);
  expect(Array.isArray(r.problems)).toBe(true);
  // file.failed is the catch-all for an exception inside the reader: a bug, even if contained.
  expect(r.problems.map((p) => p.code)).not.toContain('file.failed');
  for (const p of [...r.problems, ...r.devices.flatMap((d) => d.problems)]) {
    expect(typeof p.code).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
  }
  for (const d of r.devices) {
    expect(d.line).toBeGreaterThan(0);
    for (const v of Object.values(d.device)) expect(typeof v === 'string' && v.length > 0).toBe(true);
  }
}

describe('fuzz', () => {
  it('readDeviceFile survives random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 2048 }), (bytes) => readWithin(bytes, 2000)),
      { seed: 1, numRuns: 1500 },
    );
  });

  it('readDeviceFile survives mutated real files', async () => {
    await fc.assert(fc.asyncProperty(mutation, (m) => readWithin(mutate(m), 2000)), { seed: 2, numRuns: 1500 });
  });

  it('readDeviceFile survives random text with delimiters, quotes and line breaks', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ',', ';', '\t', '"', '\r', '\n', ' ', '\u00a0', 'é', '\u0000'), maxLength: 40 });
    await fc.assert(fc.asyncProperty(cell, (s) => readWithin(utf8(s), 2000)), { seed: 3, numRuns: 1500 });
  });

  it('classifyScan survives random and structured strings', () => {
    const structured = fc
      .tuple(
        fc.constantFrom('', ']C1', ']d2', ']Q3', ']E0', ']A0', '1S', 'S', 'P', '1P', 'Q', '(01)', '(21)', '[)>\u001e06\u001d'),
        fc.string({ unit: fc.constantFrom('0', '1', '9', 'A', 'z', '-', '(', ')', '\u001d', '\u001e', ' ', '\u200b', '\u00ad'), maxLength: 40 }),
      )
      .map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), structured), (s) => {
        const r = classifyScan(s);
        expect(typeof r.kind).toBe('string');
        expect(r.raw).toBe(s);
        expect(['high', 'medium', 'low']).toContain(r.confidence);
        expect(r.explanation.length).toBeGreaterThan(0);
      }),
      { seed: 4, numRuns: 4000 },
    );
  });
});
