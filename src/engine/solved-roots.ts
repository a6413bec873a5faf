import type Decimal from 'decimal.js';
import type { KernelPair } from './kernel/liquidation';
import { refineRoot } from './liquidation/solve';
import { dec } from './money';

// How a root solved on the kernel is reported: its double where that holds health 1 to 1e-13 on the
// exact path, polished in decimals only where it does not.

/** A solved price or factor: the double from the kernel, and the exact decimal where the double could not hold health 1 to 1e-12. */
export interface SolvedRoot {
  value: number;
  exact: Decimal | null;
}

export interface SolvedPair {
  down: SolvedRoot | null;
  up: SolvedRoot | null;
  /** Why there is nothing to solve for. */
  reason?: string;
}

/**
 * A root polished on the exact decimal path: the exact surplus changes sign within a few ulps of the
 * kernel's double; regula falsi in 40 digits then lands on health 1.
 */
function polish(surplus: (x: Decimal) => Decimal, root: number): Decimal {
  const x = dec(root);
  const fx = surplus(x);
  if (fx.isZero()) return x;
  for (const width of ['1e-15', '1e-13', '1e-11', '1e-9']) {
    const lo = x.times(dec(1).minus(width));
    const hi = x.times(dec(1).plus(width));
    const flo = surplus(lo);
    const fhi = surplus(hi);
    if (flo.isNegative() !== fhi.isNegative()) return refineRoot(surplus, lo, hi, flo, fhi);
  }
  return x;
}

type ExactHealth = (x: Decimal) => { numerator: Decimal; requirement: Decimal };

/** Health 1 to 1e-13 relative, measured exactly: ten times inside what the report promises. */
const EXACT_ENOUGH = dec('1e-13');

/**
 * A kernel root as reported. The kernel's own rounding bound (`isDouble`) clears most roots; where it
 * cannot, one exact valuation at the double usually shows it holds health 1 anyway (the bound is a
 * worst case), and only a root that truly misses is polished.
 */
export function solvedPair(pair: KernelPair, isDouble: (root: number) => boolean, exactHealth: () => ExactHealth): SolvedPair {
  let health: ExactHealth | null = null;
  const solved = (root: number | null): SolvedRoot | null => {
    if (root === null) return null;
    if (isDouble(root)) return { value: root, exact: null };
    const exact = (health ??= exactHealth());
    const at = exact(dec(root));
    const holds = at.requirement.isPositive() && at.numerator.minus(at.requirement).abs().lessThanOrEqualTo(at.requirement.times(EXACT_ENOUGH));
    if (holds) return { value: root, exact: null };
    return { value: root, exact: polish((x) => { const h = exact(x); return h.numerator.minus(h.requirement); }, root) };
  };
  return { down: solved(pair.down), up: solved(pair.up) };
}
