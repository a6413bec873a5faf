import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { inverseNormalCdf, normalCdf, normalPdf } from '../../../src/engine/pricing/normal';

// Reference values: 40-digit mpmath (`mp.ncdf`, `mp.npdf`, `sqrt(2)·erfinv(2p − 1)`), shown to
// 17+ significant digits; the quantiles and expected shortfalls agree with
// /work/shared/design/reference-notes.md, "VaR / ES check values".

/** |actual − expected| ≤ tolerance, with the numbers in the failure message. */
function expectClose(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

function expectRelativelyClose(actual: number, expected: number, relative: number): void {
  expectClose(actual, expected, relative * Math.abs(expected));
}

describe('normalCdf', () => {
  it('is exactly one half at zero', () => {
    expect(normalCdf(0)).toBe(0.5);
  });

  it('matches 40-digit values in the body of the distribution to 2e-16', () => {
    expectClose(normalCdf(1.96), 0.9750021048517795, 2e-16);
    expectClose(normalCdf(-1), 0.15865525393145705, 2e-16);
    expectClose(normalCdf(5), 0.9999997133484281, 2e-16);
    // The quantiles of the reference notes map back to their probabilities.
    expectClose(normalCdf(1.6448536269514726), 0.95, 2e-16);
    expectClose(normalCdf(2.326347874040841), 0.99, 2e-16);
  });

  it('keeps relative accuracy in the lower tail, where 1 − Φ(−x) would give 0', () => {
    expectRelativelyClose(normalCdf(-8), 6.220960574271784e-16, 1e-14);
    expectRelativelyClose(normalCdf(-20), 2.7536241186062337e-89, 1e-14);
    expectRelativelyClose(normalCdf(-37), 5.725571222524577e-300, 1e-14);
  });

  it('saturates to 0 and 1 beyond the double range and at infinity', () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
  });

  it('is symmetric: Φ(x) + Φ(−x) = 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), (x) => {
        expectClose(normalCdf(x) + normalCdf(-x), 1, 2.3e-16);
      }),
    );
  });

  it('is non-decreasing', () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (x, step) => {
        expect(normalCdf(x + step)).toBeGreaterThanOrEqual(normalCdf(x));
      }),
    );
  });
});

describe('normalPdf', () => {
  it('matches 40-digit values', () => {
    expectRelativelyClose(normalPdf(0), 0.3989422804014327, 1e-16);
    expectRelativelyClose(normalPdf(1), 0.24197072451914334, 2e-16);
    expectRelativelyClose(normalPdf(-8), 5.052271083536892e-15, 1e-15);
  });

  it('is 0, not NaN, at infinity', () => {
    expect(normalPdf(Infinity)).toBe(0);
    expect(normalPdf(-Infinity)).toBe(0);
  });
});

describe('inverseNormalCdf', () => {
  it('gives the VaR quantiles of the reference notes', () => {
    // reference-notes.md: 95 % 1.644854, 97.5 % 1.959964, 99 % 2.326348, 99.5 % 2.575829.
    expect(inverseNormalCdf(0.99)).toBe(2.3263478740408408); // the double nearest 2.32634787404084110
    expectClose(inverseNormalCdf(0.95), 1.6448536269514726, 5e-16);
    expectClose(inverseNormalCdf(0.975), 1.9599639845400543, 5e-16);
    expectClose(inverseNormalCdf(0.995), 2.575829303548901, 5e-16);
    expectClose(inverseNormalCdf(0.999), 3.0902323061678136, 5e-16);
    expectClose(inverseNormalCdf(1e-10), -6.361340902404057, 5e-15);
  });

  it('is exactly zero at one half and odd about it', () => {
    expect(inverseNormalCdf(0.5)).toBe(0);
    expect(inverseNormalCdf(0.25)).toBe(-inverseNormalCdf(0.75));
    // 1 − 0.99 is 0.010000000000000009 in binary, not 0.01: odd symmetry holds for the exact complement.
    expect(inverseNormalCdf(1 - 0.99)).toBe(-inverseNormalCdf(0.99));
  });

  it('gives back the normal expected shortfall of the reference notes', () => {
    // ES_α = φ(z_α) / (1 − α): 95 % 2.062713, 99 % 2.665214.
    expectClose(normalPdf(inverseNormalCdf(0.95)) / 0.05, 2.062713, 5e-7);
    expectClose(normalPdf(inverseNormalCdf(0.99)) / 0.01, 2.665214, 5e-7);
  });

  it('throws RangeError outside (0, 1)', () => {
    for (const p of [0, 1, -0.1, 1.1, Number.NaN, Infinity]) {
      expect(() => inverseNormalCdf(p), String(p)).toThrow(RangeError);
    }
  });

  it('undoes normalCdf in the lower half, to the last few bits', () => {
    fc.assert(
      fc.property(fc.double({ min: -37, max: 0, noNaN: true }), (x) => {
        expectClose(inverseNormalCdf(normalCdf(x)), x, 2e-15 * Math.max(1, Math.abs(x)));
      }),
    );
  });

  it('undoes normalCdf in the upper half, up to the rounding of Φ(x) near 1', () => {
    // Φ(x) is stored with an absolute error of half an ulp of 1 (1.1e-16); that moves the
    // quantile by about 1.1e-16 / φ(x), which is the most any inverse can recover.
    fc.assert(
      fc.property(fc.double({ min: 0, max: 8, noNaN: true }), (x) => {
        expectClose(inverseNormalCdf(normalCdf(x)), x, 1e-15 + 4e-16 / normalPdf(x));
      }),
    );
  });

  it('is inverted by normalCdf for any probability', () => {
    // Doubles are drawn uniformly by bit pattern, so the far lower tail (1e-300) is well covered.
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true, minExcluded: true, maxExcluded: true }), (p) => {
        const x = inverseNormalCdf(p);
        expect(Number.isFinite(x)).toBe(true);
        // Below Φ(−37) ≈ 5.7e-300 the probabilities are subnormal and only Acklam's 1.2e-9 holds.
        const relative = p < 1e-290 ? 2e-8 : 2e-15;
        expectClose(normalCdf(x), p, relative * Math.min(p, 1 - p) + 2.3e-16);
      }),
      { numRuns: 2000 },
    );
  });
});
