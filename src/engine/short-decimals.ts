import type Decimal from 'decimal.js';
import { decimalOf, Dec, EXACT_POWERS, ZERO } from './money';

// Exact arithmetic on short decimals in doubles, for the figures every report works out for every
// position (notional, PnL, margins, and their sums by asset). A file's quantities, prices and
// rates have a few digits each: 0.37 BTC × 61,250.5 is 22,662.685, the integer 22662685 with
// three places, which a double holds exactly. Each operand is read as an integer and a power of
// ten from decimal.js's own form (`d`, `e`, `s`, which money.ts reads too); the integers multiply
// and add in doubles while every value stays below 2⁵³, so every step is exact and nothing needs
// the rounding decimal.js would check for; the result is written back in decimal.js's form. A
// chain of operations writes one Decimal, not one per step, and a sum of a thousand figures
// writes one. Anything longer, a zero result (decimal.js keeps signed zeros) or a Decimal of
// another configuration takes decimal.js's own route. Either way the result is the Decimal
// decimal.js's chain returns, words and all: test/engine/valuation/short-decimals.test.ts holds them together.

const WORD = 1e7;
const SAFE = 2 ** 53;
const POWERS = EXACT_POWERS;

/** Decimal digits of a positive integer below 2⁵³. */
export function digitCount(m: number): number {
  let n = 1;
  while (n < 16 && m >= POWERS[n]!) n++;
  return n;
}

// The operand last read, as an integer and the place of its units digit: fields, not an object per call.
let mantissa = 0;
let place = 0;

/** Reads x into mantissa/place; false when it has no short form (too many digits, zero, not finite, another configuration). */
function read(x: Decimal): boolean {
  const { d } = x;
  if (!d || d.length > 3 || x.constructor !== Dec) return false;
  const first = d[0]!;
  if (first === 0) return false;
  const n = d.length;
  // The last word pads its digits with zeros to seven: dropped, they would only use up the headroom.
  // Words are below 1e7, so this is small-integer arithmetic (a double's % is a libm call).
  let last = d[n - 1]!;
  let zeros = 0;
  while (last % 10 === 0) {
    last /= 10;
    zeros++;
  }
  let m: number;
  if (n === 1) m = last;
  else {
    m = first;
    for (let i = 1; i < n - 1; i++) m = m * WORD + d[i]!;
    m = m * POWERS[7 - zeros]! + last;
  }
  // Rounding is monotone: a true value of 2⁵³ or more cannot come out below it.
  if (m >= SAFE) return false;
  mantissa = x.s < 0 ? -m : m;
  place = x.e - digitCount(first) + 1 - 7 * (n - 1) + zeros;
  return true;
}

/**
 * For a writer of the short form (decimal-string.ts): true when x has one, which `shortMantissa()`
 * (signed) and `shortPlace()` then hold until the next read.
 */
export function readShort(x: Decimal): boolean {
  return read(x);
}
export const shortMantissa = (): number => mantissa;
export const shortPlace = (): number => place;

/** m ÷ divisor rounded down, for 0 ≤ m < 2⁵³, with `remainder` set: the quotient's rounding corrected. */
let remainder = 0;
function divide(m: number, divisor: number): number {
  let q = Math.floor(m / divisor);
  let r = m - q * divisor;
  if (r < 0) {
    q--;
    r += divisor;
  } else if (r >= divisor) {
    q++;
    r -= divisor;
  }
  remainder = r;
  return q;
}

/** The Decimal of m × 10^p (m a non-zero integer of magnitude below 2⁵³), as decimal.js writes it. */
function write(m: number, p: number): Decimal {
  const negative = m < 0;
  const size = negative ? -m : m;
  // Words cover the places [7j, 7j + 6]: the lowest holds m's lowest digits shifted up to its
  // boundary. Zero words at the low end are dropped, as decimal.js drops them. Each word goes in as
  // a small integer (| 0): decimal.js's arrays hold small integers, and its loops stay on that kind.
  const shift = ((p % 7) + 7) % 7;
  let rest = divide(size, POWERS[7 - shift]!);
  let w0 = (remainder * POWERS[shift]!) | 0;
  let w1 = 0, w2 = 0, w3 = 0;
  let count = w0 === 0 ? 0 : 1;
  // At most four words: sixteen digits shifted by up to six places.
  while (rest > 0) {
    rest = divide(rest, WORD);
    const word = remainder | 0;
    if (count === 0) {
      if (word === 0) continue;
      w0 = word;
    } else if (count === 1) w1 = word;
    else if (count === 2) w2 = word;
    else w3 = word;
    count++;
  }
  const d = count === 1 ? [w0] : count === 2 ? [w1, w0] : count === 3 ? [w2, w1, w0] : [w3, w2, w1, w0];
  return decimalOf(negative ? -1 : 1, p + digitCount(size) - 1, d);
}

/**
 * `x.toNumber()`, faster for short decimals (the kernel's compile reads every number of the book
 * through it): the integer and 10^k (k ≤ 22) are exact doubles, so one multiplication or division
 * of them is correctly rounded, the nearest double to the value, which is what decimal.js's
 * toNumber() gets by writing the value out and parsing it (Clinger's fast path).
 */
export function toDouble(x: Decimal): number {
  if (!read(x) || place > 22 || place < -22) return x.toNumber();
  return place >= 0 ? mantissa * POWERS[place]! : mantissa / POWERS[-place]!;
}

/**
 * x as a double within about 1e-14 of it, for a test with a tolerance: the first three words (at
 * least fifteen digits) and the exponent, where toNumber() writes out and parses all forty digits
 * of a quotient. Short decimals read exactly, as toDouble.
 */
export function roughDouble(x: Decimal): number {
  const { d } = x;
  if (!d || d.length <= 3 || x.constructor !== Dec) return toDouble(x);
  const m = (d[0]! * WORD + d[1]!) * WORD + d[2]!;
  const p = x.e - digitCount(d[0]!) + 1 - 14;
  const magnitude = p >= 0 ? (p <= 22 ? m * POWERS[p]! : m * 10 ** p) : p >= -22 ? m / POWERS[-p]! : m / 10 ** -p;
  return x.s < 0 ? -magnitude : magnitude;
}

/** a × 10^k for an integer a, or NaN past 2⁵³ (then nothing exact is left to do in doubles). */
function scaled(a: number, k: number): number {
  if (k === 0) return a;
  if (k > 15) return NaN;
  const out = a * POWERS[k]!;
  return Math.abs(out) < SAFE ? out : NaN;
}

/** x ≤ y: decimal.js's `x.lessThanOrEqualTo(y)`, without the copy of y decimal.js makes for every comparison. */
export function atMost(x: Decimal, y: Decimal): boolean {
  if (read(x)) {
    const mx = mantissa, px = place;
    if (read(y)) {
      const low = Math.min(px, place);
      const a = scaled(mx, px - low), b = scaled(mantissa, place - low);
      // NaN past 2⁵³: compared by decimal.js below.
      if (a === a && b === b) return a <= b;
    }
  }
  return x.lessThanOrEqualTo(y);
}

/** x × y: decimal.js's `x.times(y)`. */
export function times(x: Decimal, y: Decimal): Decimal {
  if (!read(x)) return x.times(y);
  const mx = mantissa, px = place;
  if (!read(y)) return x.times(y);
  const m = mx * mantissa;
  return Math.abs(m) < SAFE ? write(m, px + place) : x.times(y);
}

/** |x| × y for y ≥ 0: a notional, |quantity| × price. decimal.js's `x.abs().times(y)`. */
export function timesSize(x: Decimal, y: Decimal): Decimal {
  if (!read(x)) return x.abs().times(y);
  const mx = Math.abs(mantissa), px = place;
  if (!read(y)) return x.abs().times(y);
  const m = mx * mantissa;
  return Math.abs(m) < SAFE ? write(m, px + place) : x.abs().times(y);
}

/** q × (a − b): a PnL, quantity × (price − entry). decimal.js's `q.times(a.minus(b))`. */
export function timesDifference(q: Decimal, a: Decimal, b: Decimal): Decimal {
  const slow = () => q.times(a.minus(b));
  if (!read(a)) return slow();
  const ma = mantissa, pa = place;
  if (!read(b)) return slow();
  const low = Math.min(pa, place);
  const difference = scaled(ma, pa - low) - scaled(mantissa, place - low);
  // A zero difference: decimal.js's zero carries a sign, and so does its product.
  if (!(Math.abs(difference) < SAFE) || difference === 0 || !read(q)) return slow();
  const m = difference * mantissa;
  return Math.abs(m) < SAFE ? write(m, low + place) : slow();
}

/** n × rate − amount: a bracket's maintenance. decimal.js's `n.times(rate).minus(amount)`. */
export function timesLess(n: Decimal, rate: Decimal, amount: Decimal): Decimal {
  const slow = () => n.times(rate).minus(amount);
  if (!read(n)) return slow();
  const mn = mantissa, pn = place;
  if (!read(rate)) return slow();
  const product = mn * mantissa, pp = pn + place;
  if (!(Math.abs(product) < SAFE) || !read(amount)) return slow();
  const low = Math.min(pp, place);
  const m = scaled(product, pp - low) - scaled(mantissa, place - low);
  return Math.abs(m) < SAFE && m !== 0 ? write(m, low) : slow();
}

/**
 * A running sum: the Decimal a chain of plus() from zero makes of the same figures in the same order
 * (zeros add nothing; a file's raw number past the precision is rounded as plus() rounds it).
 * Short figures add as integers in doubles and the total is written once; from the first figure
 * that is not short (or a sum past 2⁵³) on, decimal.js adds the rest.
 */
export class ExactSum {
  private m = 0;
  private p = 0;
  private decimal: Decimal | null = null;

  add(x: Decimal): void {
    // read() declines a zero, which the check below then skips.
    if (this.decimal === null && read(x)) {
      if (this.m === 0) {
        this.m = mantissa;
        this.p = place;
        return;
      }
      const low = Math.min(this.p, place);
      const a = scaled(this.m, this.p - low), b = scaled(mantissa, place - low);
      if (Math.abs(a) + Math.abs(b) < SAFE) {
        this.m = a + b;
        this.p = low;
        return;
      }
    }
    if (x.isZero()) return;
    // plus() even onto a zero: it rounds a raw number to the precision, as the chain would.
    this.decimal = (this.decimal ?? this.exact()).plus(x);
  }

  total(): Decimal {
    return this.decimal ?? this.exact();
  }

  /** The short figures' sum; +0 where they cancel, as decimal.js's plus gives it. */
  private exact(): Decimal {
    return this.m === 0 ? ZERO : write(this.m, this.p);
  }
}
