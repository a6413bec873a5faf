import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileBook } from '../../../src/engine/kernel/book';
import { jointLiquidationFactors } from '../../../src/engine/kernel/liquidation';
import { poolAt } from '../../../src/engine/kernel/pool';
import { nearerThan, UP_FACTORS } from '../../../src/engine/kernel/solve';
import { makeContext } from '../../../src/engine/valuation/context';
import { portfolioArbitrary } from '../fixtures/arbitrary-portfolio';

// A regime's survivable move reads only the nearer of the two joint roots, so the rise is scanned no
// farther than the fall found. The nearer root must be the one the whole scan gives.

/** The nearer of a fall and a rise (factors, from 1), the fall winning a tie, as the regimes pick it. */
const nearer = (pair: { down: number | null; up: number | null }): number | null =>
  pair.down === null ? pair.up : pair.up === null || Math.abs(pair.down - 1) <= Math.abs(pair.up - 1) ? pair.down : pair.up;

describe('nearerThan', () => {
  it('keeps the scan up to and including its first point at least as far as the other root', () => {
    // A fall to 0.9 is 0.1 away: the rise is scanned through 1.1 (the first factor 0.1 or more away), no farther.
    const kept = nearerThan(UP_FACTORS, 1, 0.9);
    expect(kept.at(-1)).toBe(1.1);
    expect(kept).toEqual(UP_FACTORS.slice(0, UP_FACTORS.indexOf(1.1) + 1));
    // No root the other way: the whole scan; a root farther than every point: the whole scan too.
    expect(nearerThan(UP_FACTORS, 1, null)).toBe(UP_FACTORS);
    expect(nearerThan([1.5, 2], 1, -5)).toEqual([1.5, 2]);
  });

  it('finds the same nearer joint root as the whole scan, on random books under every rule set', () => {
    fc.assert(fc.property(portfolioArbitrary({ rules: ['generic-cex', 'lending', 'portfolio'] }), (p) => {
      const book = compileBook(makeContext(p));
      const pool = poolAt(book);
      const whole = jointLiquidationFactors(book, pool);
      const nearestOnly = jointLiquidationFactors(book, pool, true);
      expect(nearestOnly.down).toBe(whole.down);
      expect(nearer(nearestOnly)).toBe(nearer(whole));
    }), { numRuns: 300 });
  });
});
