import type Decimal from 'decimal.js';
import { Dec } from '../money';
import type { MaintenanceBracket } from './types';

/**
 * Brackets from (upTo, rate) pairs with each cumulative amount derived so the requirement is
 * continuous: amount_k = amount_{k−1} + upTo_{k−1} × (rate_k − rate_{k−1}).
 */
export function bracketsFromRates(rows: readonly (readonly [upTo: string | null, rate: number])[]): MaintenanceBracket[] {
  const out: MaintenanceBracket[] = [];
  for (const [upTo, rate] of rows) {
    const previous = out[out.length - 1];
    const amount = previous ? previous.amount.plus(new Dec(previous.upTo ?? 0).times(new Dec(rate).minus(previous.rate))) : new Dec(0);
    out.push({ upTo: upTo === null ? null : new Dec(upTo), rate, amount });
  }
  return out;
}

/** The bracket a notional falls in: the first whose upTo is ≥ notional; past the last, the last. */
export function bracketFor(brackets: readonly MaintenanceBracket[], notional: Decimal): MaintenanceBracket {
  for (const b of brackets) if (b.upTo === null || notional.lessThanOrEqualTo(b.upTo)) return b;
  const last = brackets[brackets.length - 1];
  if (!last) throw new Error('a rule set asset has no maintenance bracket');
  return last;
}

/** Maintenance margin of a position of this notional: N × rate − amount, never below zero. */
export function maintenanceForNotional(brackets: readonly MaintenanceBracket[], notional: Decimal): Decimal {
  const b = bracketFor(brackets, notional);
  const m = notional.times(b.rate).minus(b.amount);
  return m.isNegative() ? new Dec(0) : m;
}
