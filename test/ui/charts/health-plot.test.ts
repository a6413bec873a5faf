import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curvePath, nearestRow, niceStep, niceTicks } from '../../../src/ui/charts/health-plot';

// The health chart's geometry, drawn as plain SVG: ticks, curve paths and the row under the pointer.

describe('axis ticks', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten', () => {
    // 100 / 4 = 25 → 25; 8 / 4 = 2 → 2; 0.9 / 4 = 0.225 → 0.25; 7 / 4 = 1.75 → 2; 30 / 4 = 7.5 → 10.
    expect(niceStep(100, 4)).toBe(25);
    expect(niceStep(8, 4)).toBe(2);
    expect(niceStep(0.9, 4)).toBe(0.25);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(30, 4)).toBe(10);
    // Float noise a hair over a nice number does not double the step.
    expect(niceStep(0.010000000000000002, 1)).toBe(0.01);
  });

  it('gives the ±50 % range the ticks Recharts gave it, and a narrow range its own', () => {
    expect(niceTicks(-50, 50, 4)).toEqual([-50, -25, 0, 25, 50]);
    // −4.5 … 4.5 over 4 intervals: 9 / 4 = 2.25 → 2.5: −2.5, 0, 2.5 (−5 and 5 lie outside).
    expect(niceTicks(-4.5, 4.5, 4)).toEqual([-2.5, 0, 2.5]);
    // Decimal steps print as decimals: 0.1 + 0.2 is 0.3 here, and 0 is never −0.
    expect(niceTicks(-0.3, 0.3, 6)).toEqual([-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3]);
    expect(Object.is(niceTicks(-1, 1, 2)[1], 0)).toBe(true);
  });

  // At least two intervals asked (as the chart does): the step is then under the span, so some
  // multiple of it lies inside; one interval may round to a step longer than the range.
  it('keeps every tick inside the range, evenly spaced, at least one, whatever the range', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.double({ min: 0.01, max: 2000, noNaN: true }), fc.integer({ min: 2, max: 10 }), (low, span, count) => {
        const high = low + span;
        const ticks = niceTicks(low, high, count);
        expect(ticks.length).toBeGreaterThan(0);
        const step = niceStep(high - low, count);
        for (const t of ticks) {
          expect(t).toBeGreaterThanOrEqual(low - step * 1e-6);
          expect(t).toBeLessThanOrEqual(high + step * 1e-6);
        }
        for (let i = 1; i < ticks.length; i += 1) expect(ticks[i]! - ticks[i - 1]!).toBeCloseTo(step, 6);
      }),
      { seed: 15, numRuns: Number(process.env.PLOT_RUNS ?? 500) },
    );
  });

  it('gives no ticks for a range that is not one', () => {
    expect(niceTicks(Number.NaN, 1, 4)).toEqual([]);
    expect(niceTicks(2, 1, 4)).toEqual([]);
    expect(niceTicks(3, 3, 4)).toEqual([3]);
  });
});

describe('curve paths', () => {
  const id = (v: number) => v;

  it('joins the points, and breaks where a value is missing', () => {
    const points = [
      { x: 0, y: 1 },
      { x: 1, y: 2 },
      { x: 2, y: null },
      { x: 3, y: 3 },
      { x: 4, y: 4 },
    ];
    expect(curvePath(points, -10, 10, id, id)).toBe('M0,1L1,2M3,3L4,4');
  });

  it('cuts a curve where it leaves the band and starts it again where it comes back', () => {
    // Band [0, 10]. (0, 5) → (1, 15) leaves at y = 10, x = 0 + (10 − 5) / (15 − 5) = 0.5;
    // (1, 15) → (2, 5) comes back at x = 1 + (10 − 15) / (5 − 15) = 1.5.
    const points = [
      { x: 0, y: 5 },
      { x: 1, y: 15 },
      { x: 2, y: 5 },
    ];
    expect(curvePath(points, 0, 10, id, id)).toBe('M0,5L0.5,10M1.5,10L2,5');
  });

  it('draws a segment that crosses the whole band from edge to edge', () => {
    // (0, 20) → (1, −20) crosses y = 10 at x = 0.25 and y = 0 at x = 0.5.
    expect(curvePath([{ x: 0, y: 20 }, { x: 1, y: -20 }], 0, 10, id, id)).toBe('M0.25,10L0.5,0');
  });

  it('never puts a coordinate far outside the band, however large the health factor', () => {
    const points = [
      { x: 0, y: 1 },
      { x: 1, y: 1e12 },
      { x: 2, y: Number.POSITIVE_INFINITY },
      { x: 3, y: 2 },
    ];
    const numbers = curvePath(points, -5, 10, id, id).match(/-?[\d.]+(e[+-]?\d+)?/g)!.map(Number);
    expect(numbers.every((n) => Number.isFinite(n) && Math.abs(n) <= 10)).toBe(true);
  });

  it('maps data to pixels with the scales given', () => {
    expect(curvePath([{ x: 1, y: 1 }, { x: 2, y: 2 }], 0, 10, (x) => x * 100, (y) => 300 - y * 10)).toBe('M100,290L200,280');
  });
});

describe('the row under the pointer', () => {
  const moves = [-50, -25, 0, 25, 50];

  it('is the nearest move, the lower one on a tie', () => {
    expect(nearestRow(moves, -60)).toBe(0);
    expect(nearestRow(moves, -13)).toBe(1);
    expect(nearestRow(moves, -12.5)).toBe(1);
    expect(nearestRow(moves, 1)).toBe(2);
    expect(nearestRow(moves, 49)).toBe(4);
    expect(nearestRow(moves, 99)).toBe(4);
  });

  it('is none for no rows or no position', () => {
    expect(nearestRow([], 0)).toBe(-1);
    expect(nearestRow(moves, Number.NaN)).toBe(-1);
  });
});
