import { describe, expect, it } from 'vitest';
import type { SolvencyDeltaReport } from '../../../src/engine';
import { solvencyDetail, solvencySentence } from '../../../src/ui/panels/solvency-words';

// The solvency delta in words: the sentence the regime slider shows under it.

const delta = (patch: Partial<SolvencyDeltaReport>): SolvencyDeltaReport => ({
  regime: { volatilityMultiplier: 2 }, requirement: '275', equity: '0', ratio: -10,
  before: { requirement: '550', equity: '22000', ratio: 40 }, after: { requirement: '825', equity: '22000', ratio: 30 },
  equivalentJointMove: -0.0612, ...patch,
});

describe('the solvency delta in words', () => {
  it('says which price move does the same damage', () => {
    expect(solvencySentence(delta({}))).toBe('Volatility × 2 costs you as much as a 6.12% fall of every non-stable asset.');
    expect(solvencySentence(delta({ regime: { volatilityMultiplier: 3, correlationFloor: 0.9 }, equivalentJointMove: 0.03 })))
      .toBe('Volatility × 3 and correlations ≥ 0.9 costs you as much as a 3.0% rise of every non-stable asset.');
  });

  it('says when the regime helps, when it changes nothing, and when no move matches', () => {
    expect(solvencySentence(delta({ requirement: '-10', equity: '50', equivalentJointMove: 0.01 }))).toBe('Volatility × 2 helps you as much as a 1.0% rise of every non-stable asset would.');
    expect(solvencySentence(delta({ requirement: '0', equity: '0', equivalentJointMove: null }))).toMatch(/^Volatility × 2 changes nothing for this book/);
    expect(solvencySentence(delta({ requirement: '1000000', equivalentJointMove: null }))).toBe('Volatility × 2 costs you 1,000,000.00 of margin surplus; no joint price move does as much.');
    expect(solvencySentence(undefined)).toBeNull();
  });

  it('never shows NaN: a figure that is not a number gives no sentence', () => {
    expect(solvencySentence(delta({ requirement: 'NaN' }))).toBeNull();
    expect(solvencyDetail(delta({}), 'USD')).toBe('Maintenance margin +275.00 USD, equity 0.00 USD, prices held.');
  });
});
