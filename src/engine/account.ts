import type Decimal from 'decimal.js';
import type { Portfolio, Position } from './format/schema';
import { isolatedMarginBalance } from './margin/isolated';
import { isolatedCollateral, poolAdjustedEquity, poolHealth, poolTotals, type Health, type PoolTotals } from './margin/pool';
import { ZERO } from './money';
import { asPrice, type AssetSymbol, type PriceMap } from './types';
import type { BookContext } from './valuation/context';
import { valuePosition, type PositionValuation } from './valuation/position';

export interface PositionState {
  position: Position;
  valuation: PositionValuation;
  /** An isolated position's collateral and margin balance (its liquidation price: evaluation.ts, on the kernel). */
  isolated: null | {
    collateral: Decimal;
    marginBalance: Decimal;
  };
}

/** The whole account at one set of prices. */
export interface AccountState {
  prices: PriceMap;
  pool: PoolTotals;
  /** Quote cash set aside as isolated collateral: out of the pool's quote balance, a borrow of the quote where it runs past it. */
  isolatedCollateral: Decimal;
  poolEquity: Decimal;
  poolAdjustedEquity: Decimal;
  maintenanceHealth: Health;
  initialHealth: Health;
  positions: PositionState[];
  /** Pool equity + every isolated margin balance. */
  equity: Decimal;
  /** Pool + isolated requirements. */
  maintenanceMargin: Decimal;
  initialMargin: Decimal;
}

export function evaluateAccount(ctx: BookContext, prices: PriceMap): AccountState {
  // Each position is valued once: the pool's sums reuse these valuations.
  const valuations = new Map<Position, PositionValuation>();
  for (const p of ctx.portfolio.positions) valuations.set(p, valuePosition(ctx, p, prices[p.asset]!));
  const pool = poolTotals(ctx, prices, (p, price) => (price === prices[p.asset] ? valuations.get(p) : undefined) ?? valuePosition(ctx, p, asPrice(price)));
  // The pool's quote balance is already net of the isolated collateral (margin/pool.ts poolBalance).
  const isolated = isolatedCollateral(ctx.portfolio);
  const poolEquity = pool.balanceValue.plus(pool.unrealizedPnl).plus(pool.optionValue);
  // A lending pool margins no position, but the collateral they took is still the account's money.
  let equity = ctx.rules.kind === 'lending' ? poolEquity.plus(isolated) : poolEquity;
  const maintenanceHealth = poolHealth(ctx, pool, 'maintenance');
  const initialHealth = poolHealth(ctx, pool, 'initial');
  // A lending pool's "requirement" is its debt, not a margin: it adds nothing to the margin totals.
  let maintenanceMargin = ctx.rules.kind === 'lending' ? ZERO : maintenanceHealth.requirement;
  let initialMargin = ctx.rules.kind === 'lending' ? ZERO : initialHealth.requirement;
  const positions: PositionState[] = ctx.portfolio.positions.map((position) => {
    const valuation = valuations.get(position)!;
    if (ctx.rules.kind === 'lending') return { position, valuation, isolated: null };
    if (position.margin?.mode !== 'isolated') return { position, valuation, isolated: null };
    const collateral = position.margin.collateral;
    const marginBalance = isolatedMarginBalance(collateral, valuation);
    equity = equity.plus(marginBalance);
    maintenanceMargin = maintenanceMargin.plus(valuation.maintenanceMargin);
    initialMargin = initialMargin.plus(valuation.initialMargin);
    return { position, valuation, isolated: { collateral, marginBalance } };
  });
  return {
    prices, pool, isolatedCollateral: isolated, poolEquity,
    poolAdjustedEquity: poolAdjustedEquity(pool),
    maintenanceHealth,
    initialHealth,
    positions, equity, maintenanceMargin, initialMargin,
  };
}

/** Health factor = numerator ÷ requirement; null (with the reason) when there is no requirement. */
export function healthFactor(ctx: BookContext, h: Health): { value: Decimal | null; reason?: string } {
  if (h.requirement.isZero()) {
    return { value: null, reason: ctx.rules.kind === 'lending' ? 'no debt: nothing can be liquidated' : 'no maintenance requirement: nothing can be liquidated' };
  }
  return { value: h.numerator.div(h.requirement) };
}

export type { AssetSymbol };

/**
 * Quote money the isolated positions take beyond what the balances hold of the quote: isolated
 * collateral is drawn from the quote balance (README, format notes), so the shortfall is the part
 * of the pool's quote borrow that the isolated positions made (margin/pool.ts poolBalance). Zero
 * when the quote balance covers every isolated collateral.
 */
export function isolatedShortfall(portfolio: Pick<Portfolio, 'quote' | 'balances' | 'positions'>): Decimal {
  let collateral = ZERO;
  for (const p of portfolio.positions) if (p.margin?.mode === 'isolated') collateral = collateral.plus(p.margin.collateral);
  const cash = Object.hasOwn(portfolio.balances, portfolio.quote) ? portfolio.balances[portfolio.quote]! : ZERO;
  const shortfall = collateral.minus(cash.isPositive() ? cash : ZERO);
  return shortfall.isPositive() ? shortfall : ZERO;
}
