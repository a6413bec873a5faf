import Decimal from 'decimal.js';

/**
 * The engine's one decimal.js configuration. 40 significant digits keep a 1e-20 relative error
 * budget on any book a person can enter; plain (never exponent) strings at the edges so a report
 * never prints "1e-7" for a price and a file never gets a number its grammar rejects. A private clone, so the host app's Decimal is untouched.
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Dec = Decimal;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/** A Decimal from a decimal string, a finite number or a Decimal. Throws on NaN/Infinity: that is a bug, never user input. */
export function dec(value: Decimal.Value): Decimal {
  if (typeof value === 'number') return decOfDouble(value);
  const d = new Dec(value);
  if (!d.isFinite()) throw new RangeError(`not a finite number: ${String(value)}`);
  return d;
}

const WORD = 7;
// Small integers, apart from EXACT_POWERS (doubles): a word multiplied by a double is stored as a
// double, and decimal.js's loops over an array of doubles run slower on every Decimal they touch
// (1,000 / 50 took 14.5 -> 17.5 ms when decOfDouble's words came from EXACT_POWERS).
const POWERS_OF_TEN = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000];

/** The digits at places [from, to) of `text`'s digits (its characters with the point at `point` left out) as one integer. */
function digitsAt(text: string, point: number, from: number, to: number): number {
  let w = 0;
  for (let k = from; k < to; k++) w = w * 10 + (text.charCodeAt(point >= 0 && k >= point ? k + 1 : k) - 48);
  return w;
}

/**
 * The Decimal of a double, the same one `new Dec(v)` makes (the shortest digits that read back as v),
 * without decimal.js's string parse, which takes 2.7 times as long (dec() of a number comes here: the
 * exact path turns five model figures of each option into Decimals). It cuts the digits of String(v) into base-1e7 words as decimal.js's
 * parseDecimal does; test/engine/valuation/decimal-of-double.test.ts holds the two together.
 */
export function decOfDouble(v: number): Decimal {
  if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
  const magnitude = v < 0 ? -v : v;
  // Zero and small integers: decimal.js's own quick path.
  if (magnitude === 0 || (magnitude < 1e7 && Math.floor(magnitude) === magnitude)) return new Dec(v);
  const text = String(magnitude);
  const mark = text.indexOf('e');
  const mantissa = mark < 0 ? text.length : mark;
  const point = text.indexOf('.');
  const count = point < 0 ? mantissa : mantissa - 1;
  // Leading and trailing zeros left out; e is the exponent of the first significant digit.
  let start = 0;
  while (digitsAt(text, point, start, start + 1) === 0) start++;
  let end = count;
  while (digitsAt(text, point, end - 1, end) === 0) end--;
  const e = (point < 0 ? mantissa : point) + (mark < 0 ? 0 : Number(text.slice(mark + 1))) - start - 1;
  // The first word holds the digits down to a multiple of seven places, as parseDecimal cuts them.
  let first = (e + 1) % WORD;
  if (e < 0) first += WORD;
  const d: number[] = [];
  let at = start;
  if (first < end - start) {
    if (first > 0) d.push(digitsAt(text, point, at, (at += first)));
    while (end - at > WORD) d.push(digitsAt(text, point, at, (at += WORD)));
  }
  // The last word, padded with zeros to seven digits (or to the first word's width when it is the only one).
  const width = first < end - start ? WORD : first;
  d.push(digitsAt(text, point, at, end) * POWERS_OF_TEN[width - (end - at)]!);
  return decimalOf(v < 0 ? -1 : 1, e, d);
}

const PROTOTYPE = Object.getPrototypeOf(ZERO) as object;

/**
 * The Decimal with these fields (sign, exponent of the leading digit, base-1e7 words with no
 * trailing zero word), made from the prototype with its own `constructor` set first, as
 * decimal.js's constructor makes one, at a quarter of the constructor's cost. decimal.js documents
 * d, e and s as read-only: they are set here once, on a Decimal no one else holds yet.
 */
export function decimalOf(s: number, e: number, d: number[]): Decimal {
  const x = Object.create(PROTOTYPE) as { constructor: unknown; s: number; e: number; d: number[] };
  x.constructor = Dec;
  x.s = s;
  x.e = e;
  x.d = d;
  return x as unknown as Decimal;
}

/**
 * A rule set's rate (a double such as 0.005) as a Decimal, made once per distinct rate: decimal.js
 * reads a number through its string on every multiplication, and the exact path multiplies by the
 * same few rates once per position. Bounded: sliders that scale rates make new ones without end.
 */
const rates = new Map<number, Decimal>();
export function rateOf(rate: number): Decimal {
  let d = rates.get(rate);
  if (d === undefined) {
    if (rates.size >= 4096) rates.clear();
    d = dec(rate);
    rates.set(rate, d);
  }
  return d;
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total: Decimal = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/**
 * a + b for figures already rounded to the precision (sums, products: anything but a file's raw
 * number). A zero on either side gives the other back as it is, where plus() would return a rounded
 * copy of it: the same value. (−0) + (+0) is +0 in decimal.js, so a −0 on the left still adds.
 */
export function addRounded(a: Decimal, b: Decimal): Decimal {
  if (b.isZero()) return a.isZero() && a.isNegative() ? a.plus(b) : a;
  return a.isZero() ? b : a.plus(b);
}

export function maxDec(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}

export function minDec(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

/** Powers of ten a double holds exactly, read from their literals: 10²² is the last. */
export const EXACT_POWERS: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** Full-precision plain string, for files (serialise must lose nothing). */
export function toPlainString(value: Decimal): string {
  return value.isZero() ? '0' : value.toString();
}
