import type Decimal from 'decimal.js';
import { Dec, EXACT_POWERS } from './money';
import { digitCount, readShort, shortMantissa, shortPlace } from './short-decimals';

// The report's string form of a Decimal: 20 significant digits (half-even), plain notation, no "-0".
// A report writes thousands of figures, each a new value (an edit moves them all): printing a
// double's shortest form (String()) costs ~200 ns when V8's number-string cache misses, which it
// does for new figures; writing the digits from a table of three-digit strings costs ~80.

/** Digits of 0 … 999 written to a fixed width (1, 2 or 3, leading zeros kept), and with no leading zeros. */
const FIXED = [1, 2, 3].map((width) => Array.from({ length: 10 ** width }, (_, i) => String(i).padStart(width, '0')));
const PADDED = FIXED[2]!;
const UNPADDED = Array.from({ length: 1000 }, (_, i) => String(i));

/** n ÷ 1000 rounded down, for an integer 0 ≤ n < 2⁵³: the double quotient can round up to the next integer. */
function thousands(n: number): number {
  const q = Math.floor(n / 1000);
  return n - q * 1000 < 0 ? q - 1 : q;
}

/** The digits of an integer 0 ≤ n < 2⁵³, three at a time from the right. */
function integerDigits(n: number): string {
  if (n < 1000) return UNPADDED[n]!;
  let q = thousands(n);
  let text = PADDED[n - q * 1000]!;
  while (q >= 1000) {
    const next = thousands(q);
    text = PADDED[q - next * 1000]! + text;
    q = next;
  }
  return UNPADDED[q]! + text;
}

/** The digits of an integer 0 ≤ n < 10^width, zero-padded on the left to `width`. */
function paddedDigits(n: number, width: number): string {
  let text = '';
  while (width > 3) {
    const q = thousands(n);
    text = PADDED[n - q * 1000]! + text;
    n = q;
    width -= 3;
  }
  return FIXED[width - 1]![n]! + text;
}

const REPORT_DIGITS = 20;

/**
 * The same string as `value.toSignificantDigits(20).toString()` (decimal.js's own, which
 * test/engine/valuation/decimal-string.test.ts holds it to), read in one pass from the digits,
 * exponent and sign decimal.js documents as read-only (`d`, `e`, `s`): rounding first built a copy
 * of each figure only to print it.
 */
export function toDecimalString(value: Decimal): string {
  const { d, e } = value;
  // NaN, ±Infinity, exponents past toExpNeg/toExpPos (never a figure) and a Decimal of another
  // configuration (its own rounding mode): decimal.js's own route.
  if (!d || e <= -9e15 || e >= 9e15 || value.constructor !== Dec) return slowDecimalString(value);
  if (d[0] === 0) return '0';
  // A short decimal (an integer below 2⁵³ and a place: sixteen digits at most, so nothing to round),
  // the figures most of a report is.
  if (readShort(value)) {
    const signed = shortMantissa(), place = shortPlace();
    const m = signed < 0 ? -signed : signed;
    const sign = signed < 0 ? '-' : '';
    if (place >= 0) return sign + integerDigits(m) + (place === 0 ? '' : '0'.repeat(place));
    const places = -place;
    const count = digitCount(m);
    if (places >= count) return sign + '0.' + '0'.repeat(places - count) + integerDigits(m);
    // places < count ≤ 16: 10^places is exact, and so are the whole part's product and the remainder.
    const unit = EXACT_POWERS[places]!;
    let whole = Math.floor(m / unit);
    if (m - whole * unit < 0) whole--;
    return sign + integerDigits(whole) + '.' + paddedDigits(m - whole * unit, places);
  }
  return longDecimalString(value, d, e);
}

/** Seventeen digits or more: the words as they stand, rounded half-even at the twentieth digit. */
function longDecimalString(value: Decimal, d: readonly number[], e: number): string {
  // Base 1e7 words, every word after the first zero-padded to 7, read only as far as the rounding
  // digit: a word left unread means a non-zero digit past it (the last word is non-zero).
  let digits = integerDigits(d[0]!);
  let i = 1;
  for (; i < d.length && digits.length <= REPORT_DIGITS; i++) digits += paddedDigits(d[i]!, 7);
  let end = digits.length;
  while (digits.charCodeAt(end - 1) === 48) end--;
  let exponent = e;
  if (end > REPORT_DIGITS) {
    // Half-even at the 20th digit: up past a half, or at exactly a half (nothing non-zero after the
    // 21st digit) when the 20th is odd.
    const next = digits.charCodeAt(REPORT_DIGITS) - 48;
    const up = next > 5 || (next === 5 && (i < d.length || end > REPORT_DIGITS + 1 || (digits.charCodeAt(REPORT_DIGITS - 1) - 48) % 2 === 1));
    digits = digits.slice(0, REPORT_DIGITS);
    if (up) {
      let k = REPORT_DIGITS - 1;
      while (k >= 0 && digits.charCodeAt(k) === 57) k--;
      if (k < 0) {
        // 99…9 rounds to 1 at the next power of ten.
        digits = '1';
        exponent++;
      } else digits = digits.slice(0, k) + String.fromCharCode(digits.charCodeAt(k) + 1);
    }
    end = digits.length;
    while (digits.charCodeAt(end - 1) === 48) end--;
  }
  if (end !== digits.length) digits = digits.slice(0, end);
  let plain: string;
  if (exponent < 0) plain = '0.' + '0'.repeat(-exponent - 1) + digits;
  else if (exponent >= end) plain = digits + '0'.repeat(exponent + 1 - end);
  else if (exponent + 1 < end) plain = digits.slice(0, exponent + 1) + '.' + digits.slice(exponent + 1);
  else plain = digits;
  return value.s < 0 ? '-' + plain : plain;
}

function slowDecimalString(value: Decimal): string {
  if (value.isZero()) return '0';
  if (value.sd() <= REPORT_DIGITS) return value.toString();
  const rounded = value.toSignificantDigits(REPORT_DIGITS);
  return rounded.isZero() ? '0' : rounded.toString();
}
