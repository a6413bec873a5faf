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

  it('draws the stream a saved seed has always drawn: normals and χ² as the closure version did', () => {
    // Captured from the engine at 9e2e5b4, before the generator became a class: a seed in a saved
    // risk setting must give the same VaR after any rewrite. Seed 1; χ² with ν = 4, 1 and 0.6 (the
    // last takes Gamma's shape < 1 path); then one more normal, after the χ² draws used the cache.
    const random = createRandom(1);
    expect(Array.from({ length: 5 }, () => random.normal())).toEqual([0.41807950315813114, 1.5474222789943104, 0.9990483178021029, -0.02560401304198978, -0.021726761641548742]);
    expect([random.chiSquare(4), random.chiSquare(1), random.chiSquare(0.6)]).toEqual([4.3426753948623, 0.8660551868436809, 3.6626118060616144]);
    expect(random.normal()).toBe(-0.9222378350615393);
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
