import { Dec } from '../money';
import { toDecimalString } from '../decimal-string';

// Figures that come out of a Float64 sweep, as the report's decimal strings.

/**
 * A double as the report prints it: every digit of its shortest form, plain. A price or quantity
 * solved on the kernel (re-valuing at it lands on health 1 again), a greek from the model.
 */
export function solvedString(x: number): string {
  // String() is that shortest form, plain from 1e-6 up to 1e21 (and "0" for −0): the same digits
  // new Dec(x) reads, which toDecimalString would print unrounded (17 digits at most, under its 20).
  const text = String(x);
  return text.includes('e') ? toDecimalString(new Dec(x)) : text;
}

/**
 * Money summed on the kernel: 12 significant digits. A sum of a thousand doubles carries about
 * 1e-13 of relative noise; twelve digits keep cents on any account under 10 billion and never
 * print the noise (480.00000000000006 reads 480).
 */
export function sweptMoney(x: number): string {
  if (x === 0) return '0';
  // toPrecision(12) is plain from 1e-6 up to 1e12 (String from 1e-6 up to 1e21): inside, kept clear
  // of both ends so the rounding cannot cross one, its digits; String of the rounding from there to
  // 1e21; decimal.js beyond. A money figure is all but always in the first range.
  const size = Math.abs(x);
  if (size >= 2e-6 && size < 9.99e11) {
    // toPrecision writes these plain, padded with zeros: dropping them gives the same digits as
    // String(Number(…)) (a decimal of twelve digits is its double's shortest form) for a fifth of the cost.
    const padded = x.toPrecision(12);
    if (!padded.includes('.')) return padded;
    let end = padded.length;
    while (padded.charCodeAt(end - 1) === 48) end--;
    if (padded.charCodeAt(end - 1) === 46) end--;
    return padded.slice(0, end);
  }
  const text = String(Number(x.toPrecision(12)));
  return /e/i.test(text) ? toDecimalString(new Dec(x).toSignificantDigits(12)) : text;
}
