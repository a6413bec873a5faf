import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/engine/risk/rng';

describe("the Monte Carlo's normals", () => {
  it('fills an array with the stream normal() gives, the cached second value carried across fills', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 8 }), (seed, lengths) => {
        const one = createRandom(seed), bulk = createRandom(seed);
        for (const length of lengths) {
          const filled = new Float64Array(length);
          bulk.fillNormal(filled);
          const drawn = Float64Array.from({ length }, () => one.normal());
          expect(filled).toEqual(drawn);
        }
        // Both end in the same place: the next draw agrees too.
        expect(bulk.normal()).toBe(one.normal());
      }),
      { numRuns: 300 },
    );
  });

  it('has mean 0 and variance 1', () => {
    const z = new Float64Array(100_001);
    createRandom(11).fillNormal(z);
    let sum = 0, squares = 0;
    for (const x of z) {
      sum += x;
      squares += x * x;
    }
    // Standard errors: 1/√n ≈ 0.0032 for the mean, √(2/n) ≈ 0.0045 for the variance; four of each.
    expect(Math.abs(sum / z.length)).toBeLessThan(0.013);
    expect(Math.abs(squares / z.length - 1)).toBeLessThan(0.018);
  });
});
