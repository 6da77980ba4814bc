// Heights of the device table's rows, which differ: a row's fields wrap onto more lines in a
// narrow table, and its problems are shown in full, however many sentences they take. Rows that
// were drawn are measured; the others count at the average measured height. Offsets are prefix
// sums, rebuilt in one pass when something changed (50,000 rows: well under a millisecond), so
// finding the rows in view is a binary search.

export class RowHeights {
  #ids: readonly string[] = [];
  #measured = new Map<string, number>();
  #estimate: number;
  #sum = 0;
  #count = 0;
  #offsets = new Float64Array(1);
  #dirty = true;

  /** `estimate`: the height assumed for a row before any row was measured. */
  constructor(estimate: number) {
    this.#estimate = estimate;
  }

  /** The rows, in order (by device id: a measurement follows its device through filters). */
  setRows(ids: readonly string[]): void {
    this.#ids = ids;
    this.#dirty = true;
  }

  /** Forgets every measurement (the table's width changed: rows wrap differently now). */
  clear(): void {
    this.#measured.clear();
    this.#sum = 0;
    this.#count = 0;
    this.#dirty = true;
  }

  /** Records a drawn row's height; answers how much it changed (0: nothing to redo). */
  measure(id: string, height: number): number {
    if (!(height > 0)) return 0;
    const before = this.#measured.get(id);
    if (before === height) return 0;
    const counted = before ?? this.estimate;
    if (before === undefined) this.#count++;
    this.#sum += height - (before ?? 0);
    this.#measured.set(id, height);
    this.#dirty = true;
    return height - counted;
  }

  /** What an unmeasured row counts as: the average of the measured ones. */
  get estimate(): number {
    return this.#count > 0 ? this.#sum / this.#count : this.#estimate;
  }

  get rowCount(): number {
    return this.#ids.length;
  }

  height(index: number): number {
    const id = this.#ids[index];
    return id === undefined ? 0 : (this.#measured.get(id) ?? this.estimate);
  }

  /** Top of row `index` (index = rowCount gives the total height). */
  offset(index: number): number {
    const offsets = this.#build();
    return offsets[Math.max(0, Math.min(this.#ids.length, index))] ?? 0;
  }

  get totalHeight(): number {
    return this.offset(this.#ids.length);
  }

  /** The row at vertical position `y` (clamped to the rows there are). */
  indexAt(y: number): number {
    const offsets = this.#build();
    const n = this.#ids.length;
    if (n === 0) return 0;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((offsets[mid] ?? 0) <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  #build(): Float64Array {
    if (!this.#dirty) return this.#offsets;
    const n = this.#ids.length;
    if (this.#offsets.length !== n + 1) this.#offsets = new Float64Array(n + 1);
    const estimate = this.estimate;
    let y = 0;
    for (let i = 0; i < n; i++) {
      this.#offsets[i] = y;
      y += this.#measured.get(this.#ids[i]!) ?? estimate;
    }
    this.#offsets[n] = y;
    this.#dirty = false;
    return this.#offsets;
  }
}

export interface HeightWindow {
  /** First rendered row (inclusive) and one past the last. */
  start: number;
  end: number;
  /** The first row at least partly in view. */
  first: number;
  totalHeight: number;
}

/** The rows to draw for a scroll position: those in view plus `overscan` either side. */
export function heightWindow(heights: RowHeights, scrollTop: number, viewportHeight: number, overscan: number): HeightWindow {
  const n = heights.rowCount;
  if (n === 0) return { start: 0, end: 0, first: 0, totalHeight: 0 };
  const top = Math.max(0, scrollTop);
  const first = heights.indexAt(top);
  const last = heights.indexAt(top + Math.max(0, viewportHeight));
  return { start: Math.max(0, first - overscan), end: Math.min(n, last + 1 + overscan), first, totalHeight: heights.totalHeight };
}

/** The scrollTop that brings row `index` fully into view (its top, if taller), or undefined when it is. */
export function scrollIntoView(heights: RowHeights, index: number, scrollTop: number, viewportHeight: number): number | undefined {
  const top = heights.offset(index);
  const bottom = top + heights.height(index);
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, Math.min(top, bottom - viewportHeight));
  return undefined;
}
