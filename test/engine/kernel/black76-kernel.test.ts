import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { black76Kernel } from '../../../src/engine/kernel/contribution';
import { black76 } from '../../../src/engine/pricing/black76';

// The kernel's Black-76 (every sweep reprices options through it) against the exact path's
// (pricing/black76.ts, Cody's Φ). The kernel's Φ is within a few ulps of Cody's, and past nine
// standard deviations out of the money it takes the value as 0: the true value is below 1.1e-19 of
// the forward or the strike there, so the two agree to 1e-15 of max(forward, strike) everywhere.

const kernelPrice = (forward: number, strike: number, years: number, volatility: number, rate: number, call: boolean) => black76Kernel(
  forward, Math.log(forward), strike, Math.log(strike), years, volatility * Math.sqrt(Math.max(years, 0)), years <= 0 || rate === 0 ? 1 : Math.exp(-rate * years), call,
);

describe('black76Kernel', () => {
  it('is the exact path\'s Black-76 to 1e-15 of the larger of forward and strike, deep in and out of the money too', () => {
    fc.assert(fc.property(
      fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
      fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
      // Expired (intrinsic value) now and then, mostly a life spread over the orders of magnitude up to 3 years.
      fc.oneof({ arbitrary: fc.constantFrom(0, -0.01), weight: 1 }, { arbitrary: fc.double({ min: 1e-3, max: 3, noNaN: true }), weight: 9 }),
      fc.double({ min: 0.01, max: 3, noNaN: true }),
      fc.constantFrom(0, 0.05),
      fc.boolean(),
      (forward, moneyness, years, volatility, rate, call) => {
        const strike = forward * moneyness;
        const exact = black76({ forward, strike, years, volatility, rate, right: call ? 'call' : 'put' }).price;
        const kernel = kernelPrice(forward, strike, years, volatility, rate, call);
        expect(Math.abs(kernel - exact), `F ${forward} K ${strike} T ${years} σ ${volatility}`).toBeLessThanOrEqual(1e-15 * Math.max(forward, strike));
      },
    ), { numRuns: 20_000 });
  });

  it('takes an option more than nine standard deviations out of the money as worth 0, and one just inside as worth its tiny value', () => {
    // F 100, σ√T 0.1: d1 = ln(F/K)/0.1 + 0.05. A call struck at 300 has d1 ≈ −10.9: 0. At 240, d1 ≈ −8.7: Φ(d1) ≈ 1.6e-18, kept.
    expect(kernelPrice(100, 300, 1, 0.1, 0, true)).toBe(0);
    const inside = kernelPrice(100, 240, 1, 0.1, 0, true);
    expect(inside).toBeGreaterThan(0);
    expect(inside).toBeLessThan(1e-15);
    // Puts the same way round: struck at 33, d2 ≈ 11: 0.
    expect(kernelPrice(100, 33, 1, 0.1, 0, false)).toBe(0);
  });
});
