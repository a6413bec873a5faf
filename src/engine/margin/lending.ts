import type Decimal from 'decimal.js';
import type { AccountState } from '../account';
import { dec, minDec, ONE, ZERO } from '../money';
import type { BookContext } from '../valuation/context';

/** Aave v3: a position this small may be closed whole (LiquidationLogic.sol, MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD). */
const FULL_CLOSE_BELOW_VALUE = dec(2000);

export interface LendingState {
  collateralValue: Decimal;
  weightedCollateral: Decimal;
  debt: Decimal;
  borrowCapacity: Decimal;
  closeFactor: number;
  maxRepayable: Decimal;
  bonusByAsset: Record<string, number>;
  collateralSeized: { asset: string; quantity: Decimal; value: Decimal } | null;
}

/**
 * The share of the debt a liquidator may repay: the rule set's close factor (Aave v3: 50 %), or all
 * of it when health is at or below `fullCloseBelowHealth` (0.95) or the debt or collateral is dust.
 * A healthy account is shown the factor that would apply as it crosses 1.
 */
export function closeFactorAt(ctx: BookContext, healthFactor: Decimal | null, debt: Decimal, collateral: Decimal): number {
  const dust = debt.lessThan(FULL_CLOSE_BELOW_VALUE) || collateral.lessThan(FULL_CLOSE_BELOW_VALUE);
  if (healthFactor !== null && healthFactor.lessThanOrEqualTo(ctx.rules.fullCloseBelowHealth)) return 1;
  if (dust && !debt.isZero()) return 1;
  return ctx.rules.closeFactor;
}

export function lendingState(ctx: BookContext, account: AccountState): LendingState {
  const { pool } = account;
  const collateralValue = pool.balanceValue.plus(pool.liabilities);
  const debt = pool.liabilities;
  const healthFactor = debt.isZero() ? null : pool.weightedCollateral.div(debt);
  const closeFactor = closeFactorAt(ctx, healthFactor, debt, collateralValue);
  const maxRepayable = debt.times(closeFactor);
  const bonusByAsset: Record<string, number> = {};
  let largest: { asset: string; value: Decimal } | null = null;
  for (const asset of ctx.assets) {
    const quantity = ctx.portfolio.balances[asset];
    if (!quantity || !quantity.isPositive() || quantity.isZero()) continue;
    bonusByAsset[asset] = ctx.assetRules[asset]!.liquidationBonus;
    const value = quantity.times(account.prices[asset]!);
    if (!largest || value.greaterThan(largest.value)) largest = { asset, value };
  }
  let collateralSeized: LendingState['collateralSeized'] = null;
  if (largest && maxRepayable.isPositive()) {
    // The liquidator repays debt and takes collateral worth that much plus its bonus, capped by what there is.
    const value = minDec(maxRepayable.times(ONE.plus(bonusByAsset[largest.asset]!)), largest.value);
    collateralSeized = { asset: largest.asset, value, quantity: value.div(account.prices[largest.asset]!) };
  }
  return {
    collateralValue,
    weightedCollateral: pool.weightedCollateral,
    debt,
    borrowCapacity: pool.borrowLimit.minus(debt),
    closeFactor,
    maxRepayable: maxRepayable.isZero() ? ZERO : maxRepayable,
    bonusByAsset,
    collateralSeized,
  };
}
