import { describe, expect, it } from 'vitest';
import { comparisonSentence, marginComparison, soldNotional, type AssetComparison, type ComparisonTotals } from '../../../src/ui/cascade/comparison-data';
import { presetResult, threeSteps } from './fixtures';

const totals = (liquidatedAccounts: number): ComparisonTotals => ({ liquidatedAccounts, liquidations: liquidatedAccounts, liquidatedNotional: 0, badDebt: 0, adl: 0, steps: 3, insuranceFundEnd: 0, userStep: null });

describe('isolated against cross margin', () => {
  it('adds up what the liquidations sold of each asset at the fills', () => {
    // BTC: 2 units at 95 + 3 at 87 = 451; ETH: 10 at 9.8 = 98 (the step with no fill adds nothing).
    const sold = soldNotional(threeSteps);
    expect(sold.BTC).toBeCloseTo(451, 12);
    expect(sold.ETH).toBeCloseTo(98, 12);
  });

  it('says when cross margin carried a loss into an asset the shock did not move', () => {
    const assets: AssetComparison[] = [
      { asset: 'BTC', isolatedSold: 100, crossSold: 120, isolatedMove: -0.1, crossMove: -0.11 },
      { asset: 'ETH', isolatedSold: 0, crossSold: 50, isolatedMove: 0, crossMove: -0.04 },
    ];
    const text = comparisonSentence(assets, totals(100), totals(80), new Set(['BTC']));
    expect(text).toContain('With cross margin ETH went to −4.0% against 0.0% with isolated margin, although the shock did not move ETH');
    expect(text).toContain('Cross margin liquidated 80 accounts, isolated 100');
  });

  it('says so when cross margin moved the prices less', () => {
    const assets: AssetComparison[] = [{ asset: 'BTC', isolatedSold: 100, crossSold: 90, isolatedMove: -0.1315, crossMove: -0.1302 }];
    const text = comparisonSentence(assets, totals(10), totals(10), new Set(['BTC']));
    expect(text).toContain('BTC went less far with cross margin (−13.02% against −13.15%)');
    expect(text).not.toContain('With cross margin');
    expect(text).not.toContain('accounts,');
  });

  it('on the thin market with a BTC-only shock, cross margin sells ETH that isolated margin leaves alone', () => {
    const only = (margin: number) =>
      presetResult('thin-market', (s) => ({
        ...s,
        crowd: { ...s.crowd, count: 4000, multiAssetShare: 1, crossShare: margin },
        shock: { moves: { BTC: -0.06 } },
        criticalShock: { search: false },
      }));
    const data = marginComparison(only(0), only(1));
    const eth = data.assets.find((a) => a.asset === 'ETH')!;
    expect(eth.isolatedSold).toBe(0);
    expect(eth.crossSold).toBeGreaterThan(0);
    expect(eth.crossMove).toBeLessThan(0);
    expect(data.summary).toContain('although the shock did not move ETH');
    // And BTC, the asset shocked, is cushioned: cross accounts lean on their ETH.
    const btc = data.assets.find((a) => a.asset === 'BTC')!;
    expect(Math.abs(btc.crossMove)).toBeLessThan(Math.abs(btc.isolatedMove));
    expect(data.summary).toContain('BTC went less far with cross margin');
  });
});
