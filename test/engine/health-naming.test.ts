import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index';
import { portfolioArbitrary } from './fixtures/arbitrary-portfolio';
import { book } from './fixtures/books';

// Issue 10, item 5: the ratio named per rule set, never negative, and a zone judged by the distance
// to liquidation in daily σ (σ_daily = annual volatility ÷ √365): danger < 1 σ, caution < 3 σ.
// generic-cex BTC: 0.4 % to 50,000 of notional, 0.5 % past it with amount 50 (= 50,000 × (0.005 − 0.004)).

const SIGMA_BTC_DAILY = 0.55 / Math.sqrt(365); // 0.028788…

/** USDC cash behind a 1 BTC perpetual long at 60,000 (BTC volatility 0.55). */
const long = (cash: string, entryPrice = '60000') =>
  evaluate(book({ balances: { USDC: cash }, positions: [{ id: 'long', type: 'perpetual', asset: 'BTC', quantity: '1', entryPrice }] }));

describe('health named per rule set, zoned by daily volatility', () => {
  it('calls a margin ratio "danger" when less than one daily σ away, however good the ratio of equity to maintenance reads', () => {
    const r = long('1000');
    // Maintenance 60,000 × 0.005 − 50 = 250; margin ratio 250 ÷ 1,000 = 0.25 (equity ÷ maintenance = 4).
    expect(r.account.health).toMatchObject({ measure: 'margin ratio', value: '0.25', liquidated: false, zone: 'danger' });
    // Liquidation: 1,000 + (p − 60,000) = 0.005 p − 50 → p = 58,950 ÷ 0.995 = 59,246.23…, a move of −1.2563 %;
    // 0.012563 ÷ 0.028788 = 0.436 daily σ < 1.
    const nearest = r.account.health!.nearestLiquidation!;
    expect(nearest.along).toBe('BTC');
    expect(nearest.move).toBeCloseTo(58950 / 0.995 / 60000 - 1, 12);
    expect(nearest.dailyVolatility).toBeCloseTo(SIGMA_BTC_DAILY, 15);
    expect(nearest.dailySigmas).toBeCloseTo((1 - 58950 / 0.995 / 60000) / SIGMA_BTC_DAILY, 9);
    expect(nearest.dailySigmas).toBeLessThan(1);
  });

  it('calls it "caution" between one and three daily σ', () => {
    // 3,000 of cash: ratio 250 ÷ 3,000 = 0.08333…; p = (60,000 − 50 − 3,000) ÷ 0.995 = 57,236.18…,
    // move −4.606 % = 1.600 daily σ.
    const h = long('3000').account.health!;
    expect(h.zone).toBe('caution');
    expect(h.nearestLiquidation!.dailySigmas).toBeCloseTo((1 - 56950 / 0.995 / 60000) / SIGMA_BTC_DAILY, 9);
  });

  it('calls it "safe" beyond three daily σ', () => {
    // 10,000 of cash: p = 49,950 ÷ 0.995 = 50,201.01 (still above the 50,000 bracket bound), move −16.33 % = 5.67 daily σ.
    const h = long('10000').account.health!;
    expect(h.zone).toBe('safe');
    expect(h.nearestLiquidation!.dailySigmas).toBeCloseTo((1 - 49950 / 0.995 / 60000) / SIGMA_BTC_DAILY, 9);
  });

  it('never shows a negative ratio: no equity left is "liquidated", and the position is flagged', () => {
    // Entry 62,000 at a mark of 60,000: PnL −2,000 against 1,000 of cash → equity −1,000; the old
    // health factor reads −1,000 ÷ 250 = −4.
    const r = long('1000', '62000');
    expect(r.account.healthFactor).toBe('-4');
    expect(r.account.health).toMatchObject({ measure: 'margin ratio', value: null, liquidated: true, zone: 'liquidated' });
    expect(r.account.positions[0]!.flags).toEqual(['liquidatable']);
  });

  it('names the lending ratio "health factor" and measures its distance in the collateral\'s σ', () => {
    const r = evaluate(book({ rules: 'lending', assets: { ETH: { price: '3000', volatility: 0.65 }, USDC: { price: '1', volatility: 0 } }, balances: { ETH: '50', USDC: '-83000' } }));
    // 50 × 3,000 × 0.85 ÷ 83,000 = 127,500 ÷ 83,000 = 1.5361…; liquidation at 83,000 ÷ 42.5 = 1,952.94, a move
    // of −34.90 %, in ETH's σ_daily 0.65 ÷ √365 = 0.034022: 10.26 σ → safe (USDC, volatility 0, is not measured).
    const h = r.account.health!;
    expect(h.measure).toBe('health factor');
    expect(Number(h.value)).toBeCloseTo(127500 / 83000, 15);
    expect(h.zone).toBe('safe');
    expect(h.nearestLiquidation!.dailySigmas).toBeCloseTo((1 - 83000 / 42.5 / 3000) / (0.65 / Math.sqrt(365)), 9);
  });

  it('flags an isolated position with no collateral and a future past its expiry', () => {
    const r = evaluate(book({
      balances: { USDC: '10000' },
      positions: [
        { id: 'bare', type: 'perpetual', asset: 'ETH', quantity: '1', entryPrice: '3000', margin: { mode: 'isolated', collateral: '0' } },
        { id: 'old', type: 'future', asset: 'BTC', quantity: '0.1', entryPrice: '60000', expiry: '2026-11-01T00:00:00Z' },
      ],
    }));
    // ETH 1 × 3,000: margin balance 0 ≤ maintenance 15 (0.5 %) → liquidatable, and no collateral.
    expect(r.account.positions.map((p) => p.flags)).toEqual([['liquidatable', 'no-collateral'], ['expired']]);
  });

  it('gives an empty book no ratio rather than 0 ÷ 0 (decimal.js counts 0 as positive)', () => {
    const h = evaluate(book({ balances: { USDC: '0' }, positions: [] })).account.health!;
    expect(h.value).toBeNull();
    expect(h.liquidated).toBe(false);
  });

  it('is never negative, and "liquidated" exactly when the zone says so, on any book', () => {
    fc.assert(fc.property(portfolioArbitrary(), (p) => {
      const h = evaluate(p).account.health!;
      if (h.value !== null) expect(Number(h.value)).toBeGreaterThanOrEqual(0);
      expect(h.liquidated).toBe(h.zone === 'liquidated');
      if (h.nearestLiquidation) expect(h.nearestLiquidation.dailySigmas).toBeGreaterThanOrEqual(0);
    }), { numRuns: 40 });
  });
});
