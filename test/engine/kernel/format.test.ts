import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solvedString, sweptMoney } from '../../../src/engine/kernel/format';
import { Dec } from '../../../src/engine/money';
import { toDecimalString } from '../../../src/engine/decimal-string';

// Swept money prints twelve significant digits: the double's own plain form where it has one
// (String of the 12-digit rounding), decimal.js's plain form where the double's would carry an exponent.
const reference = (x: number): string => {
  if (x === 0) return '0';
  const text = String(Number(x.toPrecision(12)));
  return /e/i.test(text) ? toDecimalString(new Dec(x).toSignificantDigits(12)) : text;
};

describe('sweptMoney', () => {
  it('prints 12 significant digits, plain, without trailing zeros', () => {
    // 1 234.5678901234 rounds to 1 234.56789012; 480.00000000000006 (a sum's noise) reads 480.
    expect(sweptMoney(1234.5678901234)).toBe('1234.56789012');
    expect(sweptMoney(480.00000000000006)).toBe('480');
    expect(sweptMoney(-0.5)).toBe('-0.5');
    expect(sweptMoney(100000000000)).toBe('100000000000');
    expect(sweptMoney(999999999999.5)).toBe('1000000000000');
    expect(sweptMoney(1e-7)).toBe('0.0000001');
    expect(sweptMoney(-0)).toBe('0');
  });

  it('is the 12-digit rounding\'s shortest plain form for any double', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      expect(sweptMoney(x)).toBe(reference(x));
    }), { numRuns: 20_000 });
    fc.assert(fc.property(fc.double({ min: 1e-7, max: 1e13, noNaN: true }), fc.boolean(), (x, negative) => {
      const y = negative ? -x : x;
      expect(sweptMoney(y)).toBe(reference(y));
    }), { numRuns: 20_000 });
  });
});

describe('solvedString', () => {
  it('prints every digit of the double\'s shortest form, plain', () => {
    expect(solvedString(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(solvedString(1.5e-7)).toBe('0.00000015');
    expect(solvedString(-2.5e21)).toBe('-2500000000000000000000');
    expect(solvedString(-0)).toBe('0');
    expect(solvedString(62123.5)).toBe('62123.5');
  });

  it('is decimal.js\'s plain form of the double for any double', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      expect(solvedString(x)).toBe(toDecimalString(new Dec(x)));
    }), { numRuns: 20_000 });
  });
});
