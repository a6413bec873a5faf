import type Decimal from 'decimal.js';
import { Dec, rateOf } from '../money';
import { atMost, times, timesLess } from '../short-decimals';
import type { MaintenanceBracket } from './types';

/**
 * A bracket's initial rate where its source gives none: twice the maintenance rate. Binance's
 * USDⓈ-M tiers keep maintenance at half the initial margin of the bracket's maximum leverage
 * (0.4 % at 125×, 0.5 % at 100×, 1 % at 50×, 2.5 % at 20× …) and Hyperliquid defines maintenance
 * as 1 ÷ (2 × max leverage): the same rule.
 */
export function derivedInitialRate(maintenanceRate: number): number {
  return Math.min(1, 2 * maintenanceRate);
}

/**
 * Brackets from (upTo, rate[, initial rate]) rows with each cumulative amount derived so the
 * requirement is continuous: amount_k = amount_{k−1} + upTo_{k−1} × (rate_k − rate_{k−1}).
 */
export function bracketsFromRates(rows: readonly (readonly [upTo: string | null, rate: number, initialRate?: number])[]): MaintenanceBracket[] {
  const out: MaintenanceBracket[] = [];
  for (const [upTo, rate, initialRate] of rows) {
    const previous = out[out.length - 1];
    const amount = previous ? previous.amount.plus(new Dec(previous.upTo ?? 0).times(new Dec(rate).minus(previous.rate))) : new Dec(0);
    out.push({ upTo: upTo === null ? null : new Dec(upTo), rate, amount, initialRate: initialRate ?? derivedInitialRate(rate) });
  }
  return out;
}

/** The bracket a notional falls in: the first whose upTo is ≥ notional; past the last, the last. */
export function bracketFor(brackets: readonly MaintenanceBracket[], notional: Decimal): MaintenanceBracket {
  for (const b of brackets) if (b.upTo === null || atMost(notional, b.upTo)) return b;
  const last = brackets[brackets.length - 1];
  if (!last) throw new Error('a rule set asset has no maintenance bracket');
  return last;
}

/** Initial margin of a position of this notional: N × the larger of the asset's floor and its bracket's initial rate. */
export function initialForNotional(brackets: readonly MaintenanceBracket[], notional: Decimal, floorRate: number): Decimal {
  return initialInBracket(bracketFor(brackets, notional), notional, floorRate);
}

/** Maintenance margin of a position of this notional: N × rate − amount, never below zero. */
export function maintenanceForNotional(brackets: readonly MaintenanceBracket[], notional: Decimal): Decimal {
  return maintenanceInBracket(bracketFor(brackets, notional), notional);
}

// The two above with the bracket already found: a valuation needs both and looks it up once.

export function initialInBracket(b: MaintenanceBracket, notional: Decimal, floorRate: number): Decimal {
  return times(notional, rateOf(Math.max(floorRate, b.initialRate)));
}

export function maintenanceInBracket(b: MaintenanceBracket, notional: Decimal): Decimal {
  // A first bracket's amount is zero: subtracting it would only copy the product (already rounded).
  const m = b.amount.isZero() ? times(notional, rateOf(b.rate)) : timesLess(notional, rateOf(b.rate), b.amount);
  return m.isNegative() ? new Dec(0) : m;
}
