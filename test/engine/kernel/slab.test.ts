import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyOf, doubles } from '../../../src/engine/kernel/slab';

// The kernel's buffers are views on shared slabs: each must start at zero and never share a double with another.

describe('doubles', () => {
  it('hands out zeroed buffers of the length asked that never overlap, across slabs', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 60 }), (lengths) => {
      const buffers = lengths.map((n, k) => {
        const b = doubles(n);
        expect(b.length).toBe(n);
        expect(b.every((x) => x === 0)).toBe(true);
        b.fill(k + 1);
        return b;
      });
      // Every buffer still holds its own mark: no later one was cut from the same doubles.
      buffers.forEach((b, k) => expect(b.every((x) => x === k + 1)).toBe(true));
    }), { numRuns: 200 });
  });

  it('copies a source into a buffer of its own', () => {
    // A pool's rows, as the sweeps copy them: past 8 doubles, so the copy is cut from a slab.
    const source = Float64Array.from({ length: 20 }, (_, i) => i * 1.5 - 3);
    const copy = copyOf(source);
    expect(copy).not.toBe(source);
    expect([...copy]).toEqual([...source]);
    copy[0] = 9;
    expect(source[0]).toBe(-3);
  });
});
