import type Decimal from 'decimal.js';
import { Dec, ONE } from '../money';
import { addTotals, assetContribution, poolHealth, poolTotals, type Health, type PoolTotals } from '../margin/pool';
import type { AssetSymbol, PriceMap } from '../types';
import { jointlyMoved, type BookContext } from '../valuation/context';
import { DOWN_FACTORS, liquidationAlong, UP_FACTORS } from './solve';

export interface LiquidationPair {
  down: Decimal | null;
  up: Decimal | null;
}

/** The pool's health as a function of one asset's price, others held. */
export function healthAlongAsset(ctx: BookContext, prices: PriceMap, asset: AssetSymbol, totals?: PoolTotals): (price: Decimal) => Health {
  const all = totals ?? poolTotals(ctx, prices);
  const others = addTotals(all, assetContribution(ctx, asset, prices[asset]!), -1);
  return (price) => poolHealth(ctx, addTotals(others, assetContribution(ctx, asset, price)));
}

/** The prices of one asset, others held, at which the pool's health factor reaches 1, below and above today's. */
export function assetLiquidationPrices(ctx: BookContext, prices: PriceMap, asset: AssetSymbol, totals?: PoolTotals): LiquidationPair {
  const price = prices[asset]!;
  const health = healthAlongAsset(ctx, prices, asset, totals);
  return {
    down: liquidationAlong(health, price, DOWN_FACTORS.map((k) => price.times(k))),
    up: liquidationAlong(health, price, UP_FACTORS.map((k) => price.times(k))),
  };
}

/** The pool's health when every non-stable asset moves by the fraction m together. */
export function healthAlongJointMove(ctx: BookContext, prices: PriceMap): (move: Decimal) => Health {
  return (move) => poolHealth(ctx, poolTotals(ctx, jointlyMoved(ctx, prices, ONE.plus(move))));
}

/** The joint moves (fractions, −0.23 = all fall 23 %) at which the pool reaches health 1. */
export function jointLiquidationMoves(ctx: BookContext, prices: PriceMap): LiquidationPair {
  const health = healthAlongJointMove(ctx, prices);
  const zero = new Dec(0);
  return {
    down: liquidationAlong(health, zero, DOWN_FACTORS.map((k) => k.minus(1))),
    up: liquidationAlong(health, zero, UP_FACTORS.map((k) => k.minus(1))),
  };
}
