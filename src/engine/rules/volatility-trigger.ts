import { Dec } from '../money';
import type { AssetRules, MaintenanceBracket, RuleSet } from './types';

// Dynamic margin on exchange rule sets: a rule set may declare volatility triggers (data in its
// file, with their sources) that raise an asset's margin rates once the regime's volatility
// multiplier reaches a level. Applied where an asset's rules are resolved (valuation/context.ts), so
// the exact path and the compiled kernel read the same raised tables.

/** The factor a rule set's triggers put on an asset's rates at this volatility multiplier: the largest reached, else 1. */
export function triggeredRateFactor(rules: RuleSet, volatilityMultiplier: number): number {
  // Portfolio margin follows volatility through its scan range already (and inherits generic-cex's
  // fields): raising its bracket rates as well would count the same volatility twice.
  if (rules.kind !== 'exchange') return 1;
  let factor = 1;
  for (const t of rules.volatilityTriggers ?? []) {
    if (volatilityMultiplier >= t.atVolatilityMultiplier) factor = Math.max(factor, t.rateFactor);
  }
  return factor;
}

/** A rate × factor as the decimal product (0.004 × 1.5 = 0.006, not 0.006000000000000001), at most 1. */
const scaledRate = (rate: number, factor: number): number => Math.min(1, new Dec(rate).times(factor).toNumber());

/**
 * Raised tables by source table and factor. A rule set's tables are module constants, so each raised
 * one is built once and keeps its identity: the kernel's compiled tables, memoised by table, are
 * then compiled once per rule set and factor too.
 */
const raisedTables = new WeakMap<readonly MaintenanceBracket[], Map<number, MaintenanceBracket[]>>();

function raisedBrackets(brackets: readonly MaintenanceBracket[], factor: number): MaintenanceBracket[] {
  let byFactor = raisedTables.get(brackets);
  if (!byFactor) {
    byFactor = new Map();
    raisedTables.set(brackets, byFactor);
  }
  let raised = byFactor.get(factor);
  if (!raised) {
    // rate and amount both × factor: N × rate × f − amount × f = f × (N × rate − amount), so every
    // notional's maintenance is exactly f times what it was and the brackets still chain.
    raised = brackets.map((b) => {
      const rate = new Dec(b.rate).times(factor).toNumber();
      return { upTo: b.upTo, rate, amount: b.amount.times(factor), initialRate: Math.max(rate, scaledRate(b.initialRate, factor)) };
    });
    byFactor.set(factor, raised);
  }
  return raised;
}

/** An asset's rules with its margin rates raised by a trigger's factor (the same rules at factor 1). */
export function withRateFactor(rules: AssetRules, factor: number): AssetRules {
  if (factor === 1) return rules;
  return { ...rules, maintenance: raisedBrackets(rules.maintenance, factor), initialRate: scaledRate(rules.initialRate, factor) };
}
