import { describe, expect, it } from 'vitest';
import { evaluateAccount } from '../../../src/engine/account';
import { closeFactorAt, lendingState } from '../../../src/engine/margin/lending';
import { Dec } from '../../../src/engine/money';
import { RULE_SETS, type RuleSet } from '../../../src/engine/rules';
import { makeContext, markPrices, type BookContext } from '../../../src/engine/valuation/context';
import { book } from '../fixtures/books';

// Issue 14, item 3: the lending full-close rule (Aave v3.3 LiquidationLogic.sol,
// MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD = 2000e8: a debt or a collateral worth under $2,000 may be
// repaid whole) is read from the rule set, not from a constant of margin/lending.ts.

const withRules = (ctx: BookContext, change: Partial<RuleSet>): BookContext => ({ ...ctx, rules: { ...ctx.rules, ...change } });

/** 1 ETH at 3,000 deposited, 1,500 USDC borrowed, under the given lending rule set. */
const smallLoan = (rules: 'lending' | 'aave-v3') => makeContext(book({ rules, balances: { ETH: '1', USDC: '-1500' } }));

function closeFactorOf(ctx: BookContext): number {
  return lendingState(ctx, evaluateAccount(ctx, markPrices(ctx.portfolio))).closeFactor;
}

describe('the full-close value is the rule set\'s', () => {
  it('both lending rule sets carry Aave v3.3\'s $2,000', () => {
    expect(RULE_SETS.lending.fullCloseBelowValue.toString()).toBe('2000');
    expect(RULE_SETS['aave-v3'].fullCloseBelowValue.toString()).toBe('2000');
  });

  it.each(['lending', 'aave-v3'] as const)('%s: a 1,500 debt is closed whole under 2,000 USD, by half under a copy at 1,000 USD', (rules) => {
    // Health 3,000 × LT ÷ 1,500 > 1 (lending 0.85: 1.7; aave-v3 WETH 0.83: 1.66): above 0.95, so only the dust rule can make it 1.
    // $2,000: the debt 1,500 is under it → close factor 1.
    expect(closeFactorOf(smallLoan(rules))).toBe(1);
    // $1,000: the debt 1,500 is over it, and so is the collateral at the point of liquidation
    // (ETH at 1,500 ÷ LT ≈ 1,807 or 1,765) → the rule set's 50 %.
    expect(closeFactorOf(withRules(smallLoan(rules), { fullCloseBelowValue: new Dec(1000) }))).toBe(0.5);
    // No dust rule at all (0): 50 % as well.
    expect(closeFactorOf(withRules(smallLoan(rules), { fullCloseBelowValue: new Dec(0) }))).toBe(0.5);
  });

  it('a copy with a higher threshold closes larger loans whole', () => {
    const ctx = smallLoan('lending');
    // Debt 5,000 and collateral 6,000, health 1.2: over $2,000 → 50 %; under a $10,000 threshold → 100 %.
    expect(closeFactorAt(ctx, new Dec('1.2'), new Dec(5000), new Dec(6000))).toBe(0.5);
    expect(closeFactorAt(withRules(ctx, { fullCloseBelowValue: new Dec(10000) }), new Dec('1.2'), new Dec(5000), new Dec(6000))).toBe(1);
    // The collateral alone under the threshold is enough: 5,000 debt against 1,900 collateral at $2,000.
    expect(closeFactorAt(ctx, new Dec('1.2'), new Dec(5000), new Dec(1900))).toBe(1);
  });
});
