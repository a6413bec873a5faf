import type { KernelHealth } from './pool';

// Roots in Float64: the same scan as the exact solver (liquidation/solve.ts) — fine steps near
// today's price first, so the first crossing is found, not a farther one — then the Illinois
// variant of regula falsi down to adjacent doubles.

/** Scale factors applied to a starting price, moving down: 0.1 % steps first, then coarser, to zero. */
export const DOWN_FACTORS: readonly number[] = [
  0.999, 0.9975, 0.995, 0.99, 0.98, 0.97, 0.95, 0.925, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05, 0.01, 0.001, 0,
];

/** Moving up, as far as 1000× today's price: beyond that no liquidation is reported. */
export const UP_FACTORS: readonly number[] = [
  1.001, 1.0025, 1.005, 1.01, 1.02, 1.03, 1.05, 1.075, 1.1, 1.15, 1.2, 1.25, 1.3, 1.4, 1.5, 1.75, 2, 2.5, 3, 4, 5, 7.5, 10, 20, 50, 100, 1000,
];

/**
 * The points of a scan away from `start` worth looking at when only the root nearer to `start` than
 * `other` (a root already found the other way) matters: up to and including the first point at least
 * as far as it. A crossing beyond that point is farther, so the scan stops there; the points kept
 * are the scan's own, so a root it finds is the one the whole scan would find.
 */
export function nearerThan(points: readonly number[], start: number, other: number | null): readonly number[] {
  if (other === null) return points;
  const distance = Math.abs(other - start);
  const last = points.findIndex((x) => Math.abs(x - start) >= distance);
  return last < 0 ? points : points.slice(0, last + 1);
}

const MAX_ITERATIONS = 200;

/**
 * The zero of f between a and b, where f(a) and f(b) differ in sign (Illinois), to adjacent doubles.
 * Where the secant lands on an end (the root lies within rounding of that end, as it does on a
 * piecewise-linear surplus after one step), the next point is taken a few doubles inside that end,
 * four times farther each time, rather than halfway: bisection would spend some fifty steps there.
 */
export function refineRoot(f: (x: number) => number, a: number, b: number, fa: number, fb: number): number {
  let lo = a, hi = b, flo = fa, fhi = fb;
  let side = 0;
  let nudge = 4 * Number.EPSILON;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    let c = hi - (fhi * (hi - lo)) / (fhi - flo);
    const low = Math.min(lo, hi), high = Math.max(lo, hi);
    if (!(c > low && c < high)) {
      const [end, other] = Math.abs(c - lo) <= Math.abs(c - hi) ? [lo, hi] : [hi, lo];
      const step = Math.abs(end) * nudge;
      c = step > 0 && step < Math.abs(other - end) / 2 ? end + Math.sign(other - end) * step : lo + (hi - lo) / 2;
      nudge *= 4;
    }
    // Adjacent doubles: nothing lies between them.
    if (c === lo || c === hi || !(c > low && c < high)) break;
    const fc = f(c);
    if (fc === 0) return c;
    if (fc > 0 === fhi > 0) {
      hi = c; fhi = fc;
      if (side === 1) flo /= 2;
      side = 1;
    } else {
      lo = c; flo = fc;
      if (side === -1) fhi /= 2;
      side = -1;
    }
  }
  return Math.abs(flo) < Math.abs(fhi) ? lo : hi;
}

/** The first point moving from `start` through `points` where f changes sign; null when it never does. */
export function firstCrossing(f: (x: number) => number, start: number, points: readonly number[]): number | null {
  let previous = start;
  let fPrevious = f(start);
  if (fPrevious === 0) return start;
  for (const x of points) {
    const fx = f(x);
    if (fx === 0) return x;
    if (fx > 0 !== fPrevious > 0) return refineRoot(f, previous, x, fPrevious, fx);
    previous = x;
    fPrevious = fx;
  }
  return null;
}

/**
 * The first point along `points` where health reaches 1. A zero of the surplus where nothing is
 * required (an empty book, an option at a price of 0: 0 = 0) is no liquidation.
 */
export function liquidationAlong(health: (x: number) => KernelHealth, start: number, points: readonly number[]): number | null {
  const root = firstCrossing((x) => {
    const h = health(x);
    return h.numerator - h.requirement;
  }, start, points);
  if (root === null) return null;
  return health(root).requirement > 0 ? root : null;
}

/** A surplus at a point, with the parts of it that only rise and only fall as the point rises. */
export interface SplitSurplus {
  surplus: number;
  rising: number;
  falling: number;
}

/** The least a split surplus can be between two points (low below high), less a margin for rounding. */
export function splitLowerBound(low: SplitSurplus, high: SplitSurplus): number {
  const noise = (Math.abs(low.rising) + Math.abs(low.falling) + Math.abs(high.rising) + Math.abs(high.falling)) * 1e-9;
  return low.rising + high.falling - noise;
}

/**
 * `firstCrossing` from a healthy start for a surplus that can be bounded below between two points
 * it was looked at (`lowerBound(low, high)`, low the lesser point; monotone.ts). A run of points is
 * stepped over unseen only where its bound is positive, so the first point whose surplus is not
 * positive is the one the plain scan stops at: the stride doubles while runs clear, and halves where
 * a run does not (its end under water, or its bound not positive), down to looking at the next point
 * itself. The root is then refined between the same two points as `firstCrossing` refines it.
 * `f` returns a fresh value per call.
 */
export function firstCrossingBounded<T extends { surplus: number }>(
  f: (x: number) => T, start: number, points: readonly number[], lowerBound: (low: T, high: T) => number,
  seen: Map<number, T> = new Map(),
  plainSurplus?: (x: number) => number,
): number | null {
  // Each point is looked at once, whether the stride, the scan of a run or the root's refinement asks
  // (`seen`: a scan the other way from the same start passes its own, so the start is looked at once).
  const at = (x: number): T => {
    let v = seen.get(x);
    if (!v) {
      v = f(x);
      seen.set(x, v);
    }
    return v;
  };
  // Points the refinement or a point-by-point scan looks at bound nothing: the surplus alone serves
  // there where the caller has a cheaper way to it (`plainSurplus`, the same number).
  const seenSurplus = (x: number) => at(x).surplus;
  const surplus = plainSurplus ? (x: number) => seen.get(x)?.surplus ?? plainSurplus(x) : seenSurplus;
  if (!(at(start).surplus > 0)) return firstCrossing(surplus, start, points);
  let i = -1;
  // The first points lie 0.1 %, 0.25 %, 0.5 % away: a book that is not that close to liquidation
  // clears the first four at once; one that is costs two more looks to find it.
  let stride = 4;
  // The nearest point seen under water: the first crossing is at or before it, so no look goes past it.
  let underWater = points.length - 1;
  while (i < points.length - 1) {
    const from = i < 0 ? start : points[i]!;
    const j = Math.min(i + stride, underWater);
    const there = at(points[j]!);
    if (!(there.surplus > 0)) underWater = j;
    if (j === i + 1) {
      // Every point up to `from` is healthy: the next one is the crossing if it is not.
      if (!(there.surplus > 0)) return there.surplus === 0 ? points[j]! : refineRoot(surplus, from, points[j]!, at(from).surplus, there.surplus);
      i = j;
      stride *= 2;
    } else if (there.surplus > 0 && (points[j]! > from ? lowerBound(at(from), there) : lowerBound(there, at(from))) > 0) {
      i = j;
      stride *= 2;
    } else {
      stride = Math.max(1, (j - i) >> 1);
    }
  }
  return null;
}
