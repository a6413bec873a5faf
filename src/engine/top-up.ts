import type Decimal from 'decimal.js';
import { evaluateAccount } from './account';
import { firstCrossing } from './liquidation/solve';
import { healthSurplus } from './margin/pool';
import { dec, ZERO } from './money';
import { makeContext, type BookContext } from './valuation/context';
import { withBalance } from './what-if/copy';
import type { PriceMap } from './types';

export interface TopUp {
  quantity: Decimal | null;
  reason?: string;
}

/** Multiples of the first estimate tried, outward, before the exact solve. */
const SEARCH_MULTIPLES = ['0.25', '0.5', '1', '1.5', '2', '3', '5', '10', '100', '10000', '1000000'].map(dec);

/**
 * Units of `asset` to add to the balance so the pool's health factor reaches `target`:
 * the zero of numerator(x) − target × requirement(x), found outward from x = 0 (an added coin can
 * also repay a borrow of it, so the function is piecewise, not one line).
 */
export function collateralTopUp(ctx: BookContext, prices: PriceMap, asset: string, target: number): TopUp {
  const targetDec = dec(target);
  const current = ctx.portfolio.balances[asset] ?? ZERO;
  const surplus = (added: Decimal) => {
    const next = makeContext(withBalance(ctx.portfolio, asset, current.plus(added)));
    const h = evaluateAccount(next, prices, false).maintenanceHealth;
    return healthSurplus({ numerator: h.numerator, requirement: h.requirement.times(targetDec) });
  };
  const start = surplus(ZERO);
  if (!start.isNegative()) return { quantity: ZERO };
  const price = prices[asset]!;
  const estimate = start.neg().div(price);
  const found = firstCrossing(surplus, ZERO, SEARCH_MULTIPLES.map((m) => estimate.times(m)));
  return found === null ? { quantity: null, reason: `adding ${asset} does not raise the health factor to ${target} (it counts for nothing as collateral here)` } : { quantity: found };
}
