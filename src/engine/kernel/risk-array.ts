import type { GridScenario } from '../rules';
import type { CompiledBook } from './book';
import { doubles } from './slab';
import { FIELDS, riskAt, WORST_LOSS, SHORT_OPTION_CHARGE, DIRECTION } from './contribution';
import { portfolioRequirement, type PoolRows } from './pool';

/** One asset's risk array at its price in the pool: the loss of everything on it in each scenario of the grid. */
export interface KernelRiskArray {
  asset: string;
  priceRange: number;
  scenarios: readonly GridScenario[];
  /** Price move of each scenario as a fraction. */
  moves: number[];
  /** Weighted loss in each scenario (positive: money lost). */
  losses: Float64Array;
  worst: number;
  worstLoss: number;
  shortOptionCharge: number;
  requirement: number;
  direction: 1 | -1;
}

export interface KernelPortfolioMargin {
  arrays: KernelRiskArray[];
  sumOfRequirements: number;
  offset: number;
  initialMargin: number;
  maintenanceMargin: number;
}

/** Every exposed asset's risk array and the account requirement they make (book compiled under `portfolio`). */
export function portfolioMarginArrays(book: CompiledBook, pool: PoolRows): KernelPortfolioMargin {
  const rows = doubles(book.assets.length * FIELDS);
  const arrays: KernelRiskArray[] = [];
  for (const a of book.assets) {
    if (!a.exposed) continue;
    const losses = doubles(book.rules.scenarios.length);
    riskAt(book, a, pool.prices[a.index]!, rows, a.index, losses);
    let worst = 0;
    for (let s = 1; s < losses.length; s++) if (losses[s]! > losses[worst]!) worst = s;
    const o = a.index * FIELDS;
    arrays.push({
      asset: a.symbol, priceRange: a.priceRange, scenarios: book.rules.scenarios,
      // A riskless asset (range 0) moves by 0 in every scenario, not by −1 × 0 = −0.
      moves: book.rules.scenarios.map((s) => s.rangeMultiple * a.priceRange || 0),
      losses, worst, worstLoss: rows[o + WORST_LOSS]!, shortOptionCharge: rows[o + SHORT_OPTION_CHARGE]!,
      requirement: rows[o + WORST_LOSS]! + rows[o + SHORT_OPTION_CHARGE]!,
      direction: rows[o + DIRECTION]! > 0 ? 1 : -1,
    });
  }
  const total = portfolioRequirement(book, rows);
  return { arrays, sumOfRequirements: total.sumOfRequirements, offset: total.offset, initialMargin: total.initial, maintenanceMargin: total.maintenance };
}
