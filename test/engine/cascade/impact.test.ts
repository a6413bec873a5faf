import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  averageClampedLinear, constantProductIn, constantProductOut, constantProductOutExact, linearDepthMove, squareRootAverageImpact, squareRootMove,
} from '../../../src/engine/cascade/impact';
import { applyShock, createAssetMarket, executeNetOrder, recover } from '../../../src/engine/cascade/market';

describe('constant-product pool (Uniswap v2)', () => {
  it('returns 271,983.27 for 100 sold into 1,000 / 3,000,000 with a 0.3 % fee (reference notes)', () => {
    // out = 100 × 997 × 3,000,000 / (1,000 × 1,000 + 997 × 100) = 299,100,000,000 / 1,099,700 = 271,983.2681…
    expect(constantProductOut(100, 1000, 3000000, 0.003)).toBeCloseTo(271983.27, 2);
    const exact = new Decimal(100).times(997).times(3000000).div(new Decimal(1000).times(1000).plus(new Decimal(997).times(100)));
    expect(exact.toDecimalPlaces(2).toString()).toBe('271983.27');
    expect(Math.abs(constantProductOut(100, 1000, 3000000, 0.003) - exact.toNumber())).toBeLessThan(1e-9);
  });

  it('matches Uniswap/v2-core\'s swap case: 1e18 into reserves 5e18 / 10e18 gives 1662497915624478906 (floored)', () => {
    expect(constantProductOutExact(10n ** 18n, 5n * 10n ** 18n, 10n * 10n ** 18n)).toBe(1662497915624478906n);
    // The float form agrees to double precision.
    expect(constantProductOut(1e18, 5e18, 10e18, 0.003) / Number(1662497915624478906n)).toBeCloseTo(1, 15);
  });

  it('leaves the spot price 17.33 % lower after that sale', () => {
    const out = constantProductOut(100, 1000, 3000000, 0.003);
    expect((3000000 - out) / 1100 / 3000 - 1).toBeCloseTo(-0.1733, 4);
  });

  it('inverts: paying constantProductIn for an amount takes exactly that amount out', () => {
    fc.assert(fc.property(
      fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 1, max: 1e9, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0, max: 0.05, noNaN: true }),
      (reserveIn, reserveOut, share, fee) => {
        const amountOut = reserveOut * share;
        const amountIn = constantProductIn(amountOut, reserveIn, reserveOut, fee);
        expect(constantProductOut(amountIn, reserveIn, reserveOut, fee) / amountOut).toBeCloseTo(1, 9);
      },
    ));
  });
});

describe('square-root law and linear depth', () => {
  it('moves the price 0.30 % when 1 % of daily volume trades at 3 % daily volatility (Y = 1)', () => {
    expect(squareRootMove(1, 0.03, 1e6, 1e8)).toBeCloseTo(0.003, 12);
  });

  it('moves the price by notional ÷ depth per 1 %', () => {
    // 5,000,000 against 2,000,000 per 1 % → 2.5 %.
    expect(linearDepthMove(5e6, 2e6)).toBeCloseTo(0.025, 12);
  });

  it('averages the cumulative square-root impact in closed form, as the integral does', () => {
    fc.assert(fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: -1e4, max: 1e4, noNaN: true }), (a, b) => {
      fc.pre(Math.abs(b - a) > 1e-3);
      const c = 0.001;
      // Midpoint rule on 20,000 slices.
      const n = 20000;
      let sum = 0;
      for (let k = 0; k < n; k++) {
        const x = a + ((k + 0.5) / n) * (b - a);
        sum += Math.sign(x) * c * Math.sqrt(Math.abs(x));
      }
      expect(squareRootAverageImpact(c, a, b)).toBeCloseTo(sum / n, 5);
    }));
  });

  it('is exact to rounding: within 1e-12 of the impact of a 40-digit evaluation of the integral', () => {
    // ∫ₐᵇ sign(x)·c·√|x| dx = G(b) − G(a), G(x) = ⅔·c·|x|^{3/2} on both sides of 0. Measured: about
    // 4e-16 of c·√max(|a|, |b|) over 3,000 random orders (tiny after large, crossing zero, both signs).
    const Precise = Decimal.clone({ precision: 40 });
    const units = fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((x) => (Math.abs(x) < 1e-6 ? 0 : x));
    const G = (c: number, x: number) => new Precise(c).times(2).div(3).times(new Precise(x).abs().pow(1.5));
    fc.assert(fc.property(
      // Units sold: 0, or at least a millionth of a unit (subnormal doubles are not quantities).
      fc.double({ min: 1e-6, max: 0.1, noNaN: true }), units, units,
      (c, a, b) => {
        fc.pre(a !== b);
        const exact = G(c, b).minus(G(c, a)).div(new Precise(b).minus(a)).toNumber();
        const scale = c * Math.sqrt(Math.max(Math.abs(a), Math.abs(b)));
        expect(Math.abs(squareRootAverageImpact(c, a, b) - exact)).toBeLessThanOrEqual(1e-12 * scale);
      },
    ), { numRuns: 300 });
  });

  it('fills a linear book at the midpoint, and at the backstop past its end', () => {
    expect(averageClampedLinear(100, 98, 1, 1000)).toBe(99);
    // From 2 down to −2 with a floor of 1: a quarter of the path at 1.5 on average, the rest at 1.
    expect(averageClampedLinear(2, -2, 1, 1000)).toBeCloseTo(0.25 * 1.5 + 0.75 * 1, 12);
  });
});

describe('an asset market between steps', () => {
  it('linear depth: 10,000 per 1 % at 100 moves the price by 1 per 100 units', () => {
    const m = createAssetMarket(100, { model: 'linear-depth', depthPerPercent: 10000 }, 0.5);
    applyShock(m, -0.1);
    expect(m.price).toBe(90);
    expect(executeNetOrder(m, 200)).toBeCloseTo(89, 12);
    expect(m.price).toBeCloseTo(88, 12);
    // Recovery 0.5: half the displacement from the shocked 90 fades.
    recover(m);
    expect(m.price).toBeCloseTo(89, 12);
    // Buying back 100 walks up from 89 to 90.
    expect(executeNetOrder(m, -100)).toBeCloseTo(89.5, 12);
  });

  it('square-root law: the price after a sale is fundamental × (1 − Y·σ·√(Q/V))', () => {
    const m = createAssetMarket(100, { model: 'square-root', dailyVolume: 1e8, dailyVolatility: 0.03, coefficient: 1 }, 0);
    // 10,000 units × 100 = 1 % of the day's volume.
    const fill = executeNetOrder(m, 10000);
    expect(m.price).toBeCloseTo(100 * (1 - 0.003), 10);
    // A metaorder's average impact is ⅔ of its final impact.
    expect(fill).toBeCloseTo(100 * (1 - (2 / 3) * 0.003), 10);
  });

  it('constant-product: the shock is arbitraged in at constant k, and recovery moves the pool back towards it', () => {
    const m = createAssetMarket(3000, { model: 'constant-product', quoteReserve: 3000000, fee: 0.003 }, 0.5);
    applyShock(m, -0.1);
    expect(m.price).toBeCloseTo(2700, 9);
    expect(m.baseReserve * m.quoteReserve).toBeCloseTo(3e9, 3);
    executeNetOrder(m, 50);
    const after = m.price;
    recover(m);
    expect(m.price).toBeCloseTo(after + 0.5 * (2700 - after), 9);
  });

  it('never prints a price under the floor, however much is sold', () => {
    for (const impact of [
      { model: 'linear-depth' as const, depthPerPercent: 1000 },
      { model: 'square-root' as const, dailyVolume: 1e6, dailyVolatility: 0.05, coefficient: 1 },
      { model: 'constant-product' as const, quoteReserve: 1e5, fee: 0.003 },
    ]) {
      const m = createAssetMarket(100, impact, 0);
      const fill = executeNetOrder(m, 1e9);
      expect(m.price).toBeGreaterThan(0);
      expect(fill).toBeGreaterThan(0);
      expect(Number.isFinite(executeNetOrder(m, -2e9))).toBe(true);
      expect(Number.isFinite(m.price)).toBe(true);
    }
  });
});
