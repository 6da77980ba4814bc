import { describe, expect, it } from 'vitest';
import { heightWindow, RowHeights, scrollIntoView } from './row-heights';

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `d${i}`);

describe('RowHeights', () => {
  it('counts unmeasured rows at the estimate, then at the average of measured rows', () => {
    const h = new RowHeights(100);
    h.setRows(ids(10));
    expect(h.totalHeight).toBe(1000);
    expect(h.measure('d0', 60)).toBe(-40);
    expect(h.measure('d1', 140)).toBe(80); // the others now count at 60, the average so far
    expect(h.estimate).toBe(100);
    expect(h.measure('d2', 160)).toBe(60);
    expect(h.estimate).toBe(120);
    expect(h.offset(3)).toBe(360);
    expect(h.totalHeight).toBe(360 + 7 * 120);
    expect(h.measure('d2', 160)).toBe(0); // unchanged: nothing to redo
  });

  it('finds the row at a position and keeps measurements with their device through a filter', () => {
    const h = new RowHeights(50);
    h.setRows(ids(5));
    h.measure('d0', 50);
    h.measure('d1', 200);
    h.measure('d2', 50);
    h.measure('d3', 50);
    h.measure('d4', 50);
    expect([0, 49, 50, 249, 250, 10_000].map((y) => h.indexAt(y))).toEqual([0, 0, 1, 1, 2, 4]);
    h.setRows(['d3', 'd1']);
    expect(h.offset(1)).toBe(50);
    expect(h.totalHeight).toBe(250);
    h.clear();
    expect(h.totalHeight).toBe(100); // back to the first estimate
  });

  it('draws only the rows in view plus the overscan, for 50,000 rows of varying height', () => {
    const h = new RowHeights(100);
    h.setRows(ids(50_000));
    for (let i = 0; i < 30; i++) h.measure(`d${i}`, i % 3 === 0 ? 220 : 100);
    const w = heightWindow(h, 0, 800, 4);
    expect(w.start).toBe(0);
    expect(w.end - w.start).toBeLessThanOrEqual(12);
    const far = heightWindow(h, h.totalHeight - 800, 800, 4);
    expect(far.end).toBe(50_000);
    expect(far.end - far.start).toBeLessThanOrEqual(14);
    expect(heightWindow(new RowHeights(10), 0, 100, 2)).toEqual({ start: 0, end: 0, first: 0, totalHeight: 0 });
  });

  it('scrolls a row into view only when needed, showing the top of a row taller than the view', () => {
    const h = new RowHeights(100);
    h.setRows(ids(100));
    for (let i = 0; i < 10; i++) h.measure(`d${i}`, 100);
    h.measure('d10', 900);
    h.measure('d11', 100);
    expect(scrollIntoView(h, 2, 0, 500)).toBeUndefined();
    expect(scrollIntoView(h, 6, 0, 500)).toBe(200);
    expect(scrollIntoView(h, 1, 300, 500)).toBe(100);
    expect(scrollIntoView(h, 10, 0, 500)).toBe(1000); // 900 px tall in a 500 px view: its top
    expect(scrollIntoView(h, 11, 0, 500)).toBe(1500); // its bottom at the view's bottom
  });
});
