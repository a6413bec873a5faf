import { describe, expect, it } from 'vitest';
import { criticalShockSentence, scenarioShock, valueSum } from '../../../src/ui/cascade/Summary';
import { handResult, threeSteps } from './fixtures';

describe('the run in sentences', () => {
  it("takes the scenario's shock from its most-moved asset", () => {
    // BTC 100 → 90 after the shock, ETH unmoved.
    expect(scenarioShock(threeSteps)).toBeCloseTo(-0.1, 12);
  });

  it('compares the shock with the critical shock, or says why there is none', () => {
    expect(criticalShockSentence(threeSteps)).toBe('No critical shock: not searched (criticalShock.search is false).');
    const beyond = handResult([{ step: 0, prices: { BTC: 90, ETH: 10 } }], {
      criticalShock: { move: -0.0146, moves: { BTC: -0.0146, ETH: 0 }, factor: 1, runs: 18, definition: 'the smallest move …' },
    });
    expect(criticalShockSentence(beyond)).toBe(
      "Critical shock: −1.46% (BTC −1.46%), found in 18 cascades. This scenario's shock of −10.0% is at or beyond it: the cascade feeds itself.",
    );
    const short = handResult([{ step: 0, prices: { BTC: 90, ETH: 10 } }], {
      criticalShock: { move: -0.2, moves: { BTC: -0.2, ETH: 0 }, factor: 1, runs: 25, definition: '' },
    });
    expect(criticalShockSentence(short)).toContain('short of it: the cascade dies out by itself');
  });

  it('writes where the value went with each sign in front of its term', () => {
    const c = { equityLost: 0, paidToLiquidators: -1591035.65, paidToInsuranceFund: -312418.31, paidToMarket: 4884266.4, badDebt: 0, residual: 0, units: {} };
    expect(valueSum(c, 'USD')).toBe('−1,591,035.65 USD to liquidators − 312,418.31 USD into the insurance fund + 4,884,266.40 USD to the market + 0.00 USD of bad debt');
    expect(valueSum({ ...c, paidToLiquidators: 5, badDebt: 2 }, 'USD')).toMatch(/^5\.00 USD to liquidators .* − 2\.00 USD of bad debt$/);
  });
});
