// Column widths for letter tables, shared by both renderers: the author's relative widths when
// given, otherwise sized to the content the way a browser sizes an automatic table.
import type { TableBlock } from './model';

export interface ColumnContent {
  /** Width of the cell's text on one line. */
  max: number;
  /** Width of its widest unbreakable word. */
  minWord: number;
}

/**
 * Splits `available` between the columns. `measure(c)` gives the natural widths of a cell's
 * content and `padding` is added to each column (both sides together).
 */
export function tableColumnWidths(
  table: TableBlock,
  available: number,
  measure: (cell: TableBlock['header'][number]) => ColumnContent,
  padding: number,
): number[] {
  const count = table.header.length;
  const given = table.columnWidths;
  if (given && given.length === count) {
    const total = given.reduce((a, b) => a + b, 0);
    return given.map((w) => (available * w) / total);
  }
  const mins = new Array<number>(count).fill(padding);
  const maxes = new Array<number>(count).fill(padding);
  for (const row of [table.header, ...table.rows]) {
    for (let c = 0; c < count; c++) {
      const cell = row[c];
      if (!cell) continue;
      const { max, minWord } = measure(cell);
      mins[c] = Math.max(mins[c] ?? 0, minWord + padding);
      maxes[c] = Math.max(maxes[c] ?? 0, max + padding);
    }
  }
  const sumMax = maxes.reduce((a, b) => a + b, 0);
  if (sumMax <= available) return maxes.map((m) => (available * m) / sumMax);
  const sumMin = mins.reduce((a, b) => a + b, 0);
  if (sumMin >= available) return mins.map((m) => (available * m) / sumMin);
  // Everyone gets their longest word; the rest is shared by how much more each would like.
  const spare = available - sumMin;
  const wants = maxes.map((m, i) => m - (mins[i] ?? 0));
  const sumWants = wants.reduce((a, b) => a + b, 0);
  return mins.map((m, i) => m + (sumWants > 0 ? (spare * (wants[i] ?? 0)) / sumWants : spare / count));
}
