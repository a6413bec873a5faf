import type { EvaluateOptions, Report } from '../engine';

// The health chart's x-axis follows the book: a 20× book is liquidated within 5 %, and on the
// default ±50 % axis its curve would be a vertical line. The range is chosen from the report's
// nearest liquidation (joint or any one asset's), about 2.5× that far, from a few fixed spans so
// that small edits do not change the axis (nor ask the engine again).

export type CurveRange = NonNullable<EvaluateOptions['curveRange']>;

/** Spans tried, smallest first (fractions: 0.05 = ±5 %). The last is the engine's default. */
const CURVE_SPANS = [0.02, 0.05, 0.1, 0.2, 0.3, 0.5] as const;
const CURVE_STEPS = 101;
export const DEFAULT_SPAN = 0.5;

/** The nearest move (as a positive fraction) at which the book, or one asset alone, is liquidated; null if none. */
export function nearestLiquidation(report: Report): number | null {
  const moves: (number | null)[] = [report.account.distanceToLiquidation, report.account.jointMove.down, report.account.jointMove.up];
  for (const prices of Object.values(report.account.liquidationPrices)) moves.push(prices.downMove, prices.upMove);
  let nearest: number | null = null;
  for (const m of moves) {
    if (m === null || !Number.isFinite(m)) continue;
    const distance = Math.abs(m);
    if (nearest === null || distance < nearest) nearest = distance;
  }
  return nearest;
}

/** The half-width of the axis for a book liquidated `nearest` away; the default when nothing liquidates it. */
export function curveSpanFor(nearest: number | null): number {
  if (nearest === null) return DEFAULT_SPAN;
  return CURVE_SPANS.find((span) => span >= nearest * 2.5) ?? DEFAULT_SPAN;
}

export function curveRangeOf(span: number): CurveRange {
  return { from: -span, to: span, steps: CURVE_STEPS };
}
