import type Decimal from 'decimal.js';
import { Dec, ONE } from '../money';
import { addTotals, assetContribution, healthSurplus, isolatedCollateral, poolHealth, poolTotals, type PoolTotals } from '../margin/pool';
import type { AssetSymbol, PriceMap } from '../types';
import { jointlyMoved, type BookContext } from '../valuation/context';
import { DOWN_FACTORS, firstCrossing, UP_FACTORS } from './solve';

export interface LiquidationPair {
  down: Decimal | null;
  up: Decimal | null;
}

/** Health surplus of the pool as a function of one asset's price, others held. */
export function surplusAlongAsset(ctx: BookContext, prices: PriceMap, asset: AssetSymbol, totals?: PoolTotals): (price: Decimal) => Decimal {
  const all = totals ?? poolTotals(ctx, prices);
  const others = addTotals(all, assetContribution(ctx, asset, prices[asset]!), -1);
  const isolated = isolatedCollateral(ctx);
  return (price) => healthSurplus(poolHealth(ctx, addTotals(others, assetContribution(ctx, asset, price)), isolated));
}

/** The prices of one asset, others held, at which the pool's health factor reaches 1, below and above today's. */
export function assetLiquidationPrices(ctx: BookContext, prices: PriceMap, asset: AssetSymbol, totals?: PoolTotals): LiquidationPair {
  const price = prices[asset]!;
  const f = surplusAlongAsset(ctx, prices, asset, totals);
  return {
    down: firstCrossing(f, price, DOWN_FACTORS.map((k) => price.times(k))),
    up: firstCrossing(f, price, UP_FACTORS.map((k) => price.times(k))),
  };
}

/** Health surplus when every non-stable asset moves by the fraction m together. */
export function surplusAlongJointMove(ctx: BookContext, prices: PriceMap): (move: Decimal) => Decimal {
  const isolated = isolatedCollateral(ctx);
  return (move) => healthSurplus(poolHealth(ctx, poolTotals(ctx, jointlyMoved(ctx, prices, ONE.plus(move))), isolated));
}

/** The joint moves (fractions, −0.23 = all fall 23 %) at which the pool reaches health 1. */
export function jointLiquidationMoves(ctx: BookContext, prices: PriceMap): LiquidationPair {
  const f = surplusAlongJointMove(ctx, prices);
  const zero = new Dec(0);
  return {
    down: firstCrossing(f, zero, DOWN_FACTORS.map((k) => k.minus(1))),
    up: firstCrossing(f, zero, UP_FACTORS.map((k) => k.minus(1))),
  };
}
