import type Decimal from 'decimal.js';
import type { Health } from '../margin/pool';
import { Dec } from '../money';

/** Relative width at which a bracket counts as converged: far below a cent on any price. */
const TOLERANCE = new Dec('1e-30');
const MAX_ITERATIONS = 300;

/** Scale factors applied to a starting price, moving down: 0.1 % steps first, then coarser, to zero. */
export const DOWN_FACTORS: readonly Decimal[] = [
  '0.999', '0.9975', '0.995', '0.99', '0.98', '0.97', '0.95', '0.925', '0.9', '0.85', '0.8', '0.75', '0.7',
  '0.65', '0.6', '0.5', '0.4', '0.3', '0.2', '0.1', '0.05', '0.01', '0.001', '0',
].map((f) => new Dec(f));

/** Moving up, as far as 1000× today's price: beyond that no liquidation is reported. */
export const UP_FACTORS: readonly Decimal[] = [
  '1.001', '1.0025', '1.005', '1.01', '1.02', '1.03', '1.05', '1.075', '1.1', '1.15', '1.2', '1.25', '1.3',
  '1.4', '1.5', '1.75', '2', '2.5', '3', '4', '5', '7.5', '10', '20', '50', '100', '1000',
].map((f) => new Dec(f));

function sign(x: Decimal): number {
  return x.isZero() ? 0 : x.isNegative() ? -1 : 1;
}

/**
 * The zero of f between a and b, where f(a) and f(b) differ in sign, by the Illinois variant of
 * regula falsi: exact in one or two steps on the piecewise-linear health of a linear book, and
 * safe (always bracketed) on the curved health of options.
 */
export function refineRoot(f: (x: Decimal) => Decimal, a: Decimal, b: Decimal, fa: Decimal, fb: Decimal): Decimal {
  let lo = a, hi = b, flo = fa, fhi = fb;
  let side = 0;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const denominator = fhi.minus(flo);
    let c = denominator.isZero() ? lo.plus(hi).div(2) : hi.minus(fhi.times(hi.minus(lo)).div(denominator));
    // Guard against a step that leaves the bracket through rounding.
    if (c.lessThan(Dec.min(lo, hi)) || c.greaterThan(Dec.max(lo, hi))) c = lo.plus(hi).div(2);
    const fc = f(c);
    if (fc.isZero()) return c;
    if (sign(fc) === sign(fhi)) {
      hi = c; fhi = fc;
      if (side === 1) flo = flo.div(2);
      side = 1;
    } else {
      lo = c; flo = fc;
      if (side === -1) fhi = fhi.div(2);
      side = -1;
    }
    const width = hi.minus(lo).abs();
    if (width.lessThanOrEqualTo(TOLERANCE.times(Dec.max(hi.abs(), lo.abs(), new Dec('1e-12'))))) break;
  }
  // The end with the smaller residual.
  return flo.abs().lessThan(fhi.abs()) ? lo : hi;
}

/**
 * The first point, moving from `start` through `points` (in order, away from start), where f
 * changes sign; null when it never does along them. f(start) = 0 returns start.
 */
function firstCrossing(f: (x: Decimal) => Decimal, start: Decimal, points: readonly Decimal[]): Decimal | null {
  let previous = start;
  let fPrevious = f(start);
  if (fPrevious.isZero()) return start;
  for (const x of points) {
    const fx = f(x);
    if (fx.isZero()) return x;
    if (sign(fx) !== sign(fPrevious)) return refineRoot(f, previous, x, fPrevious, fx);
    previous = x;
    fPrevious = fx;
  }
  return null;
}

/**
 * The first point along `points` where health (numerator against requirement) reaches 1. A zero
 * of the surplus where nothing is required (an empty book, or an option at a price of 0: 0 = 0)
 * is no liquidation, so it is not reported.
 */
export function liquidationAlong(health: (x: Decimal) => Health, start: Decimal, points: readonly Decimal[]): Decimal | null {
  const root = firstCrossing((x) => {
    const h = health(x);
    return h.numerator.minus(h.requirement);
  }, start, points);
  if (root === null) return null;
  const requirement = health(root).requirement;
  return requirement.isZero() || requirement.isNegative() ? null : root;
}
