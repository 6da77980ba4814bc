import { describe, expect, it } from 'vitest';
import { sketchBars } from './barcode-bars';

describe('sketchBars', () => {
  it('draws the same bars for the same text, inside the given width', () => {
    const bars = sketchBars('3258461234567', 48, 150);
    expect(sketchBars('3258461234567', 48, 150)).toEqual(bars);
    expect(bars.length).toBeGreaterThan(20);
    const last = bars[bars.length - 1]!;
    expect(bars[0]!.x).toBe(48);
    expect(last.x + last.width).toBeLessThanOrEqual(198.01);
    for (const bar of bars) expect(bar.width).toBeGreaterThan(0);
  });

  it('draws different bars for different text', () => {
    expect(sketchBars('PF2ABC0D', 0, 100)).not.toEqual(sketchBars('5 901234 123457', 0, 100));
  });
});
