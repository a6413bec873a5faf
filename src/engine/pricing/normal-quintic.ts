import { normalCdf, normalPdf } from './normal';

// Φ for the kernel's sweeps, which reprice every option at every point of every solve: quintic
// Hermite interpolation of Φ from its value, slope φ and curvature −xφ on a 1/128 grid over
// [−9, 9]. The error bound h⁶/46080 · max|Φ⁽⁶⁾| is about 1e-16, below a double's own rounding of
// Φ, so the kernel agrees with the exact path (`normalCdf`, Cody's erfc) to the last digit that
// counts, at a fraction of its cost (no exp per call). A test holds the two together.

const STEP = 1 / 128;
const LIMIT = 9;
const INTERVALS = Math.round((2 * LIMIT) / STEP);

/**
 * Each interval's quintic as six coefficients in powers of t ∈ [0, 1], side by side: a call reads
 * one run of six numbers and evaluates by Horner's rule, which is a fifth of the work of summing
 * the six Hermite basis polynomials. The Hermite form's terms in v₁ − v₀ are taken as that
 * difference, so no coefficient is a small difference of large numbers.
 */
// One interval more than the grid's: just below 9 the position can round up to the table's end, and
// that point reads Φ(9) (1 in doubles) from the extra interval without a bound check (bytecode the
// kernel's Black-76 needs for V8 to inline it twice into a scenario loop).
const coefficients = new Float64Array((INTERVALS + 1) * 6);
{
  const node = (x: number) => {
    const density = normalPdf(x);
    return { value: normalCdf(x), slope: density * STEP, curvature: -x * density * STEP * STEP };
  };
  let left = node(-LIMIT);
  for (let i = 0; i < INTERVALS; i++) {
    const right = node(-LIMIT + (i + 1) * STEP);
    const rise = right.value - left.value;
    const s0 = left.slope, s1 = right.slope, c0 = left.curvature, c1 = right.curvature;
    const o = 6 * i;
    coefficients[o] = left.value;
    coefficients[o + 1] = s0;
    coefficients[o + 2] = 0.5 * c0;
    coefficients[o + 3] = 10 * rise - 6 * s0 - 4 * s1 - 1.5 * c0 + 0.5 * c1;
    coefficients[o + 4] = -15 * rise + 8 * s0 + 7 * s1 + 1.5 * c0 - c1;
    coefficients[o + 5] = 6 * rise - 3 * s0 - 3 * s1 - 0.5 * c0 + 0.5 * c1;
    left = right;
  }
  coefficients[6 * INTERVALS] = left.value;
}

/**
 * Φ(x) on the table; 1 from 9 up and 0 below −9. Φ(−9) is 1.1e-19: 3,000 times under the table's
 * own error (3.3e-16), so a term it multiplies is under the rounding of any sum it enters. Below
 * the table this was Cody's erfc (normal.ts), a call V8 does not inline into the kernel's loops:
 * it boxed each result, 3 MB of garbage a 1,000-position report, and its bytecode pushed Black-76
 * past V8's inlining budget for the scenario loop.
 */
export function normalCdfQuintic(x: number): number {
  if (x < -LIMIT) return 0;
  // Φ(9) is 1 − 1.1e-19, which rounds to 1 (normalCdf returns exactly 1 from x ≈ 8.29 on): deep in
  // the money, at the far factors of a joint scan, this saves Cody's two exps per call.
  if (x >= LIMIT) return 1;
  // × 128 rather than ÷ STEP: the same double (a power of two), without a division.
  const position = (x + LIMIT) * 128;
  const i = Math.floor(position);
  const t = position - i;
  const o = 6 * i;
  return ((((coefficients[o + 5]! * t + coefficients[o + 4]!) * t + coefficients[o + 3]!) * t + coefficients[o + 2]!) * t + coefficients[o + 1]!) * t + coefficients[o]!;
}
