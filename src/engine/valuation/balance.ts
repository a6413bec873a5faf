import { ONE, rateOf, ZERO } from '../money';
import { asMoney, type AssetSymbol, type Money, type Price, type Quantity } from '../types';
import type { BookContext } from './context';

/** A spot balance at a price: collateral when positive, a liability when negative. */
export interface BalanceValuation {
  /** quantity × price, signed. */
  value: Money;
  /** Exchange rules: value × (1 − haircut) for a holding; 0 for a borrow. */
  collateralValue: Money;
  /** |value| of a borrow, at full value; 0 for a holding. */
  liability: Money;
  /** Lending: value × liquidation threshold for a holding. */
  weightedCollateral: Money;
  /** Lending: value × max LTV for a holding. */
  borrowLimit: Money;
  /** Exchange rules: a borrow's maintenance and initial margin (holdings need none). */
  maintenanceMargin: Money;
  initialMargin: Money;
}

export function valueBalance(ctx: BookContext, asset: AssetSymbol, quantity: Quantity, price: Price): BalanceValuation {
  const rules = ctx.assetRules[asset]!;
  const value = asMoney(quantity.times(price));
  const zero = asMoney(ZERO);
  if (value.isNegative()) {
    const liability = asMoney(value.neg());
    const exchange = ctx.rules.kind === 'exchange';
    return {
      value, collateralValue: zero, liability, weightedCollateral: zero, borrowLimit: zero,
      maintenanceMargin: exchange ? asMoney(liability.times(rateOf(ctx.rules.borrowMaintenanceRate))) : zero,
      initialMargin: exchange ? asMoney(liability.times(rateOf(ctx.rules.borrowInitialRate))) : zero,
    };
  }
  return {
    value,
    collateralValue: asMoney(value.times(ONE.minus(rateOf(rules.haircut)))),
    liability: zero,
    weightedCollateral: asMoney(value.times(rateOf(rules.liquidationThreshold))),
    borrowLimit: asMoney(value.times(rateOf(rules.maxLtv))),
    maintenanceMargin: zero,
    initialMargin: zero,
  };
}
