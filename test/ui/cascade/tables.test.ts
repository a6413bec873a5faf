import { describe, expect, it } from 'vitest';
import { buildCsv } from '../../../src/ui/charts/csv';
import { marginComparison } from '../../../src/ui/cascade/comparison-data';
import { liquidationMaps } from '../../../src/ui/cascade/map-data';
import { stepRows } from '../../../src/ui/cascade/step-rows';
import { comparisonCsv, formatCount, formatRatio, fundCsv, fundText, mapCsv, mapText, pricePathCsv, pricePathText, volumeCsv, volumeText } from '../../../src/ui/cascade/tables';
import { presetResult, threeSteps } from './fixtures';

describe('the numbers behind the cascade charts', () => {
  it('gives the price path CSV every step with its prices, the move from today and the user\'s step', () => {
    const csv = pricePathCsv(threeSteps);
    expect(csv.header).toEqual([
      'step',
      'BTC price (USD)', 'BTC oracle price (USD)', 'BTC fill price (USD)', 'BTC move from today',
      'ETH price (USD)', 'ETH oracle price (USD)', 'ETH fill price (USD)', 'ETH move from today',
      'accounts liquidated', 'your account liquidated',
    ]);
    expect(csv.rows[1]).toEqual([1, 85, 85, 87, 85 / 100 - 1, 9, 9, null, 9 / 10 - 1, 6, true]);
    // A step with no fill leaves the cell empty, never "NaN".
    expect(buildCsv(csv)).not.toContain('NaN');
    expect(buildCsv(csv).split('\r\n')[2]).toBe('1,85,85,87,-0.15000000000000002,9,9,,-0.09999999999999998,6,true');
  });

  it('sums bad debt and ADL to date in the fund CSV', () => {
    expect(fundCsv(threeSteps).rows).toEqual([
      [0, 900, 0, 0, 0, 0],
      [1, 500, 20, 20, 5, 5],
      [2, 500, 0, 20, 0, 5],
    ]);
    expect(volumeCsv(threeSteps).rows[1]).toEqual([1, 6, 6, 450, 2, 3, 0, true]);
  });

  it('formats the screen-reader tables from the rows the charts draw', () => {
    const rows = stepRows(threeSteps);
    expect(pricePathText(threeSteps, rows).rows[1]).toEqual(['Step 1', '85 (−15.0%)', '9 (−10.0%)', '6', 'liquidated']);
    expect(volumeText(threeSteps, rows).rows[0]).toEqual(['Step 0', '3', '300.00', '—']);
    expect(volumeText(threeSteps, rows).rows[1]![3]).toBe('2.00×');
    expect(fundText(threeSteps, rows).rows[2]).toEqual(['Step 2', '500.00', '20.00', '5.00']);
  });

  it('never prints NaN for a missing count or ratio', () => {
    expect(formatCount(Number.NaN)).toBe('—');
    expect(formatCount(12345)).toBe('12,345');
    expect(formatRatio(null)).toBe('—');
    expect(formatRatio(1.234)).toBe('1.23×');
  });

  it('on a preset: a map CSV row per band and the bands beyond, a comparison CSV per measure and asset', () => {
    const small = (cross: number) =>
      presetResult('thin-market', (s) => ({ ...s, crowd: { ...s.crowd, count: 1000, crossShare: cross }, criticalShock: { search: false } }));
    const result = small(1);
    const maps = liquidationMaps(result);
    const csv = mapCsv(maps, 'USD');
    expect(csv.rows).toHaveLength(2 * 41);
    expect(buildCsv(csv)).not.toContain('NaN');
    expect(mapText(maps, 'USD').rows.every((r) => r.length === 3)).toBe(true);
    const comparison = comparisonCsv(marginComparison(small(0), result), 'USD');
    expect(comparison.rows.map((r) => r[0])).toContain('ETH net notional sold (USD)');
    expect(buildCsv(comparison)).not.toContain('NaN');
  });
});
