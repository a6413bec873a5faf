import type Decimal from 'decimal.js';
import type { Portfolio, Position } from '../format/schema';
import { ONE } from '../money';
import { ownRecord } from '../records';
import type { BookContext } from '../valuation/context';

// What-if is always done on a copy: the user's portfolio is never mutated.

export function withPrices(portfolio: Portfolio, prices: Readonly<Record<string, Decimal>>): Portfolio {
  const assets = ownRecord(Object.entries(portfolio.assets).map(([s, a]) => [s, { ...a, price: Object.hasOwn(prices, s) ? prices[s]! : a.price }] as const));
  return { ...portfolio, assets };
}

/** Prices after per-asset moves and then a joint move of every non-stable asset (fractions). */
export function movedPrices(ctx: BookContext, moves: Readonly<Record<string, Decimal>>, jointMove: Decimal | null): Record<string, Decimal> {
  const out = ownRecord<Decimal>([]);
  for (const symbol of ctx.assets) {
    let price = ctx.portfolio.assets[symbol]!.price.times(ONE.plus(Object.hasOwn(moves, symbol) ? moves[symbol]! : 0));
    if (jointMove && !ctx.stable[symbol]) price = price.times(ONE.plus(jointMove));
    out[symbol] = price;
  }
  return out;
}

export function withPositions(portfolio: Portfolio, positions: Position[]): Portfolio {
  return { ...portfolio, positions };
}
