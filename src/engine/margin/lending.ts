import type Decimal from 'decimal.js';
import type { AccountState } from '../account';
import { ONE, ZERO } from '../money';
import { poolBalance } from './pool';
import type { BookContext } from '../valuation/context';

/** What a liquidator takes of one collateral asset, and the price it is counted at. */
export interface CollateralSeized {
  asset: string;
  quantity: Decimal;
  /** quantity × price. */
  value: Decimal;
  price: Decimal;
  /** 'liquidation': the asset's own liquidation price (others held); 'today': the mark (the account is liquidatable now, or this asset's fall alone cannot liquidate it). */
  pricedAt: 'liquidation' | 'today';
}

export interface LendingState {
  collateralValue: Decimal;
  weightedCollateral: Decimal;
  debt: Decimal;
  borrowCapacity: Decimal;
  closeFactor: number;
  /** debt × close factor: what the close factor lets a liquidator repay. */
  repayAllowedByCloseFactor: Decimal;
  /** What is actually repaid: the close factor's amount, cut where the collateral cannot cover it with its bonus (Aave v3). */
  maxRepayable: Decimal;
  bonusByAsset: Record<string, number>;
  collateralSeized: CollateralSeized | null;
}

/**
 * The share of the debt a liquidator may repay: the rule set's close factor (Aave v3: 50 %), or all
 * of it when health is at or below `fullCloseBelowHealth` (0.95), or when the debt or the collateral
 * is worth less than `fullCloseBelowValue` (Aave v3.3's $2,000; a rule set without the rule says 0).
 * A healthy account is shown the factor that would apply as it crosses 1.
 */
export function closeFactorAt(ctx: BookContext, healthFactor: Decimal | null, debt: Decimal, collateral: Decimal): number {
  const below = ctx.rules.fullCloseBelowValue;
  const dust = debt.lessThan(below) || collateral.lessThan(below);
  if (healthFactor !== null && healthFactor.lessThanOrEqualTo(ctx.rules.fullCloseBelowHealth)) return 1;
  if (dust && !debt.isZero()) return 1;
  return ctx.rules.closeFactor;
}

/**
 * The collateral asset's price at the point of liquidation, others held. Its own fall moves only its
 * term of Σ collateral × threshold (debt is in other assets: a balance is either held or owed), so
 * health 1 is where quantity × p × threshold = debt − the others' weighted collateral: exact, no
 * solver. Null where the others alone cover the debt (this asset's fall cannot liquidate the account).
 */
function liquidationPriceOf(ctx: BookContext, account: AccountState, asset: string, quantity: Decimal): Decimal | null {
  const threshold = ctx.assetRules[asset]!.liquidationThreshold;
  if (threshold === 0) return null;
  const own = quantity.times(account.prices[asset]!).times(threshold);
  const needed = account.pool.liabilities.minus(account.pool.weightedCollateral.minus(own));
  return needed.isPositive() ? needed.div(quantity.times(threshold)) : null;
}

export function lendingState(ctx: BookContext, account: AccountState): LendingState {
  const { pool } = account;
  const collateralValue = pool.balanceValue.plus(pool.liabilities);
  const debt = pool.liabilities;
  const healthFactor = debt.isZero() ? null : pool.weightedCollateral.div(debt);
  const bonusByAsset: Record<string, number> = {};
  let largest: { asset: string; quantity: Decimal; value: Decimal } | null = null;
  for (const asset of ctx.assets) {
    // The pool's holding: a quote balance is net of what isolated positions took from it.
    const quantity = poolBalance(ctx, asset);
    if (!quantity || !quantity.isPositive() || quantity.isZero()) continue;
    bonusByAsset[asset] = ctx.assetRules[asset]!.liquidationBonus;
    const value = quantity.times(account.prices[asset]!);
    if (!largest || value.greaterThan(largest.value)) largest = { asset, quantity, value };
  }
  // The seized asset is counted at the point of liquidation: today if the account is liquidatable
  // now, else at its own liquidation price. The close factor's dust rule reads the collateral there.
  const liquidatableNow = healthFactor !== null && healthFactor.lessThan(1);
  const atLiquidation = largest && !liquidatableNow && !debt.isZero() ? liquidationPriceOf(ctx, account, largest.asset, largest.quantity) : null;
  const price = largest ? atLiquidation ?? account.prices[largest.asset]! : null;
  const collateralThen = largest && atLiquidation ? collateralValue.minus(largest.value).plus(largest.quantity.times(atLiquidation)) : collateralValue;
  const closeFactor = closeFactorAt(ctx, healthFactor, debt, collateralThen);
  const repayAllowedByCloseFactor = debt.times(closeFactor);
  let maxRepayable = repayAllowedByCloseFactor;
  let collateralSeized: CollateralSeized | null = null;
  if (largest && price && repayAllowedByCloseFactor.isPositive()) {
    // Aave v3 LiquidationLogic.sol, _calculateAvailableCollateralToLiquidate: the collateral for a
    // repayment is repay × debt price ÷ collateral price × (1 + bonus); when that is more than the
    // user holds, all of it is taken and the repayment is cut to holding × price ÷ (1 + bonus).
    // (Its protocol fee is a share of the bonus paid to the treasury: the user loses the same collateral.)
    const withBonus = ONE.plus(bonusByAsset[largest.asset]!);
    let quantity = repayAllowedByCloseFactor.times(withBonus).div(price);
    if (quantity.greaterThan(largest.quantity)) {
      quantity = largest.quantity;
      maxRepayable = quantity.times(price).div(withBonus);
    }
    collateralSeized = { asset: largest.asset, quantity, value: quantity.times(price), price, pricedAt: atLiquidation ? 'liquidation' : 'today' };
  }
  return {
    collateralValue,
    weightedCollateral: pool.weightedCollateral,
    debt,
    borrowCapacity: pool.borrowLimit.minus(debt),
    closeFactor,
    repayAllowedByCloseFactor: repayAllowedByCloseFactor.isZero() ? ZERO : repayAllowedByCloseFactor,
    maxRepayable: maxRepayable.isZero() ? ZERO : maxRepayable,
    bonusByAsset,
    collateralSeized,
  };
}
