import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index';
import { basisTrade, book, thinLong } from '../fixtures/books';

describe('cross margin pool', () => {
  it('values the basis trade: haircut collateral, perpetual PnL, bracketed maintenance', () => {
    const a = evaluate(basisTrade()).account;
    // Collateral: 10,000 USDC + 1 BTC × 60,000 × (1 − 0.05) = 67,000. PnL of the short: −1 × (60,000 − 60,100) = +100.
    // Adjusted equity 67,100; equity at full value 10,000 + 60,000 + 100 = 70,100.
    expect(a.adjustedEquity).toBe('67100');
    expect(a.equity).toBe('70100');
    // Notional 60,000 is in the second BTC bracket: 60,000 × 0.005 − 50 = 250. Initial at that bracket's
    // 100× (1 %): 60,000 × 0.01 = 600.
    expect(a.maintenanceMargin).toBe('250');
    expect(a.initialMargin).toBe('600');
    // Health 67,100 / 250 = 268.4; margin ratio 250 / 67,100; free margin 67,100 − 600.
    expect(a.healthFactor).toBe('268.4');
    expect(a.marginRatio).toBe('0.0037257824143070044709');
    expect(a.freeMargin).toBe('66500');
    expect(a.liquidatable).toBe(false);
  });

  it('finds the basis trade\'s upward liquidation price across a bracket change', () => {
    const btc = evaluate(basisTrade()).account.liquidationPrices.BTC!;
    // Surplus(p) = 10,000 + 0.95p − (p − 60,100) − MM(p). In the 0.005 bracket the root would be
    // 70,150 / 0.055 = 1,275,454 — outside it (notional > 500,000). In the 0.01 / 2,550 bracket:
    // 10,000 + 60,100 + 2,550 − 0.06p = 0 → p = 72,650 / 0.06 = 1,210,833.33…, inside ✓.
    expect(Number(btc.up)).toBeCloseTo(1210833.333333, 5);
    expect(btc.down).toBeNull();
    expect(btc.upMove).toBeCloseTo(1210833.333333 / 60000 - 1, 9);
  });

  it('gives the thin long\'s liquidation price, joint move and distance', () => {
    const a = evaluate(thinLong()).account;
    // Surplus(p) = 1,000 + (p − 60,000) − (0.005p − 50) → 0.995p = 58,950 → p = 59,246.2311…
    expect(Number(a.liquidationPrices.BTC!.down)).toBeCloseTo(59246.231156, 5);
    // BTC is the only moving asset, so the joint move is the same: 59,246.23 / 60,000 − 1 = −0.012562…
    expect(a.jointMove.down).toBeCloseTo(-0.0125628141, 9);
    expect(a.distanceToLiquidation).toBe(a.jointMove.down);
    // Health now: 1,000 / 250 = 4.
    expect(a.healthFactor).toBe('4');
  });

  it('explains a health factor that does not exist', () => {
    const a = evaluate(book({ balances: { USDC: '1000', BTC: '1' } })).account;
    expect(a.healthFactor).toBeNull();
    expect(a.healthFactorReason).toMatch(/no maintenance requirement/);
    expect(a.jointMove).toEqual({ down: null, up: null, downPrices: null, upPrices: null });
  });

  it('treats a borrow as a liability at full value with 10 % maintenance (margin level 1.1)', () => {
    const a = evaluate(book({ balances: { USDC: '-20000', BTC: '0.5' } })).account;
    // Collateral 0.5 × 60,000 × 0.95 = 28,500; liability 20,000 → adjusted equity 8,500.
    // Maintenance 20,000 × 0.1 = 2,000 → health 4.25. BTC liquidation: 28.5… 0.475p − 20,000 = 2,000 → p = 46,315.789…
    expect(a.adjustedEquity).toBe('8500');
    expect(a.healthFactor).toBe('4.25');
    expect(Number(a.liquidationPrices.BTC!.down)).toBeCloseTo(46315.789474, 5);
  });

  it('margins a short option like Deribit: 7.5 % of the underlying on top of its value', () => {
    const report = evaluate(book({
      balances: { USDC: '50000' },
      positions: [{ id: 'short-call', type: 'option', asset: 'BTC', right: 'call', strike: '70000', expiry: '2027-01-24T00:00:00Z', quantity: '-1', premium: '1000', volatility: 0.6 }],
    }));
    const p = report.account.positions[0]!;
    // Maintenance 1 × 60,000 × 0.075 = 4,500. Initial: OTM amount 10,000 = 16.7 % of spot → max(15 % − 16.7 %, 10 %) = 10 % → 6,000.
    expect(p.maintenanceMargin).toBe('4500');
    expect(p.initialMargin).toBe('6000');
    // Its value is a liability of the pool: adjusted equity = 50,000 + markValue (negative).
    expect(Number(report.account.adjustedEquity)).toBeCloseTo(50000 + Number(p.markValue), 9);
    expect(Number(p.markValue)).toBeLessThan(0);
    // PnL = −1 × (value − premium)
    expect(Number(p.unrealizedPnl)).toBeCloseTo(-(-Number(p.markValue) - 1000), 9);
  });

  it('takes the out-of-the-money amount off the 15 % where that stays above the floor', () => {
    const report = evaluate(book({
      balances: { USDC: '50000' },
      positions: [
        { id: 'call', type: 'option', asset: 'BTC', right: 'call', strike: '62000', expiry: '2027-01-24T00:00:00Z', quantity: '-1', premium: '1000', volatility: 0.6 },
        { id: 'put', type: 'option', asset: 'BTC', right: 'put', strike: '58500', expiry: '2027-01-24T00:00:00Z', quantity: '-2', premium: '1000', volatility: 0.6 },
      ],
    }));
    const [call, put] = report.account.positions;
    // Call: OTM 62,000 − 60,000 = 2,000. 60,000 × (15 % − 2,000 ÷ 60,000) = 9,000 − 2,000 = 7,000, above the 10 % floor (6,000).
    expect(call!.initialMargin).toBe('7000');
    // Put: OTM 60,000 − 58,500 = 1,500. 2 × 60,000 × 15 % − 2 × 1,500 = 18,000 − 3,000 = 15,000, above 12,000.
    expect(put!.initialMargin).toBe('15000');
  });

  it('sums delta per asset: spot, futures and options', () => {
    const report = evaluate(basisTrade());
    const btc = report.account.assets.find((x) => x.asset === 'BTC')!;
    // +1 spot − 1 perpetual = 0: the basis trade is delta-neutral.
    expect(btc.delta).toBe('0');
  });
});

describe('overrides and rates from the file', () => {
  it('replaces a rule-set parameter for one asset', () => {
    const base = thinLong();
    const overridden = book({
      balances: { USDC: '1000' },
      positions: [{ id: 'long', type: 'perpetual', asset: 'BTC', quantity: '1', entryPrice: '60000' }],
      overrides: { BTC: { maintenance: [{ upTo: null, rate: 0.01, amount: '0' }], initialRate: 0.05 } },
    });
    // Default: 60,000 × 0.005 − 50 = 250; overridden: 60,000 × 0.01 = 600, initial 60,000 × 0.05 = 3,000.
    expect(evaluate(base).account.maintenanceMargin).toBe('250');
    expect(evaluate(overridden).account.maintenanceMargin).toBe('600');
    expect(evaluate(overridden).account.initialMargin).toBe('3000');
  });

  it('discounts option values at the file\'s rate', () => {
    const option = (rate?: number) => book({
      ...(rate === undefined ? {} : { rate }),
      positions: [{ id: 'call', type: 'option', asset: 'BTC', right: 'call', strike: '60000', expiry: '2027-11-24T00:00:00Z', quantity: '1', premium: '0', volatility: 0.5 }],
    });
    const undiscounted = Number(evaluate(option()).account.positions[0]!.markValue);
    const discounted = Number(evaluate(option(0.05)).account.positions[0]!.markValue);
    // One year (365 days) to expiry: Black-76 scales by e^(−rT) = e^(−0.05).
    expect(discounted / undiscounted).toBeCloseTo(Math.exp(-0.05), 12);
  });
});
