import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Portfolio } from '../../../src/engine/index';
import { compileBook } from '../../../src/engine/kernel/book';
import { moveJointly } from '../../../src/engine/kernel/liquidation';
import { portfolioBounds, surplusParts, surplusSplits, type PortfolioPoint } from '../../../src/engine/kernel/monotone';
import { movePool, poolAt, poolHealth, type PoolRows } from '../../../src/engine/kernel/pool';
import { firstCrossing, firstCrossingBounded, splitLowerBound, type SplitSurplus } from '../../../src/engine/kernel/solve';
import { makeContext } from '../../../src/engine/valuation/context';
import { portfolioArbitrary } from '../fixtures/arbitrary-portfolio';

// The split that lets a liquidation scan step over runs of prices it can prove healthy: the pool's
// surplus as a part that never falls and a part that never rises as every price rises together.

const FACTORS = [0, 0.001, 0.05, 0.2, 0.5, 0.8, 0.95, 0.99, 1, 1.01, 1.05, 1.2, 1.5, 2, 3, 5, 10, 50, 1000];

function sweep(p: Portfolio) {
  const book = compileBook(makeContext(p));
  const pool = poolAt(book);
  const work: PoolRows = { rows: Float64Array.from(pool.rows), prices: Float64Array.from(pool.prices) };
  return {
    book,
    at: (k: number) => {
      moveJointly(book, pool, work, k);
      const h = poolHealth(book, work.rows);
      return { health: h, parts: surplusParts(book, work.rows, { surplus: 0, rising: 0, falling: 0 }) };
    },
  };
}

describe('the rising/falling split of the surplus (kernel/monotone.ts)', () => {
  it('adds up to the surplus, and each part moves only its own way along a joint move, for every book it is claimed for', () => {
    let claimed = 0;
    fc.assert(
      fc.property(portfolioArbitrary(), (p) => {
        const { book, at } = sweep(p);
        if (!surplusSplits(book)) return;
        claimed++;
        let previous: ReturnType<typeof at> | null = null;
        for (const k of FACTORS) {
          const now = at(k);
          const { numerator, requirement, gross = 0 } = now.health;
          const scale = Math.max(1, gross, Math.abs(now.parts.rising), Math.abs(now.parts.falling));
          expect(Math.abs(now.parts.surplus - (numerator - requirement))).toBeLessThanOrEqual(1e-9 * scale);
          if (previous) {
            expect(now.parts.rising, `rising part at ×${k}`).toBeGreaterThanOrEqual(previous.parts.rising - 1e-9 * scale);
            expect(now.parts.falling, `falling part at ×${k}`).toBeLessThanOrEqual(previous.parts.falling + 1e-9 * scale);
          }
          previous = now;
        }
      }),
      { numRuns: 300 },
    );
    // The property must have been exercised, not skipped: exchange and lending books are claimed.
    expect(claimed).toBeGreaterThan(50);
  });

  it('is not claimed under portfolio margin, whose requirement is the worst of repriced scenarios', () => {
    fc.assert(fc.property(portfolioArbitrary(), (p) => {
      expect(surplusSplits(compileBook(makeContext({ ...p, rules: 'portfolio' })))).toBe(false);
    }), { numRuns: 30 });
  });

  it('finds the same first crossing as the point-by-point scan, looking at fewer points', () => {
    // Surplus 100 − 30·x: rising 100 + 10·x, falling −40·x; the first scan point past the root 3⅓ is 5.
    const points = [1.5, 2, 2.5, 3, 4, 5, 7.5, 10];
    let looked = 0;
    const split = (x: number): SplitSurplus => {
      looked++;
      return { surplus: 100 - 30 * x, rising: 100 + 10 * x, falling: -40 * x };
    };
    const plain = firstCrossing((x) => 100 - 30 * x, 1, points);
    const bounded = firstCrossingBounded(split, 1, points, splitLowerBound);
    expect(bounded).toBe(plain);
    expect(bounded).toBeCloseTo(10 / 3, 12);
    // A run that the bound clears is not looked at: a surplus of 1000 − x over prices 1 … 10 never crosses.
    looked = 0;
    expect(firstCrossingBounded((x: number) => { looked++; return { surplus: 1000 - x, rising: 1000, falling: -x }; }, 1, points, splitLowerBound)).toBeNull();
    expect(looked).toBeLessThan(points.length);
  });

  it('stops at the same point as the plain scan on any split surplus, and looks at fewer points past a long healthy run', () => {
    // rising(x) = a + b·x + c·x², falling(x) = −d − e·x − g·x² (b, c, e, g ≥ 0): each moves one way for x ≥ 0.
    const coefficient = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(fc.property(fc.double({ min: -50, max: 500, noNaN: true }), coefficient, coefficient, coefficient, coefficient, coefficient, (a, b, c, d, e, g) => {
      const split = (x: number): SplitSurplus => {
        const rising = a + b * x + c * x * x;
        const falling = -d - e * x - g * x * x;
        return { surplus: rising + falling, rising, falling };
      };
      const plain = (x: number) => split(x).surplus;
      for (const points of [[1.001, 1.01, 1.1, 1.5, 2, 3, 5, 10, 50, 100, 1000], [0.999, 0.99, 0.9, 0.5, 0.2, 0.05, 0]]) {
        expect(firstCrossingBounded(split, 1, points, splitLowerBound)).toBe(firstCrossing(plain, 1, points));
      }
    }), { numRuns: 2000 });
    // Surplus 1000 − x, zero at 1000. The first stride (4) clears 1.001 … 1.5, the next reaches 2000,
    // under water; halving it clears 1.5 … 10, then 10 … 100, and 1000 is the crossing: 1, 1.5, 2000,
    // 10, 100, 1000 looked at. A plain scan looks at all 11 points up to 1000.
    const points = [1.001, 1.01, 1.1, 1.5, 2, 3, 5, 10, 50, 100, 1000, 2000];
    let looked = 0;
    const root = firstCrossingBounded((x: number) => { looked++; return { surplus: 1000 - x, rising: 1000, falling: -x }; }, 1, points, splitLowerBound);
    expect(root).toBe(1000);
    expect(looked).toBe(6);
  });

  /** Every point of the stretch ×from … ×(from + width), looked at by `at`, is at least the bound its ends give. */
  // Stretches spread evenly over the factors ×0 … ×5, today's ×1 among them, as the scans' are: fc.double
  // spreads its draws over the doubles, nine in ten of them below ×0.1.
  const stretchStart = fc.integer({ min: 0, max: 3000 }).map((i) => i / 1000);
  const stretchWidth = fc.integer({ min: 1, max: 2000 }).map((i) => i / 1000);

  function expectBounded(bounds: ReturnType<typeof portfolioBounds>, at: (k: number) => PortfolioPoint, from: number, width: number, what: string): void {
    const low = at(from);
    const high = at(from + width);
    const bound = bounds.lowerBound(low, high);
    for (let i = 0; i <= 20; i++) {
      const k = from + (width * i) / 20;
      const { surplus } = at(k);
      const scale = Math.max(1, Math.abs(surplus), Math.abs(low.numeratorRising), Math.abs(high.numeratorFalling));
      expect(surplus, `surplus at ×${k} of ${what} against the bound over ×${from} … ×${from + width}`).toBeGreaterThanOrEqual(bound - 1e-9 * scale);
    }
  }

  /** A portfolio-margin book at its prices, a scratch pool to move, and the bounds over `moving` (every asset if undefined). */
  function portfolioSetup(p: Portfolio, moving?: number) {
    const book = compileBook(makeContext({ ...p, rules: 'portfolio' }));
    const pool = poolAt(book);
    const work: PoolRows = { rows: Float64Array.from(pool.rows), prices: Float64Array.from(pool.prices) };
    const bounds = portfolioBounds(book, moving);
    const point = () => {
      const h = poolHealth(book, work.rows);
      return bounds.point(work.rows, h.numerator - h.requirement);
    };
    return { book, pool, work, bounds, point };
  }

  it('under portfolio margin, bounds the surplus from below over a stretch of joint moves: every point in it is at least the bound', () => {
    fc.assert(
      fc.property(portfolioArbitrary(), stretchStart, stretchWidth, (p, from, width) => {
        const { book, pool, work, bounds, point } = portfolioSetup(p);
        expectBounded(bounds, (k) => {
          moveJointly(book, pool, work, k, bounds.lossPartsOf);
          return point();
        }, from, width, 'every asset');
      }),
      { numRuns: 200 },
    );
  });

  it('under portfolio margin, bounds the surplus over a stretch of one asset\'s prices, the others held', () => {
    fc.assert(
      fc.property(portfolioArbitrary(), fc.nat(), stretchStart, stretchWidth, (p, pick, from, width) => {
        // Stable assets included: the evaluation scans every exposed asset but the quote.
        const exposed = compileBook(makeContext({ ...p, rules: 'portfolio' })).assets.filter((a) => a.exposed && a.symbol !== p.quote);
        if (exposed.length === 0) return;
        const index = exposed[pick % exposed.length]!.index;
        const { book, pool, work, bounds, point } = portfolioSetup(p, index);
        expectBounded(bounds, (k) => {
          movePool(book, work, index, pool.prices[index]! * k, bounds.lossPartsOf(index));
          return point();
        }, from, width, book.assets[index]!.symbol);
      }),
      { numRuns: 300 },
    );
  });
});
