import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatExact,
  formatHealthFactor,
  formatMoney,
  formatMoneyIn,
  formatMoneyTick,
  formatMove,
  formatMoveTick,
  formatPercent,
  formatPrice,
  MISSING,
} from '../../../src/ui/charts/format';
import { fractionToPercent, toFiniteNumber } from '../../../src/ui/charts/numbers';

describe('formatting for the charts', () => {
  it('formats money with thousands separators and 2 decimals, exactly from a decimal string', () => {
    expect(formatMoney('1234567.891')).toBe('1,234,567.89');
    expect(formatMoney(-2040)).toBe('-2,040.00');
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
    expect(formatPrice('0.000123456789')).toBe('0.000123457');
    expect(formatPrice('42000')).toBe('42,000');
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
