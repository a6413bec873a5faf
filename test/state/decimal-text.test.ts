import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDecimalText, multiplyDecimalText, roundUpDecimalText, subtractDecimalText } from '../../src/state/decimal-text';

describe('exact sums of decimal strings', () => {
  it('adds without float error', () => {
    // 10000 + 0.1: a float gives 10000.100000000000364; the exact sum is 10000.1.
    expect(addDecimalText('10000', '0.1')).toBe('10000.1');
    // 5000 + 3245.126 = 8245.126
    expect(addDecimalText('5000', '3245.126')).toBe('8245.126');
    // −2.5 + 1.25 = −1.25 (a borrow partly repaid)
    expect(addDecimalText('-2.5', '1.25')).toBe('-1.25');
    // 0.1 + 0.9 = 1 (no trailing ".0")
    expect(addDecimalText('0.1', '0.9')).toBe('1');
  });

  it('refuses what is not a plain decimal', () => {
    for (const bad of ['', 'abc', '1e5', '1.', '.5', 'NaN', 'Infinity']) expect(addDecimalText(bad, '1'), bad).toBeNull();
  });

  it('rounds up, never down, so a top-up reaches its target', () => {
    expect(roundUpDecimalText('3245.1201', 2)).toBe('3245.13');
    expect(roundUpDecimalText('3245.12', 2)).toBe('3245.12');
    expect(roundUpDecimalText('0.0000001', 6)).toBe('0.000001');
    expect(roundUpDecimalText('7', 6)).toBe('7');
    expect(roundUpDecimalText('-1', 2)).toBeNull();
  });

  it('agrees with integer arithmetic on cents (property)', () => {
    const LIMIT = 10n ** 15n;
    const cents = (n: bigint) => {
      const abs = n < 0n ? -n : n;
      return `${n < 0n ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
    };
    // The sum of two amounts in cents, written back as text, is the text of the integer sum.
    fc.assert(
      fc.property(fc.bigInt({ min: -LIMIT, max: LIMIT }), fc.bigInt({ min: -LIMIT, max: LIMIT }), (a, b) => {
        expect(addDecimalText(addDecimalText(cents(a), cents(b))!, cents(-(a + b)))).toBe('0');
        expect(Number(addDecimalText(cents(a), cents(b)))).toBeCloseTo(Number(a + b) / 100, 0);
      }),
    );
  });

  it('rounding up never lands below the input and is within one step of it (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 8 }), (units, places, keep) => {
        const digits = units.toString().padStart(places + 1, '0');
        const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
        const rounded = roundUpDecimalText(text, keep)!;
        const difference = addDecimalText(rounded, `-${text}`)!;
        expect(difference.startsWith('-')).toBe(false);
        expect(Number(difference)).toBeLessThan(10 ** -keep + 1e-15);
      }),
    );
  });
});

describe('exact products and differences of decimal strings', () => {
  it('multiplies and subtracts without float error', () => {
    // 0.1 × 3 = 0.3 (a float gives 0.30000000000000004); 2.5 × −4 = −10; 48,250 − 30,000.5 = 18,249.5
    expect(multiplyDecimalText('0.1', '3')).toBe('0.3');
    expect(multiplyDecimalText('2.5', '-4')).toBe('-10');
    expect(subtractDecimalText('48250', '30000.5')).toBe('18249.5');
    expect(subtractDecimalText('1', 'x')).toBeNull();
  });
});
