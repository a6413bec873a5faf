import { describe, expect, it } from 'vitest';
import { compileBook } from '../../../src/engine/kernel/book';
import { poolAt, poolHealth } from '../../../src/engine/kernel/pool';
import { Dec } from '../../../src/engine/money';
import { asPrice, asQuantity } from '../../../src/engine/types';
import { portfolioMarginSettings, RULE_SETS, type RuleSet } from '../../../src/engine/rules';
import { valueBalance } from '../../../src/engine/valuation/balance';
import { makeContext, type BookContext } from '../../../src/engine/valuation/context';
import { book } from '../fixtures/books';

// Issue 14, item 3: every parameter the engine applies is in the rule-set file, so one rule change
// is one file. These tests change a rule set's field and watch the engine follow it.

/** 20,000 USDC borrowed against 0.5 BTC at 60,000, under generic-cex. */
const borrowing = () => makeContext(book({ balances: { USDC: '-20000', BTC: '0.5' } }));
const withRules = (ctx: BookContext, change: Partial<RuleSet>): BookContext => ({ ...ctx, rules: { ...ctx.rules, ...change } });

describe('rule sets complete as data', () => {
  it('every rule set states its borrow rates, its full-close value and its portfolio-margin defaults', () => {
    for (const rules of Object.values(RULE_SETS)) {
      expect(rules.borrowMaintenanceRate, rules.name).toBeGreaterThanOrEqual(0);
      expect(rules.borrowInitialRate, rules.name).toBeGreaterThanOrEqual(rules.borrowMaintenanceRate);
      expect(rules.borrowInitialRate, rules.name).toBeLessThanOrEqual(1);
      expect(Object.keys(rules.portfolioMargin).sort(), rules.name).toEqual(['extremeMultiple', 'extremeWeight', 'grid', 'interAssetOffset', 'maintenanceShare', 'maxOffset', 'shortOptionMinimum', 'volatilityShock']);
      // Exchanges charge a spot borrow a margin; a lending pool weighs its debt by the health factor.
      if (rules.kind === 'exchange') expect(rules.borrowMaintenanceRate, rules.name).toBeGreaterThan(0);
      if (rules.kind === 'lending') expect([rules.borrowMaintenanceRate, rules.borrowInitialRate], rules.name).toEqual([0, 0]);
      // Aave v3.3's $2,000 full-close threshold in both lending rule sets; no exchange has one.
      expect(rules.fullCloseBelowValue.toString(), rules.name).toBe(rules.kind === 'lending' ? '2000' : '0');
    }
  });

  it('the exact path charges a borrow the rule set\'s own rates', () => {
    // generic-cex (Binance Cross Margin): 20,000 × 0.1 = 2,000 maintenance, 20,000 × 0.25 = 5,000 initial.
    const usdc = valueBalance(borrowing(), 'USDC', asQuantity(new Dec('-20000')), asPrice(new Dec(1)));
    expect([usdc.maintenanceMargin.toString(), usdc.initialMargin.toString()]).toEqual(['2000', '5000']);
    // The same file with 20 % and 50 %: 4,000 and 10,000.
    const changed = valueBalance(withRules(borrowing(), { borrowMaintenanceRate: 0.2, borrowInitialRate: 0.5 }), 'USDC', asQuantity(new Dec('-20000')), asPrice(new Dec(1)));
    expect([changed.maintenanceMargin.toString(), changed.initialMargin.toString()]).toEqual(['4000', '10000']);
  });

  it('the compiled kernel charges a borrow the rule set\'s own rates', () => {
    const requirement = (ctx: BookContext, kind: 'maintenance' | 'initial') => {
      const compiled = compileBook(ctx);
      return poolHealth(compiled, poolAt(compiled).rows, kind).requirement;
    };
    expect(requirement(borrowing(), 'maintenance')).toBeCloseTo(2000, 9);
    expect(requirement(borrowing(), 'initial')).toBeCloseTo(5000, 9);
    const changed = withRules(borrowing(), { borrowMaintenanceRate: 0.2, borrowInitialRate: 0.5 });
    expect(requirement(changed, 'maintenance')).toBeCloseTo(4000, 9);
    expect(requirement(changed, 'initial')).toBeCloseTo(10000, 9);
  });

  it('portfolio margin starts from the rule set\'s defaults, with the file\'s settings on top', () => {
    const span = RULE_SETS.portfolio.portfolioMargin;
    expect(portfolioMarginSettings(RULE_SETS.portfolio, undefined)).toEqual(span);
    const changed: RuleSet = { ...RULE_SETS.portfolio, portfolioMargin: { ...span, volatilityShock: 0.4 } };
    expect(portfolioMarginSettings(changed, { maxOffset: 0.3 })).toEqual({ ...span, volatilityShock: 0.4, maxOffset: 0.3 });
    // And the context of a book under that rule set carries them.
    expect(makeContext(book({ rules: 'portfolio', portfolioMargin: { grid: 'deribit' } })).portfolioMargin).toEqual({ ...span, grid: 'deribit' });
  });
});
