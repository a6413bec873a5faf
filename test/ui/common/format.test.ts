import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as chartFormat from '../../../src/ui/charts/format';
import { fractionToPercent, toFiniteNumber } from '../../../src/ui/charts/numbers';
import {
  formatChange,
  formatDate,
  formatExact,
  formatHealthFactor,
  formatMoney,
  formatMoneyIn,
  formatMoneyTick,
  formatMove,
  formatMoveTick,
  formatPercent,
  formatPrice,
  formatPriceInCell,
  formatQuantity,
  formatRatio,
  MISSING,
  MINUS,
} from '../../../src/ui/common/format';

describe('numbers people read', () => {
  it('formats money with thousands separators and 2 decimals, exactly from a decimal string', () => {
    expect(formatMoney('1234567.891')).toBe('1,234,567.89');
    expect(formatMoney(-2040)).toBe('−2,040.00');
    // 17 significant digits survive: no float on the way
    expect(formatMoney('12345678901234567.125')).toBe('12,345,678,901,234,567.13');
    expect(formatMoneyIn('6000', 'USDT')).toBe('6,000.00 USDT');
  });

  it('never prints -0.00 for a tiny negative', () => {
    expect(formatMoney('-0.004')).toBe('0.00');
  });

  it('returns "—" for null, undefined, empty, garbage and non-finite values', () => {
    for (const bad of [null, undefined, '', '  ', 'abc', '1,000', NaN, Infinity, -Infinity]) {
      expect(formatMoney(bad)).toBe(MISSING);
      expect(formatPrice(bad)).toBe(MISSING);
      expect(formatPercent(bad)).toBe(MISSING);
      expect(formatMove(bad)).toBe(MISSING);
      expect(formatHealthFactor(bad)).toBe(MISSING);
      expect(formatExact(bad)).toBe(MISSING);
    }
    expect(formatMoneyIn(null, 'USDT')).toBe(MISSING);
    expect(formatMoveTick(NaN)).toBe(MISSING);
  });

  it('gives prices 6 significant digits but keeps the cents of a large price', () => {
    expect(formatPrice('60000.567')).toBe('60,000.57');
    expect(formatPrice('1234567.891')).toBe('1,234,567.89');
    expect(formatPrice('1.23456789')).toBe('1.23457');
    // a tiny price keeps 6 significant digits but never more than 6 decimals: 0.000123|456789
    expect(formatPrice('0.000123456789')).toBe('0.000123');
    expect(formatPrice('0.0123456789')).toBe('0.012346');
    expect(formatPrice('-3.5')).toBe('−3.5');
    expect(formatPrice('42000')).toBe('42,000');
  });

  it('drops the cents of a price of a million or more in a table cell, and only there', () => {
    expect(formatPriceInCell('1633333.333')).toBe('1,633,333');
    expect(formatPriceInCell('-1000000.5')).toBe('−1,000,001');
    // Below a million: formatPrice's figure, cents kept.
    expect(formatPriceInCell('999999.994')).toBe('999,999.99');
    expect(formatPriceInCell('158183.219')).toBe('158,183.22');
    expect(formatPriceInCell('0.000123456789')).toBe('0.000123');
    for (const bad of [null, undefined, 'NaN', '', 'abc']) expect(formatPriceInCell(bad)).toBe(MISSING);
  });

  it('keeps every digit for tooltips', () => {
    expect(formatExact('3450.123456789')).toBe('3,450.123456789');
  });

  it('formats fractions as percent with 1–2 decimals, moves with a sign and a true minus', () => {
    expect(formatPercent(0.4)).toBe('40.0%');
    expect(formatPercent(0.23456)).toBe('23.46%');
    expect(formatMove(-0.234)).toBe('−23.4%');
    expect(formatMove(0.1)).toBe('+10.0%');
    expect(formatMove(0)).toBe('0.0%');
    expect(formatMoveTick(-25)).toBe('−25%');
    expect(formatMoveTick(12.5)).toBe('+12.5%');
    expect(formatMoveTick(0)).toBe('0%');
  });

  it('formats health factors with 2 decimals and axis money compactly', () => {
    expect(formatHealthFactor('1.8449')).toBe('1.84');
    expect(formatHealthFactor(2)).toBe('2.00');
    expect(formatMoneyTick(15000)).toBe('15K');
    expect(formatMoneyTick(1_250_000)).toBe('1.3M');
  });

  it('shows "before → after" only when a baseline differs', () => {
    expect(formatChange('1.84', '1.52')).toBe('1.84 → 1.52');
    expect(formatChange('1.84', '1.84')).toBe('1.84');
    expect(formatChange(undefined, '1.52')).toBe('1.52');
  });
});

describe('reading report values as chart numbers', () => {
  it('turns decimal strings into numbers and anything else into null', () => {
    expect(toFiniteNumber('60000.5')).toBe(60000.5);
    expect(toFiniteNumber('-1e-7')).toBe(-1e-7);
    expect(toFiniteNumber(' 2 ')).toBe(2);
    expect(toFiniteNumber('')).toBeNull();
    expect(toFiniteNumber('NaN')).toBeNull();
    expect(toFiniteNumber('Infinity')).toBeNull();
    expect(toFiniteNumber(null)).toBeNull();
    expect(toFiniteNumber(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('scales fractions to percent points without float noise: 0.07 → 7', () => {
    expect(0.07 * 100).not.toBe(7);
    expect(fractionToPercent(0.07)).toBe(7);
    expect(fractionToPercent(-0.5)).toBe(-50);
  });
});

describe('the rules of issue 11 item 5', () => {
  it('writes one minus sign, U+2212, in every formatter, never a hyphen', () => {
    expect(MINUS).toBe('\u2212');
    const negatives: [string, string][] = [
      [formatMoney('-1234.5'), '−1,234.50'],
      [formatPrice('-60000.567'), '−60,000.57'],
      [formatQuantity('-0.5'), '−0.5'],
      [formatExact('-3450.123456789'), '−3,450.123456789'],
      [formatRatio('-1.5'), '−1.50'],
      [formatPercent(-0.25), '−25.0%'],
      [formatMove(-0.05), '−5.0%'],
      [formatMoneyTick(-15000), '−15K'],
      [formatMoveTick(-25), '−25%'],
      [formatMoneyIn('-2', 'USD'), '−2.00 USD'],
    ];
    for (const [shown, expected] of negatives) expect(shown).toBe(expected);
  });

  it('never lets a hyphen or NaN through, whatever the number (property)', () => {
    const formatters = [formatMoney, formatPrice, formatQuantity, formatExact, formatRatio, formatPercent, formatMove, formatMoneyTick];
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.double({ min: -1e6, max: 1e6 }).map((n) => String(n))), (value) => {
        for (const format of formatters) {
          const text = format(value);
          expect(text).not.toContain('-');
          expect(text).not.toMatch(/NaN|Infinity/);
        }
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('gives quantities and deltas at most 4 decimals, 4 significant ones below 1, never more than 6', () => {
    expect(formatQuantity('12345.67891')).toBe('12,345.6789');
    // 1.23456789 rounds at the 4th decimal: 1.2345|6789 → 1.2346
    expect(formatQuantity('1.23456789')).toBe('1.2346');
    expect(formatQuantity('-2')).toBe('−2');
    // below 1: 4 significant digits, 0.1234|5678 → 0.1235
    expect(formatQuantity('0.12345678')).toBe('0.1235');
    // 0.0001234|5 has its 4th significant digit at the 7th decimal: capped at 6 → 0.000123
    expect(formatQuantity('0.00012345')).toBe('0.000123');
    expect(formatQuantity('0.00000001')).toBe('0');
    expect(formatQuantity('-0.00000001')).toBe('0');
  });

  it('keeps the full value for the tooltip', () => {
    expect(formatExact('0.00012345')).toBe('0.00012345');
    expect(formatExact('-12345.678912345')).toBe('−12,345.678912345');
  });

  it('shows no more than 6 decimals from any screen formatter (property)', () => {
    const screen = [formatMoney, formatPrice, formatQuantity, formatRatio, formatPercent, formatMove];
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        for (const format of screen) expect(format(value)).not.toMatch(/\.\d{7,}/);
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it('writes dates as "24 Nov 2026, 08:00 UTC", in UTC whatever the zone written', () => {
    expect(formatDate('2026-11-24T08:00:00Z')).toBe('24 Nov 2026, 08:00 UTC');
    expect(formatDate('2026-12-25T08:00:00Z')).toBe('25 Dec 2026, 08:00 UTC');
    // 2027-01-01T01:30+02:00 is 31 Dec 2026, 23:30 UTC
    expect(formatDate('2027-01-01T01:30:00+02:00')).toBe('31 Dec 2026, 23:30 UTC');
    expect(formatDate('2026-03-05T00:05:00Z')).toBe('5 Mar 2026, 00:05 UTC');
    for (const bad of ['', 'soon', null, undefined]) expect(formatDate(bad)).toBe(MISSING);
  });

  it('gives a change its sign and a share none', () => {
    expect(formatMove(0.0523)).toBe('+5.23%');
    expect(formatMove('-0.1')).toBe('−10.0%');
    expect(formatMove(0)).toBe('0.0%');
    expect(formatPercent(0.052)).toBe('5.2%');
  });

  it('formats the same figure the same way from the chart path and the page path', () => {
    expect(chartFormat.formatMoney).toBe(formatMoney);
    expect(chartFormat.formatPrice).toBe(formatPrice);
    expect(chartFormat.formatMove).toBe(formatMove);
    expect(chartFormat.formatPercent).toBe(formatPercent);
    expect(chartFormat.formatHealthFactor).toBe(formatRatio);
  });
});
