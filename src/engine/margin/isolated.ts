import type Decimal from 'decimal.js';
import type { Position } from '../format/schema';
import { dec, Dec, decOfDouble, rateOf, ZERO } from '../money';
import { roughDouble, times, timesLess } from '../short-decimals';
import { bracketFor, maintenanceForNotional, type MaintenanceBracket } from '../rules';
import { DOWN_FACTORS, liquidationAlong, UP_FACTORS } from '../liquidation/solve';
import type { Health } from './pool';
import type { BookContext } from '../valuation/context';
import { valuePosition, type PositionValuation } from '../valuation/position';
import { asPrice } from '../types';

/** An isolated position's own margin account: collateral plus what the position is worth to it. */
export function isolatedMarginBalance(collateral: Decimal, valuation: PositionValuation): Decimal {
  return collateral.plus(valuation.equity);
}

export interface LinearIsolatedInput {
  quantity: Decimal;
  entryPrice: Decimal;
  collateral: Decimal;
  brackets: readonly MaintenanceBracket[];
  maintenanceValuedAt: 'mark' | 'entry';
}

/**
 * Liquidation price of an isolated linear position, in closed form.
 * Mark convention (Binance USDS-M, Hyperliquid): collateral + s·|q|·(P − entry) = |q|·P·rate − amount, so
 *   P = (collateral + amount − s·|q|·entry) / (|q|·rate − s·|q|),
 * with the bracket that holds |q|·P itself: each bracket is tried and the consistent one kept.
 * Entry convention (Bybit isolated): maintenance fixed at entry, P = entry − s·(collateral − MM_entry) / |q|.
 * Null when no positive price liquidates it (a long whose collateral covers a fall to zero).
 */
export function linearIsolatedLiquidationPrice(input: LinearIsolatedInput): Decimal | null {
  const { quantity, entryPrice, collateral, brackets } = input;
  if (quantity.isZero()) return null;
  const size = quantity.abs();
  const side = quantity.isNegative() ? -1 : 1;
  if (input.maintenanceValuedAt === 'entry') {
    const maintenance = maintenanceForNotional(brackets, size.times(entryPrice));
    const price = entryPrice.minus(collateral.minus(maintenance).div(size).times(side));
    return price.greaterThan(0) ? price : null;
  }
  const signed = size.times(side);
  let lowerBound = ZERO;
  for (const b of brackets) {
    const price = bracketRoot(size, signed, collateral, entryPrice, b);
    if (price !== null) {
      const notional = size.times(price);
      const inBracket = notional.greaterThan(lowerBound) && (b.upTo === null || notional.lessThanOrEqualTo(b.upTo));
      if (price.greaterThan(0) && inBracket) return price;
    }
    if (b.upTo === null) break;
    lowerBound = b.upTo;
  }
  // Past the last bracket's bound the last bracket applies (bracketFor's rule).
  const price = bracketRoot(size, signed, collateral, entryPrice, bracketFor(brackets, new Dec('1e60')));
  return price !== null && price.greaterThan(0) && size.times(price).greaterThan(lowerBound) ? price : null;
}

/**
 * Bracket b's closed form: the price at which collateral + PnL meets N × rate − amount for a
 * position of `signed` size (|size| × side), or null where the form has no solution.
 */
function bracketRoot(size: Decimal, signed: Decimal, collateral: Decimal, entryPrice: Decimal, b: MaintenanceBracket): Decimal | null {
  const denominator = timesLess(size, rateOf(b.rate), signed);
  return denominator.isZero() ? null : collateral.plus(b.amount).minus(times(signed, entryPrice)).div(denominator);
}

/** An isolated position's health (margin balance against maintenance) as a function of its asset's price. */
function isolatedHealth(ctx: BookContext, p: Position, collateral: Decimal): (price: Decimal) => Health {
  return (price) => {
    const v = valuePosition(ctx, p, asPrice(price));
    return { numerator: isolatedMarginBalance(collateral, v), requirement: v.maintenanceMargin };
  };
}

/** Liquidation price of any isolated position: closed form for futures, the solver for options (nearest side). */
export function isolatedLiquidationPrice(ctx: BookContext, p: Position, collateral: Decimal, mark: Decimal): { price: Decimal | null; reason?: string } {
  if (p.quantity.isZero()) return { price: null, reason: 'the position is empty' };
  if (p.type !== 'option') {
    const price = linearIsolatedLiquidationPrice({
      quantity: p.quantity, entryPrice: p.entryPrice, collateral,
      brackets: ctx.assetRules[p.asset]!.maintenance, maintenanceValuedAt: ctx.rules.maintenanceValuedAt,
    });
    return price ? { price } : { price: null, reason: 'the collateral covers a fall of the price to zero' };
  }
  const health = isolatedHealth(ctx, p, collateral);
  const down = liquidationAlong(health, mark, DOWN_FACTORS.map((k) => mark.times(k)));
  const up = liquidationAlong(health, mark, UP_FACTORS.map((k) => mark.times(k)));
  const candidates = [down, up].filter((x): x is Decimal => x !== null);
  if (candidates.length === 0) return { price: null, reason: p.quantity.isNegative() ? 'no price within 0 … 1000× today liquidates it' : 'a long option needs no maintenance margin' };
  const nearest = candidates.reduce((a, b) => (a.minus(mark).abs().lessThan(b.minus(mark).abs()) ? a : b));
  return { price: nearest };
}

/**
 * The exact liquidation price of an isolated linear position near a root the kernel found in
 * Float64: the closed form of the bracket that holds the root, or — where brackets that do not
 * chain make the requirement jump — the bracket bound the health crosses 1 at. Falls back to the
 * kernel's double when neither lands within 1e-9 of it.
 */
export function polishIsolatedLinear(input: LinearIsolatedInput, approximate: number): Decimal {
  const { quantity, entryPrice, collateral, brackets } = input;
  const size = quantity.abs();
  // A tolerance of 1e-9 needs no more of a forty-digit quotient than its first fifteen digits.
  const close = (x: Decimal) => Math.abs(roughDouble(x) - approximate) <= 1e-9 * Math.abs(approximate);
  if (input.maintenanceValuedAt === 'entry') {
    const price = linearIsolatedLiquidationPrice(input);
    return price && close(price) ? price : dec(approximate);
  }
  // |q| × side, as linearIsolatedLiquidationPrice signs it; the bracket is the one the root's notional falls in.
  const signed = quantity.isNegative() ? size.neg() : size;
  const price = bracketRoot(size, signed, collateral, entryPrice, bracketFor(brackets, times(size, decOfDouble(approximate))));
  if (price !== null && close(price)) return price;
  for (const b of brackets) {
    if (b.upTo === null) continue;
    const bound = b.upTo.div(size);
    if (close(bound)) return bound;
  }
  return dec(approximate);
}
