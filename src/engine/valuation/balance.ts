import type Decimal from 'decimal.js';
import { ONE, ZERO } from '../money';
import type { BookContext } from './context';

/** A spot balance at a price: collateral when positive, a liability when negative. */
export interface BalanceValuation {
  /** quantity × price, signed. */
  value: Decimal;
  /** Exchange rules: value × (1 − haircut) for a holding; 0 for a borrow. */
  collateralValue: Decimal;
  /** |value| of a borrow, at full value; 0 for a holding. */
  liability: Decimal;
  /** Lending: value × liquidation threshold for a holding. */
  weightedCollateral: Decimal;
  /** Lending: value × max LTV for a holding. */
  borrowLimit: Decimal;
  /** Exchange rules: a borrow's maintenance and initial margin (holdings need none). */
  maintenanceMargin: Decimal;
  initialMargin: Decimal;
}

export function valueBalance(ctx: BookContext, asset: string, quantity: Decimal, price: Decimal): BalanceValuation {
  const rules = ctx.assetRules[asset]!;
  const value = quantity.times(price);
  if (value.isNegative()) {
    const liability = value.neg();
    const exchange = ctx.rules.kind === 'exchange';
    return {
      value, collateralValue: ZERO, liability, weightedCollateral: ZERO, borrowLimit: ZERO,
      maintenanceMargin: exchange ? liability.times(ctx.rules.borrowMaintenanceRate) : ZERO,
      initialMargin: exchange ? liability.times(ctx.rules.borrowInitialRate) : ZERO,
    };
  }
  return {
    value,
    collateralValue: value.times(ONE.minus(rules.haircut)),
    liability: ZERO,
    weightedCollateral: value.times(rules.liquidationThreshold),
    borrowLimit: value.times(rules.maxLtv),
    maintenanceMargin: ZERO,
    initialMargin: ZERO,
  };
}
