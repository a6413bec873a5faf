import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refineRoot } from '../../../src/engine/kernel/solve';

// The kernel's root finder: a sign change pinned to adjacent doubles, in few evaluations.

function counted(f: (x: number) => number) {
  const calls = { n: 0 };
  return { calls, f: (x: number) => { calls.n++; return f(x); } };
}

/** The two doubles around x's sign change are adjacent (or x is an exact zero). */
function pinned(f: (x: number) => number, x: number): boolean {
  if (f(x) === 0) return true;
  const up = x + Math.abs(x) * Number.EPSILON * 2;
  const down = x - Math.abs(x) * Number.EPSILON * 2;
  return (f(up) > 0) !== (f(x) > 0) || (f(down) > 0) !== (f(x) > 0);
}

describe('refineRoot (kernel)', () => {
  it('finds the root of a line in a handful of evaluations, not fifty halvings', () => {
    // A surplus like a linear book's: 1 000 000 − 3 000 × (price − 1 500), zero at 1 833.33…; the
    // secant lands on the root at once, within rounding, which left Illinois halving the far end
    // about fifty times before the bracket closed.
    const line = (p: number) => 1_000_000 - 3_000 * (p - 1_500);
    const { f, calls } = counted(line);
    const root = refineRoot(f, 1_480, 2_220, line(1_480), line(2_220));
    expect(root).toBeCloseTo(1_500 + 1_000_000 / 3_000, 9);
    expect(pinned(line, root)).toBe(true);
    expect(calls.n).toBeLessThanOrEqual(8);
  });

  it('pins every root of a kinked line or a smooth curve to adjacent doubles, in at most 25 evaluations', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.boolean(),
        (root, kinkAt, slope, curved) => {
          // Falls with slope `slope` above the kink and twice as steep below it; or a curve (an option-like book).
          const kink = root * kinkAt;
          const f = curved
            ? (p: number) => slope * root * (Math.exp(-(p - root) / root) - 1)
            : (p: number) => (p >= kink ? -slope * (p - root) : -slope * (kink - root) - 2 * slope * (p - kink));
          const a = root * 0.3, b = root * 2.5;
          const { f: g, calls } = counted(f);
          const x = refineRoot(g, a, b, f(a), f(b));
          expect(Math.abs(x - root)).toBeLessThanOrEqual(Math.abs(root) * 1e-12);
          expect(pinned(f, x)).toBe(true);
          expect(calls.n).toBeLessThanOrEqual(25);
        },
      ),
      { numRuns: 500 },
    );
  });
});
