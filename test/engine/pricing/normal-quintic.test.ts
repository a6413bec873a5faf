import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../src/engine/pricing/normal';
import { normalCdfQuintic } from '../../../src/engine/pricing/normal-quintic';

// The kernel's Φ (quintic Hermite on a 1/128 grid over [−9, 9]) against Cody's erfc (normal.ts),
// which normal.test.ts checks against 50-digit values: the kernel's option repricing rests on it.

describe('normalCdfQuintic', () => {
  // Measured: 3.3e-16 absolute at worst (a few ulps of values near 1), and 2.3e-12 relative at worst
  // in the lower tail (near −9, where Φ is 1e-19): the bounds below leave a factor of 3–4.
  const close = (x: number) => {
    const error = Math.abs(normalCdfQuintic(x) - normalCdf(x));
    expect(error, `Φ(${x})`).toBeLessThanOrEqual(1e-15);
    if (x < 0) expect(error / normalCdf(x), `Φ(${x}), relative`).toBeLessThanOrEqual(1e-11);
  };

  it('is Cody\'s Φ to 1e-15 absolute across the table, and to 1e-11 relative in its lower tail', () => {
    for (let x = -9; x <= 9; x += 1 / 1000) close(x);
    fc.assert(fc.property(fc.double({ min: -9, max: 9, noNaN: true }), close), { numRuns: 20_000 });
  });

  it('beyond the table is 1 from 9 up and 0 below −9, where Cody\'s Φ is under 1.2e-19', () => {
    fc.assert(fc.property(fc.double({ min: 9, max: 1e12, noNaN: true }), (x) => {
      expect(normalCdfQuintic(x)).toBe(1);
      expect(normalCdf(x)).toBe(1);
    }), { numRuns: 5_000 });
    fc.assert(fc.property(fc.double({ min: -1e12, max: -9, noNaN: true }), (x) => {
      // Φ(−9) = 1.1285884059538e-19 (50-digit mpmath); the table still holds −9 itself.
      if (x === -9) expect(normalCdfQuintic(x)).toBeCloseTo(1.1285884059538e-19, 30);
      else expect(normalCdfQuintic(x)).toBe(0);
      expect(normalCdf(x)).toBeLessThan(1.2e-19);
    }), { numRuns: 5_000 });
    expect(normalCdfQuintic(-9)).toBeGreaterThan(1.12e-19);
    expect(normalCdfQuintic(Infinity)).toBe(1);
    expect(normalCdfQuintic(-Infinity)).toBe(0);
  });
});
