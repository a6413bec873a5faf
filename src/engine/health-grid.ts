import type { Portfolio } from './format/schema';
import { healthFactor } from './account';
import { addTotals, assetContribution, isolatedCollateral, poolHealth, poolTotals } from './margin/pool';
import { dec, ONE } from './money';
import type { FieldError } from './report-types';
import { makeContext, markPrices } from './valuation/context';

export interface HealthGrid {
  /** Moves of the first asset (rows) and the second (columns), as fractions. */
  assets: [string, string];
  moves: number[];
  /** healthFactor[i][j]: first asset moved by moves[i], second by moves[j]; null where nothing is required. */
  healthFactor: (number | null)[][];
}

/**
 * The pool's health factor over two assets' moves, the rest held: the map a trader reads to see
 * which combinations liquidate the account. Pool totals are sums over assets, so each cell only
 * revalues the two assets.
 */
export function healthFactorGrid(portfolio: Portfolio, first: string, second: string, moves: number[]): { ok: true; value: HealthGrid } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  for (const [path, asset] of [['first', first], ['second', second]] as const) if (!(asset in portfolio.assets)) errors.push({ path: `heatmap.${path}`, message: `unknown asset "${asset}"` });
  if (first === second) errors.push({ path: 'heatmap.second', message: 'must differ from the first asset' });
  if (moves.length < 2 || moves.length > 101 || moves.some((m) => !Number.isFinite(m) || m <= -1 || m > 100)) errors.push({ path: 'heatmap.moves', message: 'must be 2 to 101 moves, each above −100 %' });
  if (errors.length > 0) return { ok: false, errors };
  const ctx = makeContext(portfolio);
  const prices = markPrices(portfolio);
  const isolated = isolatedCollateral(ctx);
  const totals = poolTotals(ctx, prices);
  const others = addTotals(addTotals(totals, assetContribution(ctx, first, prices[first]!), -1), assetContribution(ctx, second, prices[second]!), -1);
  const firstAt = moves.map((m) => assetContribution(ctx, first, prices[first]!.times(ONE.plus(dec(m)))));
  const secondAt = moves.map((m) => assetContribution(ctx, second, prices[second]!.times(ONE.plus(dec(m)))));
  const healthFactorRows = firstAt.map((a) => secondAt.map((b) => {
    const hf = healthFactor(ctx, poolHealth(ctx, addTotals(addTotals(others, a), b), isolated)).value;
    return hf === null ? null : hf.toNumber();
  }));
  return { ok: true, value: { assets: [first, second], moves, healthFactor: healthFactorRows } };
}
