/**
 * Small-cell suppression for figures that leave the court team: pure, so the
 * rules are unit-tested on their own (README "Equity: who sees exact counts").
 *
 * 1. A count of 1 to 4 people is shown as "<5" (primary suppression). A zero
 *    is shown: it names nobody.
 * 2. A row or column with exactly one hidden cell would give it away by
 *    subtraction from its total (or from the other rows), so its next
 *    smallest shown cell is hidden too (complementary suppression); a
 *    non-zero cell first, since hiding a zero protects little. Repeated until
 *    no row or column has a lone hidden cell.
 * 3. A rate or ratio derived from a hidden cell is hidden too
 *    (`derivedFigure`).
 */

/** How a hidden count reads: "fewer than five". */
export const SUPPRESSED_COUNT = '<5';
/** How a rate or ratio derived from a hidden count reads. */
export const SUPPRESSED_RATE = 'suppressed';

export type ShownCount = number | typeof SUPPRESSED_COUNT;
export type ShownRate = number | null | typeof SUPPRESSED_RATE;

/** Fewer than five people, and at least one. */
export const isSmallCount = (count: number): boolean => count >= 1 && count <= 4;

export interface SuppressedTable {
  /** The table as it may be shown: each count, or "<5". */
  cells: ShownCount[][];
  /** Which cells are hidden (primary or complementary), to hide what is derived from them. */
  hidden: boolean[][];
}

/** Hides the next smallest shown cell among `positions` (non-zero first); false when none is left to hide. */
function hideComplement(table: readonly (readonly number[])[], hidden: boolean[][], positions: Array<[number, number]>): boolean {
  const shown = positions.filter(([r, c]) => !hidden[r][c]);
  const candidates = shown.some(([r, c]) => table[r][c] > 0) ? shown.filter(([r, c]) => table[r][c] > 0) : shown;
  if (candidates.length === 0) return false;
  const [r, c] = candidates.reduce((best, next) => (table[next[0]][next[1]] < table[best[0]][best[1]] ? next : best));
  hidden[r][c] = true;
  return true;
}

/**
 * A table of counts (rows × columns, e.g. groups × funnel stages, a total row
 * included) with small cells and their complements hidden.
 */
export function suppressSmallCells(table: readonly (readonly number[])[]): SuppressedTable {
  const hidden = table.map((row) => row.map(isSmallCount));
  const rows = table.map((row, r) => row.map((_, c): [number, number] => [r, c]));
  const width = Math.max(0, ...table.map((row) => row.length));
  const columns = Array.from({ length: width }, (_, c) => table.flatMap((row, r): Array<[number, number]> => (c < row.length ? [[r, c]] : [])));
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of [...rows, ...columns]) {
      if (line.filter(([r, c]) => hidden[r][c]).length === 1 && hideComplement(table, hidden, line)) changed = true;
    }
  }
  return { cells: table.map((row, r) => row.map((count, c) => (hidden[r][c] ? SUPPRESSED_COUNT : count))), hidden };
}

/** A rate or ratio as it may be shown: hidden when any count it is taken from is. */
export function derivedFigure(value: number | null, fromHidden: readonly boolean[]): ShownRate {
  return fromHidden.some(Boolean) ? SUPPRESSED_RATE : value;
}
