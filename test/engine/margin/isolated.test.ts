import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index';
import { linearIsolatedLiquidationPrice } from '../../../src/engine/margin/isolated';
import { refineRoot } from '../../../src/engine/liquidation/solve';
import { Dec } from '../../../src/engine/money';
import { bracketsFromRates, maintenanceForNotional } from '../../../src/engine/rules';
import { book } from '../fixtures/books';

const flat = (rate: number) => bracketsFromRates([[null, rate]]);

describe('isolated liquidation price, closed form', () => {
  it('matches Bybit\'s published example when maintenance is valued at entry', () => {
    // Bybit help centre, "How to calculate liquidation price (USDT perpetual, isolated)":
    // 1 BTC long at 20,000, 50× → IM 400, MMR 0.5 % → MM at entry 100; LP = 20,000 − (400 − 100) / 1 = 19,700.
    const price = linearIsolatedLiquidationPrice({ quantity: new Dec(1), entryPrice: new Dec(20000), collateral: new Dec(400), brackets: flat(0.005), maintenanceValuedAt: 'entry' });
    expect(price?.toString()).toBe('19700');
  });

  it('values maintenance at the liquidation price itself under the Binance / Hyperliquid convention', () => {
    // Binance USDⓈ-M: LP = (WB + cum − s·|q|·EP) / (|q|·MMR − s·|q|) = (400 + 0 − 20,000) / (0.005 − 1)
    //   = −19,600 / −0.995 = 19,698.4924623115577889…
    const price = linearIsolatedLiquidationPrice({ quantity: new Dec(1), entryPrice: new Dec(20000), collateral: new Dec(400), brackets: flat(0.005), maintenanceValuedAt: 'mark' });
    expect(price?.toDecimalPlaces(6).toString()).toBe('19698.492462');
    // Check: margin balance 400 + (19,698.49 − 20,000) = 98.49 equals 0.5 % of 19,698.49.
    const balance = new Dec(400).plus(price!.minus(20000));
    expect(balance.minus(price!.times(0.005)).abs().toNumber()).toBeLessThan(1e-20);
  });

  it('matches Bybit\'s older and KuCoin\'s published examples (maintenance at entry)', () => {
    const entry = (quantity: string, entryPrice: string, collateral: string, rate: number) =>
      linearIsolatedLiquidationPrice({ quantity: new Dec(quantity), entryPrice: new Dec(entryPrice), collateral: new Dec(collateral), brackets: flat(rate), maintenanceValuedAt: 'entry' })?.toString();
    // Bybit help centre (article 900000181046): long 1 at 10,000, 50× → IM 200, MM 50 → 10,000 − 150 = 9,850;
    // short 1 at 8,000, 40× → IM 200, MM 40 → 8,000 + 160 = 8,160.
    expect(entry('1', '10000', '200', 0.005)).toBe('9850');
    expect(entry('-1', '8000', '200', 0.005)).toBe('8160');
    // KuCoin support, "How to Calculate the Liquidation Price for KuCoin Contracts": short 5 lots of
    // 0.001 BTC at 28,000, 100× → IM 1.4, MMR 0.4 % → MM 0.56 → 28,000 + 0.84 / 0.005 = 28,168.
    expect(entry('-0.005', '28000', '1.4', 0.004)).toBe('28168');
  });

  it('matches Phemex\'s published example, which values maintenance and the closing fee at the liquidation price', () => {
    // Phemex help centre, "Liquidation price for USDT-M perpetual": long 500 at 0.4, 5×, MMR 1 %, taker fee 0.06 %,
    // margin 40.096 (40 + the closing fee). With rate 1.06 %: (40.096 − 200) / (500 × 0.0106 − 500) = 0.32323428…
    const price = linearIsolatedLiquidationPrice({ quantity: new Dec(500), entryPrice: new Dec('0.4'), collateral: new Dec('40.096'), brackets: flat(0.0106), maintenanceValuedAt: 'mark' });
    expect(price?.toDecimalPlaces(8).toString()).toBe('0.32323428');
  });

  it('solves a short the same way: the price rises until the margin is gone', () => {
    // Short 2 ETH at 3,000 with 600 collateral, MMR 1 %: (600 + 0 + 2·3,000) / (2·0.01 + 2) = 6,600 / 2.02 = 3,267.3267…
    const price = linearIsolatedLiquidationPrice({ quantity: new Dec(-2), entryPrice: new Dec(3000), collateral: new Dec(600), brackets: flat(0.01), maintenanceValuedAt: 'mark' });
    expect(price?.toDecimalPlaces(4).toString()).toBe('3267.3267');
  });

  it('picks the bracket that holds the liquidation notional, not today\'s', () => {
    // Short 10 BTC at 60,000 (notional 600,000: bracket 0.01/2,550) with 200,000 collateral.
    // In that bracket: (200,000 + 2,550 + 600,000) / (0.1 + 10) = 79,460.39… → notional 794,604 ✓ (≤ 8,000,000).
    const brackets = bracketsFromRates([['50000', 0.004], ['500000', 0.005], ['8000000', 0.01], [null, 0.025]]);
    const price = linearIsolatedLiquidationPrice({ quantity: new Dec(-10), entryPrice: new Dec(60000), collateral: new Dec(200000), brackets, maintenanceValuedAt: 'mark' });
    expect(price?.toDecimalPlaces(2).toString()).toBe('79460.4');
    // Long 10 BTC at 60,000 with 100,000 collateral, in the 0.01 bracket:
    // (100,000 + 2,550 − 600,000) / (0.1 − 10) = 50,247.47 → notional 502,475, inside (500,000, 8,000,000] ✓.
    const long = linearIsolatedLiquidationPrice({ quantity: new Dec(10), entryPrice: new Dec(60000), collateral: new Dec(100000), brackets, maintenanceValuedAt: 'mark' });
    expect(long?.toDecimalPlaces(2).toString()).toBe('50247.47');
  });

  it('reports no price when the collateral covers a fall to zero', () => {
    expect(linearIsolatedLiquidationPrice({ quantity: new Dec(1), entryPrice: new Dec(100), collateral: new Dec(150), brackets: flat(0.01), maintenanceValuedAt: 'mark' })).toBeNull();
  });

  it('agrees with the numerical solver wherever both apply', () => {
    const brackets = bracketsFromRates([['50000', 0.004], ['500000', 0.005], ['8000000', 0.01], [null, 0.025]]);
    fc.assert(fc.property(
      fc.integer({ min: -50, max: 50 }).filter((q) => q !== 0), fc.integer({ min: 1000, max: 100000 }), fc.double({ min: 0.01, max: 0.9, noNaN: true }),
      (q, entry, share) => {
        const quantity = new Dec(q);
        const entryPrice = new Dec(entry);
        const collateral = quantity.abs().times(entryPrice).times(share.toFixed(6));
        const closed = linearIsolatedLiquidationPrice({ quantity, entryPrice, collateral, brackets, maintenanceValuedAt: 'mark' });
        const surplus = (p: Dec) => collateral.plus(quantity.times(p.minus(entryPrice))).minus(maintenanceForNotional(brackets, quantity.abs().times(p)));
        if (closed === null) {
          expect(surplus(new Dec(0)).isNegative()).toBe(false);
          return;
        }
        const lo = q > 0 ? new Dec(0) : entryPrice;
        const hi = q > 0 ? entryPrice : entryPrice.times(1000);
        const numeric = refineRoot(surplus, lo, hi, surplus(lo), surplus(hi));
        expect(numeric.minus(closed).abs().div(closed).toNumber()).toBeLessThan(1e-12);
      },
    ), { numRuns: 200 });
  });
});

describe('isolated positions in an account', () => {
  it('reports margin balance, requirements and liquidation price of an isolated perpetual', () => {
    const report = evaluate(book({
      balances: { USDC: '5000' },
      positions: [{ id: 'iso', type: 'perpetual', asset: 'BTC', quantity: '0.5', entryPrice: '58000', margin: { mode: 'isolated', collateral: '3000' } }],
    }));
    const p = report.account.positions[0]!;
    // notional 0.5 × 60,000 = 30,000; PnL 0.5 × 2,000 = 1,000; MM 30,000 × 0.004 = 120; IM 30,000 × 0.008 = 240.
    expect([p.notional, p.unrealizedPnl, p.maintenanceMargin, p.initialMargin]).toEqual(['30000', '1000', '120', '240']);
    // Margin balance 3,000 + 1,000 = 4,000; health 4,000 / 120 = 33.33…
    expect(p.marginBalance).toBe('4000');
    expect(Number(p.healthFactor)).toBeCloseTo(33.333333, 5);
    // LP = (3,000 + 0 − 0.5 · 58,000) / (0.5 · 0.004 − 0.5) = −26,000 / −0.498 = 52,208.835…
    expect(Number(p.liquidationPrice)).toBeCloseTo(52208.835341, 5);
    // The 3,000 came out of the 5,000 USDC: the pool keeps 2,000, and account equity is 2,000 + 4,000.
    expect(report.account.pool.equity).toBe('2000');
    expect(report.account.equity).toBe('6000');
  });
});
