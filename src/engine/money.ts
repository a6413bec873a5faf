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
  const d = new Dec(value);
  if (!d.isFinite()) throw new RangeError(`not a finite number: ${String(value)}`);
  return d;
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

export function maxDec(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}

export function minDec(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

/** The report's string form of a Decimal: 20 significant digits, plain notation, no "-0". */
export function toDecimalString(value: Decimal): string {
  if (value.isZero()) return '0';
  // Most figures already fit: rounding them would only build a copy.
  if (value.sd() <= 20) return value.toString();
  const rounded = value.toSignificantDigits(20);
  return rounded.isZero() ? '0' : rounded.toString();
}

/** Full-precision plain string, for files (serialise must lose nothing). */
export function toPlainString(value: Decimal): string {
  return value.isZero() ? '0' : value.toString();
}
