import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/engine/money';
import { toDecimalString } from '../../../src/engine/decimal-string';

// toDecimalString reads a Decimal's digits itself rather than round a copy and print it: it must
// give decimal.js's own string of the value rounded to 20 significant digits, half-even, for every value.

const reference = (x: Decimal): string => {
  if (x.isZero()) return '0';
  const rounded = x.toSignificantDigits(20);
  return rounded.isZero() ? '0' : rounded.toString();
};

describe('toDecimalString', () => {
  it('is decimal.js\'s 20-digit half-even string, at the edges of rounding', () => {
    const cases = [
      '0', '-0', '1', '-1', '0.1', '1200000', '-1200000', '12345678901234567890', '123456789012345678901',
      '99999999999999999999', '999999999999999999995', '999999999999999999994', '-999999999999999999999.5',
      '1.00000000000000000005', '1.00000000000000000015', '1.0000000000000000000500000000000000001', '1.0000000000000000000500000000000000000', '-3.99999999999999999995000000000000000001', '1.000000000000000000050000001', '1.00000000000000000025',
      '0.000000000012345678901234567891234', '1e-30', '1.5e-30', '-7e25', '123456789.123456789123456789', '10000000', '1e7', '9999999.99999999999999999',
    ];
    for (const c of cases) expect(toDecimalString(new Dec(c)), c).toBe(reference(new Dec(c)));
    // Not a figure, but a string all the same.
    for (const c of [NaN, Infinity, -Infinity]) expect(toDecimalString(new Dec(c))).toBe(new Dec(c).toString());
  });

  it('keeps to the rounding of a Decimal of another configuration', () => {
    // The library's default rounds half up: 2.5 at the last digit goes up, half-even would not.
    const x = new Decimal('1.00000000000000000025');
    expect(toDecimalString(x)).toBe(x.toSignificantDigits(20).toString());
  });

  it('agrees on the short figures most of a report is, as the file writes them', () => {
    fc.assert(fc.property(fc.stringMatching(/^-?[0-9]{1,15}(\.[0-9]{1,15})?$/), (text) => {
      const x = new Dec(text);
      expect(toDecimalString(x)).toBe(reference(x));
    }), { numRuns: 3000 });
  });

  it('agrees on products, quotients and sums as the engine makes them', () => {
    const digits = fc.stringMatching(/^-?[1-9][0-9]{0,30}$/);
    fc.assert(fc.property(digits, digits, fc.integer({ min: -40, max: 40 }), fc.constantFrom('times', 'div', 'plus'), (a, b, shift, op) => {
      const x = new Dec(a).times(new Dec(10).pow(shift));
      const y = new Dec(b);
      const z = op === 'times' ? x.times(y) : op === 'div' ? x.div(y) : x.plus(y);
      expect(toDecimalString(z)).toBe(reference(z));
    }), { numRuns: 3000 });
  });

  it('agrees on doubles and on short digits anywhere from 1e-40 to 1e40 (the words printed as they stand)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
      const x = new Dec(v);
      expect(toDecimalString(x)).toBe(reference(x));
    }), { numRuns: 5000 });
    fc.assert(fc.property(fc.stringMatching(/^-?[1-9][0-9]{0,21}$/), fc.integer({ min: -40, max: 40 }), (digits, shift) => {
      const x = new Dec(`${digits}e${shift}`);
      expect(toDecimalString(x)).toBe(reference(x));
    }), { numRuns: 5000 });
  });
});
