import { describe, expect, it } from 'vitest';
import {
  formatMarginRatio,
  formatSigmas,
  healthReading,
  healthTargetText,
  healthValue,
  nearestLiquidationShort,
  nearestLiquidationText,
} from '../../../src/ui/charts/health-reading';
import { healthRows } from '../../../src/ui/panels/health-rows';
import { exampleReport } from '../risk/fixtures';
import { fixtureReport } from './fixture-report';

describe('the account health as the screen names it', () => {
  it('gives an exchange book its margin ratio in percent, lower is safer', () => {
    // 6,000 ÷ 11,040 = 0.543478 → 54.35 %.
    expect(healthReading(fixtureReport())).toMatchObject({ label: 'Margin ratio', value: '54.35%', zone: 'safe' });
    expect(healthReading(fixtureReport()).scale).toContain('lower is safer, liquidation at 100%');
  });

  it('formats margin ratios with 2 decimals and the true minus, and nothing for what is not a number', () => {
    expect(formatMarginRatio('0.10134615384615384615')).toBe('10.13%');
    expect(formatMarginRatio(0.5)).toBe('50.00%');
    expect(formatMarginRatio('0.0043980208905992303463')).toBe('0.44%');
    expect(formatMarginRatio('1.045')).toBe('104.50%');
    expect(formatMarginRatio(null)).toBe('—');
    expect(formatMarginRatio('')).toBe('—');
    expect(formatMarginRatio(Number.NaN)).toBe('—');
  });

  it('counts daily σ as people read them', () => {
    expect(formatSigmas(0.03256709689229038)).toBe('0.03');
    expect(formatSigmas(2.312290589086726)).toBe('2.3');
    expect(formatSigmas(655.2298207269123)).toBe('655');
    expect(formatSigmas(12_345.6)).toBe('12,346');
    expect(formatSigmas(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('says the nearest liquidation in words: which asset, which way, how far, in daily σ', () => {
    const report = fixtureReport();
    // 0.2 ÷ (0.55 ÷ √365) = 0.2 ÷ 0.028788 = 6.947.
    expect(nearestLiquidationText(report)).toBe('a 20.0% fall of every non-stable asset together, 6.9 daily σ');
    expect(nearestLiquidationShort(report)).toBe('all together −20.0%, 6.9 daily σ');
    report.account.health = { ...report.account.health!, nearestLiquidation: { along: 'BTC', move: 17.14814814814815, dailyVolatility: 0.026171196129510688, dailySigmas: 655.2298207269123 } };
    expect(nearestLiquidationText(report)).toBe('a 1,714.81% rise in BTC, 655 daily σ');
    expect(nearestLiquidationShort(report)).toBe('BTC +1,714.81%, 655 daily σ');
    report.account.health = { ...report.account.health, nearestLiquidation: null };
    expect(nearestLiquidationText(report)).toBe('no price move in range liquidates the account');
  });

  it('reads a report saved before account.health by the rule set, without a zone', () => {
    const report = fixtureReport();
    delete report.account.health;
    expect(healthReading(report)).toMatchObject({ label: 'Margin ratio', value: '54.35%', zone: 'none', nearest: '—' });
  });

  it('shows a top-up target in the book\'s measure: the engine\'s health factor 2 is a margin ratio of 50 %', () => {
    expect(healthTargetText(fixtureReport(), 2)).toBe('50.00%');
    // 1 ÷ 1.5 = 0.6667.
    expect(healthTargetText(fixtureReport(), 1.5)).toBe('66.67%');
    const lending = fixtureReport();
    lending.account.health = { ...lending.account.health!, measure: 'health factor', value: '1.2' };
    expect(healthTargetText(lending, 1.5)).toBe('1.50');
    expect(healthValue(lending)).toBe('1.20');
  });

  it('gives the panels\' tables the same three rows, before and after', () => {
    const after = fixtureReport();
    after.account.health = { ...after.account.health!, value: '0.66666666666666666667', zone: 'caution' };
    expect(healthRows(fixtureReport(), after, 'preview').map((r) => [r.label, r.first, r.second, r.testId])).toEqual([
      ['Margin ratio', '54.35%', '66.67%', 'preview-health'],
      ['Zone', 'safe', 'caution', 'preview-zone'],
      ['Nearest liquidation', 'all together −20.0%, 6.9 daily σ', 'all together −20.0%, 6.9 daily σ', 'preview-nearest'],
    ]);
    expect(healthRows(fixtureReport(), null, 'whatif')[0]).not.toHaveProperty('second');
  });
});

describe('the examples as the engine reports them', () => {
  it('the leveraged long reads as a margin ratio in caution, a 7.87 % ETH fall away, not "healthy"', () => {
    // The cross pool's maintenance 2,635 ÷ its adjusted equity 26,000 = 0.101346 → 10.13 %; ETH at 3,000 liquidates
    // at 2,764 (−7.87 %); ETH's 65 % a year is 0.65 ÷ √365 = 0.034023 a day; 0.0787 ÷ 0.034023 = 2.31 σ: caution (1–3 σ).
    const reading = healthReading(exampleReport('leveraged-long.json'));
    expect(reading).toMatchObject({ label: 'Margin ratio', value: '10.13%', zone: 'caution', nearest: 'a 7.87% fall in ETH, 2.3 daily σ' });
  });

  it('the lending loop reads as a health factor', () => {
    // Σ collateral × threshold ÷ debt = 127,500 ÷ 83,000 = 1.536; ETH −34.9 % is 10.26 daily σ: safe.
    const reading = healthReading(exampleReport('lending-loop.json'));
    expect(reading).toMatchObject({ label: 'Health factor', value: '1.54', zone: 'safe', nearest: 'a 34.9% fall in ETH, 10 daily σ' });
  });
});
