import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Dec, ZERO } from '../../../src/engine/money';
import { atMost, ExactSum, roughDouble, times, timesDifference, timesLess, timesSize } from '../../../src/engine/short-decimals';

// short-decimals.ts works short decimals out in doubles and writes the result in decimal.js's own
// form. Every reader (toDecimalString, sd(), comparisons, the next operation) must see the very
// Decimal decimal.js's chain of operations makes: the same sign, exponent and base-1e7 words.

const form = (x: Decimal) => ({ s: x.s, e: x.e, d: x.d });

/** Decimals as files, rule sets and products write them: a few digits at any scale, and some long or odd ones. */
const decimalText = fc.oneof(
  // Up to 16 digits, up to 12 places, either sign: where the fast path lives and where it ends.
  fc.tuple(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.integer({ min: -12, max: 12 })).map(([m, p]) => `${m}e${p}`),
  // A few digits, as prices, quantities and rates have.
  fc.tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: -8, max: 6 })).map(([m, p]) => `${m}e${p}`),
  // Round numbers, whose words are mostly padding zeros.
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: -20, max: 20 })).map(([m, p]) => `${m}e${p}`),
  // Long and far apart: decimal.js's own route, past the 40-digit precision included.
  fc.tuple(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: -60, max: 60 })).map(([m, p]) => `${m}e${p}`),
  fc.constantFrom('0', '-0', '1', '-1', '0.1', '9007199254740991', '9007199254740993', '0.0000001', '1234567.1234567'),
);
const decimal = decimalText.map((t) => new Dec(t));
/** Figures as sums add them: rounded to the precision (a product is; a file's raw number may not be). */
const rounded = decimal.map((x) => x.plus(0));

describe('short decimals', () => {
  it('each operation gives decimal.js\'s own Decimal, words and all', () => {
    fc.assert(fc.property(decimal, decimal, decimal, (x, y, z) => {
      expect(form(times(x, y))).toEqual(form(x.times(y)));
      expect(form(timesSize(x, y.abs()))).toEqual(form(x.abs().times(y.abs())));
      expect(form(timesDifference(x, y, z))).toEqual(form(x.times(y.minus(z))));
      expect(form(timesLess(x, y, z))).toEqual(form(x.times(y).minus(z)));
      expect(atMost(x, y)).toBe(x.lessThanOrEqualTo(y));
      expect(atMost(x, x)).toBe(true);
      // Equal prices: a zero difference keeps decimal.js's signed zero.
      expect(form(timesDifference(x, y, y))).toEqual(form(x.times(y.minus(y))));
    }), { numRuns: 30_000 });
  });

  it('a sum is the chain of plus() from zero it stands for, raw numbers past the precision included', () => {
    fc.assert(fc.property(fc.array(fc.oneof(rounded, rounded.map((x) => x.neg()), decimal), { maxLength: 40 }), (xs) => {
      const sum = new ExactSum();
      for (const x of xs) sum.add(x);
      expect(form(sum.total())).toEqual(form(xs.reduce((a, b) => a.plus(b), ZERO)));
    }), { numRuns: 20_000 });
    // A file's 41-digit quantity first: plus() rounds it (half-even at the 40th digit), and so does the sum.
    const raw = new Dec('1.0000000000000000000000000000000000000005');
    const sum = new ExactSum();
    sum.add(raw);
    expect(sum.total().toString()).toBe('1');
  });

  it('a rough double is within 1e-14 of toNumber(), and exact for a short decimal', () => {
    fc.assert(fc.property(decimal, decimal, (x, y) => {
      // A quotient has all forty digits: the case roughDouble is for.
      for (const v of [x, y.isZero() ? x : x.div(y)]) {
        const exact = v.toNumber();
        if (!Number.isFinite(exact) || exact === 0) continue;
        const rough = roughDouble(v);
        if (v.d!.length <= 3) expect(rough).toBe(exact);
        else expect(Math.abs(rough - exact)).toBeLessThanOrEqual(1e-14 * Math.abs(exact));
      }
    }), { numRuns: 20_000 });
    // 1 ÷ 3 = 0.333…: words [3333333, 3333333, 3333333, …], e = −1; three words give 0.333333333333333333333.
    expect(roughDouble(new Dec(1).div(3))).toBeCloseTo(1 / 3, 15);
  });

  it('hand-checked: 0.37 × 61 250.5 = 22 662.685; −0.2 × (61 000 − 60 250.5) = −149.9; 2 × 0.005 − 0.01 ≠ a positive zero', () => {
    // 37 × 612505 = 22662685, places 2 + 1 = 3.
    expect(timesSize(new Dec('-0.37'), new Dec('61250.5')).toString()).toBe('22662.685');
    // 61000 − 60250.5 = 749.5; × −0.2 = −149.9.
    expect(timesDifference(new Dec('-0.2'), new Dec('61000'), new Dec('60250.5')).toString()).toBe('-149.9');
    // 125 000 × 0.01 − 500 = 750: a second bracket's maintenance.
    expect(timesLess(new Dec('125000'), new Dec('0.01'), new Dec('500')).toString()).toBe('750');
    // A notional at a bracket's bound stays in the lower bracket: 50 000 ≤ 50 000, and 50 000.0000001 is past it.
    expect(atMost(new Dec('50000'), new Dec('5e4'))).toBe(true);
    expect(atMost(new Dec('50000.0000001'), new Dec('50000'))).toBe(false);
    expect(atMost(new Dec('-0.3'), new Dec('-0.29'))).toBe(true);
    // A product whose trailing zeros fill a dropped word: 0.5 × 2 = 1, one word.
    expect(form(times(new Dec('0.5'), new Dec('2')))).toEqual({ s: 1, e: 0, d: [1] });
    // 2 × 0.005 − 0.01 is zero: decimal.js decides its sign.
    expect(form(timesLess(new Dec('2'), new Dec('0.005'), new Dec('0.01')))).toEqual(form(new Dec('2').times('0.005').minus('0.01')));
  });

  it('makes Decimals every reader takes as decimal.js\'s own', () => {
    const x = times(new Dec('1.5'), new Dec('3'));
    expect(x).toBeInstanceOf(Dec);
    expect(x.constructor).toBe(Dec);
    expect(x.plus(1).toString()).toBe('5.5');
    expect(x.toFixed(2)).toBe('4.50');
    // Another configuration's Decimal goes to its own arithmetic.
    expect(times(new Decimal('0.1'), new Dec('3')).constructor).toBe(Decimal);
  });
});
