import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitmix32, Xoshiro128, xoshiro128StarStar } from '../../../src/engine/random/xoshiro';

const take = (next: () => number, count: number) => Array.from({ length: count }, next);

describe('seeding the generator', () => {
  it('seeds xoshiro128** with four splitmix32 outputs, and a reseed gives the stream a new generator would', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed, other) => {
        const init = splitmix32(seed);
        const reference = take(xoshiro128StarStar(init(), init(), init(), init()), 8);
        const seeded = Xoshiro128.seeded(seed);
        expect(take(() => seeded.next(), 8)).toEqual(reference);
        // Reseeded after drawing from another seed: the same as fresh.
        const reused = Xoshiro128.seeded(other);
        take(() => reused.next(), 3);
        reused.reseed(seed);
        expect(take(() => reused.next(), 8)).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });
});
