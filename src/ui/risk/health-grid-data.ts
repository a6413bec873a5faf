// Shaping the engine's health grid (the pool's health factor over two assets' moves) into a
// heatmap: the first asset's moves down the side (rises at the top), the second's across. The grid
// is numerator ÷ requirement at each pair of moves, named as the health curve names it: "Equity ÷
// maintenance" on exchange and portfolio books, "Health factor" on lending; 1 is liquidation.
import type { HealthGrid } from '../../engine';
import type { CsvTable } from '../charts/csv';
import { formatHealthFactor, formatMove, MISSING } from '../charts/format';
import { fractionToPercent } from '../charts/numbers';
import type { TextTable } from '../charts/text-table';

export interface HealthCell {
  firstMove: number;
  secondMove: number;
  /** Null where nothing is required (no health factor). */
  healthFactor: number | null;
  /** Below 1: liquidated. */
  liquidated: boolean;
  /** Both assets unmoved: today. */
  today: boolean;
}

export interface HealthHeatmap {
  /** What the cells hold, as the health curve names it ("Equity ÷ maintenance" or "Health factor"). */
  measure: string;
  first: string;
  second: string;
  /** Rows: the first asset's moves, descending. */
  rowMoves: number[];
  /** Columns: the second asset's moves, ascending. */
  columnMoves: number[];
  cells: HealthCell[][];
  /** Share of the cells that liquidate the account. */
  liquidatedShare: number;
}

const finiteOrNull = (x: number | null | undefined): number | null => (x === null || x === undefined || !Number.isFinite(x) ? null : x);

export function healthHeatmap(grid: HealthGrid, measure: string): HealthHeatmap {
  const [first, second] = grid.assets;
  const order = grid.moves.map((m, i) => ({ m, i }));
  const rows = [...order].sort((a, b) => b.m - a.m);
  const columns = [...order].sort((a, b) => a.m - b.m);
  let liquidated = 0;
  const cells = rows.map((r) =>
    columns.map((c) => {
      const healthFactor = finiteOrNull(grid.healthFactor[r.i]?.[c.i]);
      const cell: HealthCell = { firstMove: r.m, secondMove: c.m, healthFactor, liquidated: healthFactor !== null && healthFactor < 1, today: r.m === 0 && c.m === 0 };
      if (cell.liquidated) liquidated += 1;
      return cell;
    }),
  );
  const total = rows.length * columns.length;
  return { measure, first, second, rowMoves: rows.map((r) => r.m), columnMoves: columns.map((c) => c.m), cells, liquidatedShare: total > 0 ? liquidated / total : 0 };
}

/** Two assets to start with: the non-stable ones first, in the book's order. */
export function defaultPair(assets: readonly string[], stable: ReadonlySet<string>): [string, string] | null {
  const ordered = [...assets.filter((a) => !stable.has(a)), ...assets.filter((a) => stable.has(a))];
  return ordered.length >= 2 ? [ordered[0]!, ordered[1]!] : null;
}

export function healthCellText(h: number | null): string {
  return h === null ? `${MISSING} (nothing required)` : formatHealthFactor(h);
}

/**
 * The number printed in a cell (Deribit's risk matrix prints every cell): two decimals fit a
 * 30-pixel cell; 10 and above reads "≥10" (ten times the requirement or more alike); a liquidated cell carries its "×"
 * instead, and a cell with nothing required stays blank (its tooltip says so).
 */
export function healthCellLabel(h: number | null): string | undefined {
  if (h === null || !Number.isFinite(h) || h < 1) return undefined;
  // 9.995 would print as 10.00: it joins the ≥10 cells.
  return h >= 9.995 ? '≥10' : h.toFixed(2);
}

export function healthHeatmapCsv(map: HealthHeatmap): CsvTable {
  return {
    header: [`${map.first} move (%)`, `${map.second} move (%)`, `${map.measure.toLowerCase()} (1 = liquidation)`, 'liquidated'],
    rows: map.cells.flat().map((c) => [fractionToPercent(c.firstMove), fractionToPercent(c.secondMove), c.healthFactor, c.liquidated]),
  };
}

export function healthHeatmapText(map: HealthHeatmap): TextTable {
  return {
    caption: `${map.measure} of the account when ${map.first} (rows) and ${map.second} (columns) move, the other assets held; 1 is liquidation, below it the account is liquidated.`,
    columns: [`${map.first} move \\ ${map.second} move`, ...map.columnMoves.map((m) => formatMove(m))],
    rows: map.cells.map((row, r) => [formatMove(map.rowMoves[r]), ...row.map((c) => healthCellText(c.healthFactor))]),
  };
}
