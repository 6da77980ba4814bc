// Keyboard movement in the device grid (WAI-ARIA grid pattern): arrows move one cell, Home/End
// to the row's ends, Ctrl+Home/End to the first/last row, PageUp/PageDown by a screenful.

export interface Cell {
  row: number;
  col: number;
}

export function moveCell(from: Cell, key: string, ctrl: boolean, rowCount: number, colCount: number, pageRows: number): Cell | undefined {
  if (rowCount === 0) return undefined;
  const clampRow = (r: number) => Math.min(rowCount - 1, Math.max(0, r));
  const clampCol = (c: number) => Math.min(colCount - 1, Math.max(0, c));
  switch (key) {
    case 'ArrowDown':
      return { row: clampRow(from.row + 1), col: from.col };
    case 'ArrowUp':
      return { row: clampRow(from.row - 1), col: from.col };
    case 'ArrowRight':
      return { row: from.row, col: clampCol(from.col + 1) };
    case 'ArrowLeft':
      return { row: from.row, col: clampCol(from.col - 1) };
    case 'PageDown':
      return { row: clampRow(from.row + Math.max(1, pageRows)), col: from.col };
    case 'PageUp':
      return { row: clampRow(from.row - Math.max(1, pageRows)), col: from.col };
    case 'Home':
      return ctrl ? { row: 0, col: from.col } : { row: from.row, col: 0 };
    case 'End':
      return ctrl ? { row: rowCount - 1, col: from.col } : { row: from.row, col: colCount - 1 };
    default:
      return undefined;
  }
}
