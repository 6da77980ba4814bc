import { describe, expect, it } from 'vitest';
import { moveCell } from './grid-keys';
import { rowWindow, scrollToRow } from './virtual-window';

describe('rowWindow', () => {
  const base = { viewportHeight: 500, rowHeight: 100, overscan: 2 };

  it('renders the visible rows plus overscan at the top of the list', () => {
    expect(rowWindow({ ...base, scrollTop: 0, rowCount: 50_000 })).toEqual({ start: 0, end: 8, totalHeight: 5_000_000 });
  });

  it('renders a constant handful of rows deep in a 50,000-row list', () => {
    const w = rowWindow({ ...base, scrollTop: 2_500_050, rowCount: 50_000 });
    expect(w).toEqual({ start: 24_998, end: 25_008, totalHeight: 5_000_000 });
    expect(w.end - w.start).toBeLessThanOrEqual(10);
  });

  it('stops at the ends and copes with empty lists and odd input', () => {
    expect(rowWindow({ ...base, scrollTop: 4_999_600, rowCount: 50_000 })).toMatchObject({ start: 49_994, end: 50_000 });
    expect(rowWindow({ ...base, scrollTop: 0, rowCount: 0 })).toEqual({ start: 0, end: 0, totalHeight: 0 });
    expect(rowWindow({ ...base, scrollTop: -40, rowCount: 3 })).toEqual({ start: 0, end: 3, totalHeight: 300 });
    expect(rowWindow({ ...base, scrollTop: 9_999_999, rowCount: 3 })).toEqual({ start: 1, end: 3, totalHeight: 300 });
  });
});

describe('scrollToRow', () => {
  it('scrolls only when the row is not fully visible', () => {
    expect(scrollToRow(3, 0, 500, 100)).toBeUndefined();
    expect(scrollToRow(7, 0, 500, 100)).toBe(300);
    expect(scrollToRow(1, 400, 500, 100)).toBe(100);
  });
});

describe('moveCell', () => {
  it('moves like a grid and stays inside it', () => {
    const at = { row: 5, col: 2 };
    expect(moveCell(at, 'ArrowDown', false, 10, 9, 4)).toEqual({ row: 6, col: 2 });
    expect(moveCell(at, 'ArrowUp', false, 10, 9, 4)).toEqual({ row: 4, col: 2 });
    expect(moveCell(at, 'ArrowRight', false, 10, 9, 4)).toEqual({ row: 5, col: 3 });
    expect(moveCell({ row: 0, col: 0 }, 'ArrowLeft', false, 10, 9, 4)).toEqual({ row: 0, col: 0 });
    expect(moveCell(at, 'PageDown', false, 10, 9, 4)).toEqual({ row: 9, col: 2 });
    expect(moveCell(at, 'PageUp', false, 10, 9, 4)).toEqual({ row: 1, col: 2 });
    expect(moveCell(at, 'Home', false, 10, 9, 4)).toEqual({ row: 5, col: 0 });
    expect(moveCell(at, 'End', true, 10, 9, 4)).toEqual({ row: 9, col: 2 });
    expect(moveCell(at, 'x', false, 10, 9, 4)).toBeUndefined();
    expect(moveCell(at, 'ArrowDown', false, 0, 9, 4)).toBeUndefined();
  });
});
