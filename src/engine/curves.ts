import type Decimal from 'decimal.js';
import { healthFactor } from './account';
import { addTotals, assetContribution, poolHealth, poolTotals } from './margin/pool';
import { dec, ONE } from './money';
import type { HealthCurve } from './report-types';
import type { PriceMap } from './types';
import { jointlyMoved, type BookContext } from './valuation/context';

export interface CurveRange {
  from: number;
  to: number;
  steps: number;
}

export const DEFAULT_CURVE_RANGE: CurveRange = { from: -0.5, to: 0.5, steps: 101 };

/** Evenly spaced moves, rounded to 1e-12 so that 0 is exactly 0 and labels read cleanly. */
export function curveMoves(range: CurveRange): number[] {
  const n = Math.max(2, Math.min(1001, Math.floor(range.steps)));
  return Array.from({ length: n }, (_, i) => Math.round((range.from + ((range.to - range.from) * i) / (n - 1)) * 1e12) / 1e12);
}

function toChart(ctx: BookContext, h: ReturnType<typeof poolHealth>): number | null {
  const hf = healthFactor(ctx, h).value;
  return hf === null ? null : hf.toNumber();
}

/** Health factor against a move of each non-stable asset (others held) and of all of them together. */
export function healthCurves(ctx: BookContext, prices: PriceMap, moves: number[]): HealthCurve[] {
  const totals = poolTotals(ctx, prices);
  const factors: Decimal[] = moves.map((m) => ONE.plus(dec(m)));
  const curves: HealthCurve[] = [];
  for (const asset of ctx.assets) {
    if (ctx.stable[asset]) continue;
    const price = prices[asset]!;
    const others = addTotals(totals, assetContribution(ctx, asset, price), -1);
    curves.push({
      name: asset,
      healthFactor: factors.map((k) => toChart(ctx, poolHealth(ctx, addTotals(others, assetContribution(ctx, asset, price.times(k)))))),
    });
  }
  curves.push({
    name: 'joint',
    healthFactor: factors.map((k) => toChart(ctx, poolHealth(ctx, poolTotals(ctx, jointlyMoved(ctx, prices, k))))),
  });
  return curves;
}
