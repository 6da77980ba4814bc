// The shared label generators (tests/support/labels.ts) used by the decoder specs, the decoder
// bench and the fake-camera end-to-end tests.
import { describe, expect, it } from 'vitest';
import { LABELS, degradedSet, emptyFrame, renderLabel, sameCodeText } from '../support/labels';

const grey = (f: { data: Uint8ClampedArray; width: number }, x: number, y: number): number => f.data[(y * f.width + x) * 4] ?? -1;

function darkBounds(f: { data: Uint8ClampedArray; width: number; height: number }) {
  let minX = f.width, maxX = -1, minY = f.height, maxY = -1;
  for (let y = 0; y < f.height; y++)
    for (let x = 0; x < f.width; x++)
      if (grey(f, x, y) < 60) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
  return { minX, maxX, minY, maxY };
}

describe('renderLabel', () => {
  it('gives a 1280×720 opaque grey RGBA frame with the bars near the centre (the fake camera crops around it)', () => {
    const f = renderLabel(LABELS.serialPkidEan);
    expect([f.width, f.height, f.data.length]).toEqual([1280, 720, 1280 * 720 * 4]);
    for (let i = 0; i < f.data.length; i += 4 * 997) {
      expect(f.data[i]).toBe(f.data[i + 1]);
      expect(f.data[i + 3]).toBe(255);
    }
    const b = darkBounds(f);
    expect(b.minX).toBeGreaterThan(300);
    expect(b.maxX).toBeLessThan(980);
    expect(Math.abs((b.minY + b.maxY) / 2 - 360)).toBeLessThan(20);
  });

  it('is deterministic, noise included (seeded)', () => {
    const a = renderLabel(LABELS.qr, { noise: 20, seed: 5 });
    const b = renderLabel(LABELS.qr, { noise: 20, seed: 5 });
    const c = renderLabel(LABELS.qr, { noise: 20, seed: 6 });
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    expect(Buffer.from(a.data).equals(Buffer.from(c.data))).toBe(false);
  });

  it('inverts, lowers contrast, rotates and scales as asked', () => {
    const plain = renderLabel(LABELS.lenovo1S);
    const inverted = renderLabel(LABELS.lenovo1S, { invert: true });
    for (const [x, y] of [[0, 0], [640, 360], [500, 300]] as const) expect(grey(inverted, x, y)).toBe(255 - grey(plain, x, y));
    const low = renderLabel(LABELS.lenovo1S, { contrast: 0.3 });
    const values = new Set<number>();
    for (let i = 0; i < low.data.length; i += 4) values.add(low.data[i]!);
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(Math.ceil(255 * 0.3) + 1);
    const turned = darkBounds(renderLabel(LABELS.lenovo1S, { rotate: 90 }));
    const flat = darkBounds(plain);
    expect(turned.maxY - turned.minY).toBeGreaterThan(flat.maxX - flat.minX - 4);
    const big = darkBounds(renderLabel(LABELS.lenovo1S, { scale: 1.5 }));
    expect(big.maxX - big.minX).toBeGreaterThan(1.4 * (flat.maxX - flat.minX));
  });

  it('names the expected text and zxing-wasm format of every code', () => {
    expect(LABELS.serialPkidEan.codes.map((c) => [c.symbology, c.text])).toEqual([
      ['Code128', 'JX4K2L3'],
      ['Code128', '4006381333931'],
      ['EAN13', '5901234123457'],
    ]);
    expect(LABELS.gs1DataMatrix.codes[0].text).toBe('(01)09506000134352(21)PF2ABCDE');
    expect(LABELS.lenovo1S.codes[0].text.startsWith('1S')).toBe(true);
    expect(LABELS.hpSerial.codes[0].text.startsWith('S')).toBe(true);
  });
});

describe('emptyFrame and degradedSet', () => {
  it('an empty frame has no dark pixel at all', () => {
    expect(darkBounds(emptyFrame()).maxX).toBe(-1);
  });

  it('the degraded set has at least 30 labels covering rotation, blur, noise, low contrast and inversion', () => {
    const set = degradedSet();
    expect(set.length).toBeGreaterThanOrEqual(30);
    const used = (key: string) => set.some((c) => key in c.options);
    for (const key of ['rotate', 'blur', 'noise', 'contrast', 'invert']) expect(used(key), key).toBe(true);
    expect(new Set(set.map((c) => c.name)).size).toBe(set.length);
  });
});

describe('sameCodeText', () => {
  it('matches GS1 text whether the fields are in parentheses or separated by GS, with or without an AIM prefix', () => {
    expect(sameCodeText('0109506000134352' + '21PF2ABCDE', '(01)09506000134352(21)PF2ABCDE')).toBe(true);
    expect(sameCodeText(']d20109506000134352' + '21PF2ABCDE', '(01)09506000134352(21)PF2ABCDE')).toBe(true);
    expect(sameCodeText('PF2ABCDF', 'PF2ABCDE')).toBe(false);
  });
});
