import { describe, expect, it } from 'vitest';
import { createRng, xoshiro128StarStar } from '../../../src/engine/cascade/rng';

describe('the seeded generator', () => {
  it('is xoshiro128**: from state 1, 2, 3, 4 it yields the reference outputs', () => {
    // rotl(2 × 5, 7) × 9 = 1,280 × 9 = 11,520; the next state's s1 is 0, so 0; then 5,927,040 …
    // (Blackman & Vigna's reference C, xoshiro128starstar.c, checked by hand for the first two).
    const next = xoshiro128StarStar(1, 2, 3, 4);
    expect([next(), next(), next(), next()]).toEqual([11520, 0, 5927040, 70819200]);
  });

  it('gives the same stream for the same seed and another for another seed', () => {
    const a = createRng(42), b = createRng(42), c = createRng(43);
    const xs = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(xs);
    a.reseed(42);
    expect(Array.from({ length: 5 }, () => a.uniform())).toEqual(xs);
  });

  it('draws uniforms in [0, 1) and normals with mean 0 and variance 1', () => {
    const rng = createRng(7);
    const n = 200000;
    let sum = 0, squares = 0, low = 1, high = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.uniform();
      low = Math.min(low, u); high = Math.max(high, u);
      const z = rng.normal();
      sum += z; squares += z * z;
    }
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThan(1);
    // Standard errors: 1 / √n ≈ 0.0022 for the mean, √(2 / n) ≈ 0.0032 for the variance.
    expect(Math.abs(sum / n)).toBeLessThan(0.01);
    expect(Math.abs(squares / n - 1)).toBeLessThan(0.015);
  });
});
