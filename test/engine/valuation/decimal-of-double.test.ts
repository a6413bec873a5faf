import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, decOfDouble } from '../../../src/engine/money';

// decOfDouble builds a Decimal from a double without decimal.js's string parse: it must be the very
// Decimal `new Dec(v)` makes (same sign, exponent and base-1e7 words), or a report's digits would move.
const same = (v: number) => {
  const ours = decOfDouble(v);
  const theirs = new Dec(v);
  expect({ s: ours.s, e: ours.e, d: ours.d, text: ours.toString() }).toEqual({ s: theirs.s, e: theirs.e, d: theirs.d, text: theirs.toString() });
};

describe('decOfDouble', () => {
  it('makes the Decimal new Dec(v) makes: every word boundary, both exponent forms, the extremes', () => {
    for (const v of [
      0.5, 0.1, 0.3 - 0.1, 1.5, 123.456, 1234567.5, 12345678, 1e7, 9999999.999, 10000001, 2 ** 53, 2 ** 53 + 2, 1e21, 1.2345e21, 1e-7, 1.5e-7,
      1e-6, 0.000001234, 5e-324, Number.MIN_VALUE * 3, Number.MAX_VALUE, 1 / 3, 2 / 3, 100000000, 1234567890123.25, 0.0000001, 0.00000012345678901234,
      -0.5, -1e-300, -123456789.0123, -7e22,
    ]) same(v);
  });

  it('agrees with new Dec(v) on any finite double', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => same(v)), { numRuns: 20_000 });
    // Doubles around the sizes money takes, where a seven-digit word boundary falls anywhere.
    fc.assert(fc.property(fc.integer({ min: -12, max: 12 }), fc.double({ min: 1, max: 10, noNaN: true }), fc.boolean(), (k, m, negative) => {
      same((negative ? -1 : 1) * m * 10 ** k);
    }), { numRuns: 20_000 });
  });

  it('keeps the sign of −0 and refuses what is not finite', () => {
    expect(decOfDouble(-0).isNegative()).toBe(true);
    expect(() => decOfDouble(Number.NaN)).toThrow(/finite/);
    expect(() => decOfDouble(Infinity)).toThrow(/finite/);
  });
});
