import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index';
import { Dec } from '../../../src/engine/money';
import { portfolioArbitrary } from '../fixtures/arbitrary-portfolio';
import { book } from '../fixtures/books';

// Issue 10: figures a trader would sign. Each test fails on the engine before the fix.

describe('brackets that do not chain (issue 10, item 2)', () => {
  // 2 BTC long at 60,000 with 23,000 of isolated collateral; maintenance 1 % to 100,000 of notional,
  // 5 % above, both with amount 0: the requirement jumps from 1,000 to 5,000 at a notional of 100,000.
  const reproducer = () => book({
    assets: { BTC: { price: '60000', volatility: 0.5 }, USDC: { price: '1', volatility: 0 } },
    balances: { USDC: '23000' },
    positions: [{ id: 'long', type: 'perpetual', asset: 'BTC', quantity: '2', entryPrice: '60000', margin: { mode: 'isolated', collateral: '23000' } }],
    overrides: { BTC: { maintenance: [{ upTo: '100000', rate: 0.01, amount: '0' }, { upTo: null, rate: 0.05, amount: '0' }] } },
  });

  it('reports the first price the falling market reaches, not the lowest root', () => {
    const position = evaluate(reproducer()).account.positions[0]!;
    // Above a notional of 100,000 (P > 50,000) the 5 % bracket holds:
    //   23,000 + 2 (P − 60,000) = 0.05 × 2P  ⇒  1.9 P = 97,000  ⇒  P = 51,052.631578…
    // (the 1 % bracket's root, 97,000 / 1.98 = 48,989.90, lies below it and is never reached first).
    expect(Number(position.liquidationPrice)).toBeCloseTo(97000 / 1.9, 6);
    // Exact: the venue's closed form in that bracket, to 20 digits.
    expect(new Dec(position.liquidationPrice!).minus(new Dec(97000).div(1.9)).abs().toNumber()).toBeLessThan(1e-12);
  });

  it('warns that the brackets do not chain, at the bracket where the requirement jumps', () => {
    const warnings = evaluate(reproducer()).warnings;
    expect(warnings.map((w) => w.path)).toContain('overrides.BTC.maintenance[1].amount');
    // Chained brackets (amount 4,000 = 0 + 100,000 × (5 % − 1 %)) raise no such warning.
    const chained = reproducer();
    chained.overrides.BTC!.maintenance![1]!.amount = new Dec(4000);
    expect(evaluate(chained).warnings.filter((w) => w.path.startsWith('overrides.'))).toEqual([]);
  });
});

describe('the quote currency (issue 10, item 3)', () => {
  it('has no liquidation price: the unit of account cannot move against itself', () => {
    const report = evaluate(book({
      quote: 'USD',
      assets: { BTC: { price: '60000', volatility: 0.5 }, USD: { price: '1', volatility: 0 }, USDC: { price: '1', volatility: 0 } },
      balances: { USD: '-20000', BTC: '1', USDC: '1000' },
      positions: [],
    }));
    expect(report.account.liquidationPrices.USD).toEqual({
      down: null, up: null, downMove: null, upMove: null,
      reason: 'the quote currency is the unit of account: its price cannot move against itself',
    });
    // A stablecoin that is not the quote keeps its liquidation prices: a USDC depeg is real.
    expect(report.account.liquidationPrices.USDC!.reason).toBeUndefined();
    // BTC still has its own: the account borrows 20,000 USD against 1 BTC.
    expect(report.account.liquidationPrices.BTC!.down).not.toBeNull();
  });
});

describe('initial margin follows the brackets (issue 10, item 1)', () => {
  it('charges a 1,000 ETH long the initial rate of the bracket its notional falls in', () => {
    const report = evaluate(book({
      balances: { USDC: '1000000' },
      positions: [{ id: 'eth', type: 'perpetual', asset: 'ETH', quantity: '1000', entryPrice: '3000' }],
    }));
    const p = report.account.positions[0]!;
    // Notional 3,000,000 is in ETH's 2M–5M bracket: maintenance 10 % less the cumulative amount
    // 135,365 (0 + 10,000 × 0.15 % + 100,000 × 0.35 % + 500,000 × 1 % + 1,000,000 × 3 % + 2,000,000 × 5 %):
    // 300,000 − 135,365 = 164,635. That bracket's leverage is 5× (initial 2 × 10 % = 20 %): 600,000.
    expect(p.maintenanceMargin).toBe('164635');
    expect(p.initialMargin).toBe('600000');
  });

  it('never asks less to open than to keep, for any position and any book', () => {
    fc.assert(fc.property(portfolioArbitrary({ rules: ['generic-cex', 'portfolio'] }), (p) => {
      const report = evaluate(p, { curveRange: { from: -0.5, to: 0.5, steps: 2 } });
      for (const position of report.account.positions) {
        expect(new Dec(position.initialMargin).greaterThanOrEqualTo(position.maintenanceMargin), `${position.id}: ${position.initialMargin} < ${position.maintenanceMargin}`).toBe(true);
      }
      expect(new Dec(report.account.initialMargin).greaterThanOrEqualTo(report.account.maintenanceMargin)).toBe(true);
    }), { numRuns: 200 });
  });
});
