import type { LiquidationPricesReport, PositionReport } from '../../engine';
import type { DraftPosition } from '../../state/draft';

/** A row of the positions table: the draft position and the report's figures for it. */
export interface PositionRow {
  /** Index in the portfolio's positions: what edits address, and the engine's path. */
  index: number;
  position: DraftPosition;
  /** The report's row for it; null while the report does not know it (pending or invalid). */
  result: PositionReport | null;
  /** The account's liquidation prices for the position's asset (what liquidates a cross position). */
  accountLiquidation: LiquidationPricesReport | null;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A decimal string as a number for ordering rows only (display keeps the string); undefined sorts last. */
export function sortKey(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : undefined;
}
