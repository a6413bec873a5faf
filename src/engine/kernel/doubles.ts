import type Decimal from 'decimal.js';

// A Decimal as a double, for the kernel's compile step, which reads every number of the book once
// per evaluation. decimal.js's toNumber() writes the value out as a string and parses it back;
// for the short decimals people type (at most 14 significant digits) the double can be built
// from the digits directly, with the same result.

/** Powers of ten a double holds exactly: 10²² is the last. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** The number of decimal digits of a positive integer below 10⁷ (decimal.js's word). */
function digitsOf(word: number): number {
  let n = 1;
  while (n < 7 && word >= EXACT_POWERS[n]!) n++;
  return n;
}

/**
 * `x.toNumber()`, faster for short decimals. decimal.js documents a Decimal's `d` (base-10⁷ words,
 * the first without leading zeros), `e` (the exponent of the leading digit) and `s` (sign). Up to
 * two words the significand M (≤ 14 digits) is below 2⁵³, so M and 10ᵏ (k ≤ 22) are exact doubles,
 * and one multiplication or division of them is correctly rounded: the nearest double to the
 * value, which is what parsing its string gives (Clinger's fast path). Anything else takes toNumber().
 */
export function toDouble(x: Decimal): number {
  const words = x.d as number[] | null;
  if (!words || words.length > 2) return x.toNumber();
  const significand = words.length === 1 ? words[0]! : words[0]! * 1e7 + words[1]!;
  const scale = x.e - (digitsOf(words[0]!) + 7 * (words.length - 1)) + 1;
  if (scale > 22 || scale < -22) return x.toNumber();
  const magnitude = scale >= 0 ? significand * EXACT_POWERS[scale]! : significand / EXACT_POWERS[-scale]!;
  return x.s < 0 ? -magnitude : magnitude;
}
