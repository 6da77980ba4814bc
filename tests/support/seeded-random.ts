// The seeded pseudo-random generator of the generated test and bench data (tests/support/labels.ts,
// bench/pages/autopilot-file.ts, bench/core.bench.ts): the same seed gives the same data in every
// run, in node and in a browser.

/** Mulberry32: numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
