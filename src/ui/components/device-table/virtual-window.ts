// Which rows of a long list are on screen. The table renders only these (plus a few either side,
// so a fast flick does not show blank space) with a fixed row height, which keeps a 50,000-row
// list as cheap to draw as a 20-row one.

export interface WindowInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
  /** Extra rows rendered above and below the visible ones. */
  overscan: number;
}

export interface RowWindow {
  /** First rendered row (0-based, inclusive). */
  start: number;
  /** One past the last rendered row. */
  end: number;
  /** Height of the whole list, so the scrollbar is right. */
  totalHeight: number;
}

export function rowWindow({ scrollTop, viewportHeight, rowHeight, rowCount, overscan }: WindowInput): RowWindow {
  const h = Math.max(1, rowHeight);
  const count = Math.max(0, Math.floor(rowCount));
  const top = Math.max(0, scrollTop);
  const first = Math.min(count, Math.floor(top / h));
  const visible = Math.ceil(Math.max(0, viewportHeight) / h) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end, totalHeight: count * h };
}

/** The scrollTop that brings `row` fully into view, or undefined when it already is. */
export function scrollToRow(row: number, scrollTop: number, viewportHeight: number, rowHeight: number): number | undefined {
  const top = row * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return undefined;
}
