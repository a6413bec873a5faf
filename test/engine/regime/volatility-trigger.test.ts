import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAccount } from '../../../src/engine/account';
import { evaluate, type Portfolio } from '../../../src/engine/index';
import { compileBook } from '../../../src/engine/kernel/book';
import { poolAt, poolHealth } from '../../../src/engine/kernel/pool';
import { Dec } from '../../../src/engine/money';
import { initialForNotional, maintenanceForNotional, RULE_SETS } from '../../../src/engine/rules';
import { triggeredRateFactor, withRateFactor } from '../../../src/engine/rules/volatility-trigger';
import { makeContext, markPrices } from '../../../src/engine/valuation/context';
import { portfolioArbitrary } from '../fixtures/arbitrary-portfolio';
import { book } from '../fixtures/books';

// Issue 13: an exchange rule set's volatility trigger (data in generic-cex.ts) raises margin rates
// once the regime's volatility multiplier reaches a level: ×1.5 from volatility × 2, ×2 from × 3.

const CHEAP = { curveRange: { from: -0.5, to: 0.5, steps: 2 } } as const;

/** Short 2 BTC perpetual at 61,000 (mark 60,000) against 20,000 USDC and 1 BTC: a linear book. */
const shortPerp = (rules: Portfolio['rules']) => book({
  rules,
  balances: { USDC: '20000', BTC: '1' },
  positions: [{ id: 'short', type: 'perpetual', asset: 'BTC', quantity: '-2', entryPrice: '61000' }],
});

const pool = (p: Portfolio, options = {}) => evaluate(p, { ...CHEAP, ...options }).account.pool;

describe('volatility triggers on exchange rule sets', () => {
  it('leave a linear book under a rule set without a trigger unchanged at any volatility', () => {
    expect(RULE_SETS['binance-usdm'].volatilityTriggers).toBeUndefined();
    const p = shortPerp('binance-usdm');
    for (const volatilityMultiplier of [2, 3, 5]) {
      expect(pool(p, { regime: { volatilityMultiplier } })).toEqual(pool(p));
    }
  });

  it('raise the same book\'s maintenance and initial margin under generic-cex by exactly the declared factor', () => {
    const p = shortPerp('generic-cex');
    // Notional 2 × 60,000 = 120,000, in BTC's second bracket (to 500k): rate 0.5 %, amount
    // 50,000 × (0.005 − 0.004) = 50. Maintenance 120,000 × 0.005 − 50 = 550. Initial: the bracket's
    // 2 × 0.5 % = 1 % over the 0.8 % floor: 1,200.
    expect([pool(p).maintenanceMargin, pool(p).initialMargin]).toEqual(['550', '1200']);
    // Volatility × 1.9: below the first level, nothing changes.
    expect(pool(p, { regime: { volatilityMultiplier: 1.9 } }).maintenanceMargin).toBe('550');
    // × 2: rates × 1.5. Maintenance 120,000 × 0.0075 − 75 = 825 = 1.5 × 550; initial 120,000 × 1.5 % = 1,800.
    const two = pool(p, { regime: { volatilityMultiplier: 2 } });
    expect([two.maintenanceMargin, two.initialMargin]).toEqual(['825', '1800']);
    // × 3: rates × 2. Maintenance 120,000 × 0.01 − 100 = 1,100; initial 120,000 × 2 % = 2,400.
    const three = pool(p, { regime: { volatilityMultiplier: 3 } });
    expect([three.maintenanceMargin, three.initialMargin]).toEqual(['1100', '2400']);
    // Equity does not move: a linear book has nothing priced off volatility.
    expect(three.equity).toBe(pool(p).equity);
    const delta = evaluate(p, { ...CHEAP, regime: { volatilityMultiplier: 2 } }).account.solvencyDelta!;
    expect([delta.requirement, delta.equity]).toEqual(['275', '0']);
  });

  it('fire on the asset\'s own multiplier: BTC at × 2 raises BTC\'s rates, ETH\'s stay', () => {
    const p = book({
      balances: { USDC: '50000' },
      positions: [
        { id: 'btc', type: 'perpetual', asset: 'BTC', quantity: '-2', entryPrice: '60000' },
        { id: 'eth', type: 'perpetual', asset: 'ETH', quantity: '1', entryPrice: '3000' },
      ],
    });
    // ETH: notional 3,000 in its first bracket (0.5 %): 15 either way. BTC: 550 → 825 as above.
    expect(pool(p).maintenanceMargin).toBe('565');
    expect(pool(p, { regime: { assets: { BTC: { volatilityMultiplier: 2 } } } }).maintenanceMargin).toBe('840');
    // The asset's own multiplier wins over the book's: ETH at × 1 under a book-wide × 3.
    expect(pool(p, { regime: { volatilityMultiplier: 3, assets: { ETH: { volatilityMultiplier: 1 } } } }).maintenanceMargin).toBe('1115');
  });

  it('the solvency delta\'s equivalent joint move reproduces the triggered requirement change (1e-9)', () => {
    const p = shortPerp('generic-cex');
    const delta = evaluate(p, { ...CHEAP, regime: { volatilityMultiplier: 3 } }).account.solvencyDelta!;
    // Damage: requirement +550, equity unchanged → surplus −550.
    const damage = new Decimal(delta.after.equity).minus(delta.after.requirement).minus(new Decimal(delta.before.equity).minus(delta.before.requirement));
    expect(damage.toString()).toBe('-550');
    expect(delta.equivalentJointMove).not.toBeNull();
    const surplus = (options = {}) => {
      const a = evaluate(p, { ...CHEAP, ...options }).account;
      return new Decimal(a.adjustedEquity).minus(a.pool.maintenanceMargin);
    };
    const moved = surplus({ jointMove: delta.equivalentJointMove! }).minus(surplus());
    expect(moved.minus(damage).abs().div(damage.abs()).toNumber()).toBeLessThan(1e-9);
  });

  it('is compiled into the kernel\'s tables: the kernel\'s pool requirement is the exact one under the trigger', () => {
    const p = { ...shortPerp('generic-cex'), regime: { volatilityMultiplier: 2 } };
    const ctx = makeContext(p);
    const compiled = compileBook(ctx);
    const btc = compiled.bySymbol.get('BTC')!;
    expect(Array.from(btc.brackets.rate.slice(0, 2))).toEqual([0.006, 0.0075]);
    const health = poolHealth(compiled, poolAt(compiled).rows);
    expect(health.requirement).toBeCloseTo(825, 9);
    expect(evaluateAccount(ctx, markPrices(p)).maintenanceHealth.requirement.toString()).toBe('825');
  });

  it('never lowers a requirement: any linear book, any multiplier (property)', () => {
    fc.assert(fc.property(portfolioArbitrary({ rules: ['generic-cex'], options: false }), fc.double({ min: 0.1, max: 10, noNaN: true }), (p, m) => {
      const plain = evaluateAccount(makeContext(p), markPrices(p));
      const regime = { ...p, regime: { volatilityMultiplier: m } };
      const raised = evaluateAccount(makeContext(regime), markPrices(p));
      expect(raised.maintenanceHealth.requirement.greaterThanOrEqualTo(plain.maintenanceHealth.requirement)).toBe(true);
      expect(raised.initialHealth.requirement.greaterThanOrEqualTo(plain.initialHealth.requirement)).toBe(true);
    }), { numRuns: 200 });
  });

  it('multiplies every notional\'s maintenance by the factor and never lowers its initial margin (property)', () => {
    const btc = RULE_SETS['generic-cex'].assets.BTC!;
    fc.assert(fc.property(fc.double({ min: 1, max: 2, noNaN: true }), fc.double({ min: 0, max: 3e8, noNaN: true }), (factor, n) => {
      const raised = withRateFactor(btc, factor);
      const notional = new Dec(n);
      const before = maintenanceForNotional(btc.maintenance, notional);
      const after = maintenanceForNotional(raised.maintenance, notional);
      // rate × f is rounded to a double once: 1e-12 of the figure.
      expect(after.minus(before.times(factor)).abs().lessThanOrEqualTo(before.times('1e-12').plus('1e-9'))).toBe(true);
      expect(initialForNotional(raised.maintenance, notional, raised.initialRate).greaterThanOrEqualTo(initialForNotional(btc.maintenance, notional, btc.initialRate))).toBe(true);
    }));
  });

  it('take the largest factor reached, and 1 below every level', () => {
    const rules = RULE_SETS['generic-cex'];
    expect([0.5, 1, 1.99, 2, 2.5, 3, 10].map((m) => triggeredRateFactor(rules, m))).toEqual([1, 1, 1, 1.5, 1.5, 2, 2]);
    expect(triggeredRateFactor(RULE_SETS.portfolio, 10)).toBe(1);
    // Each trigger carries its source and date beside it.
    for (const t of rules.volatilityTriggers ?? []) expect(t.source.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(t.date)).toBe(true);
  });
});
