import { describe, expect, it } from 'vitest';
import { moveDomain, rowOfStep, stepLabel, stepRows } from '../../../src/ui/cascade/step-rows';
import { handResult, presetResult, threeSteps } from './fixtures';

describe('the steps of a cascade as chart rows', () => {
  it('gives a short run one row per step, prices as moves from today in percent points', () => {
    const rows = stepRows(threeSteps);
    expect(rows.binSize).toBe(1);
    expect(rows.rows.map((r) => r.label)).toEqual(['Step 0', 'Step 1', 'Step 2']);
    // BTC 90 against 100 today: −10 %; ETH 9.5 against 10: −5 %.
    expect(rows.rows[0]!.movePercents).toEqual({ BTC: -10, ETH: -5 });
    expect(rows.rows[2]!.movePercents).toEqual({ BTC: -14, ETH: -8 });
    // Half a step beyond the first and last, so the end bars are whole.
    expect(rows.domain).toEqual([-0.5, 2.5]);
  });

  it('sums bad debt and ADL to date, keeps the fund level, and marks the waves and the user\'s step', () => {
    const rows = stepRows(threeSteps).rows;
    expect(rows.map((r) => r.insuranceFund)).toEqual([900, 500, 500]);
    expect(rows.map((r) => r.badDebtToDate)).toEqual([0, 20, 20]);
    expect(rows.map((r) => r.adlToDate)).toEqual([0, 5, 5]);
    expect(rows.map((r) => r.wave)).toEqual([true, true, false]);
    expect(rows.map((r) => r.user)).toEqual([false, true, false]);
    expect(stepRows(threeSteps).userRow).toBe(1);
    expect(rows.map((r) => r.amplification)).toEqual([null, 2, 0]);
  });

  it('bins a long run into at most the row limit: sums for flows, the last value for levels', () => {
    // 10 steps in rows of 4: steps 0–3, 4–7, 8–9.
    const steps = Array.from({ length: 10 }, (_, i) => ({
      step: i,
      prices: { BTC: 100 - i, ETH: 10 },
      liquidatedAccounts: 1,
      liquidatedNotional: 10 * i,
      insuranceFund: 1000 - i,
      badDebt: 1,
      userLiquidated: i === 5,
    }));
    const rows = stepRows(handResult(steps), 3);
    expect(rows.binSize).toBe(4);
    expect(rows.rows.map((r) => r.label)).toEqual(['Steps 0–3', 'Steps 4–7', 'Steps 8–9']);
    expect(rows.rows.map((r) => r.liquidatedAccounts)).toEqual([4, 4, 2]);
    // 0+10+20+30, 40+50+60+70, 80+90.
    expect(rows.rows.map((r) => r.liquidatedNotional)).toEqual([60, 220, 170]);
    expect(rows.rows.map((r) => r.prices.BTC)).toEqual([97, 93, 91]);
    expect(rows.rows.map((r) => r.insuranceFund)).toEqual([997, 993, 991]);
    expect(rows.rows.map((r) => r.badDebtToDate)).toEqual([4, 8, 10]);
    // A bin's amplification would be a ratio of sums of ratios: left out.
    expect(rows.rows.every((r) => r.amplification === null)).toBe(true);
    expect(rows.userRow).toBe(1);
    expect(rows.domain).toEqual([-2, 10]);
    // The playhead finds the row of a step.
    expect(rowOfStep(rows, 5)?.label).toBe('Steps 4–7');
    expect(rowOfStep(rows, 99)?.label).toBe('Steps 8–9');
  });

  it('keeps 1,000 steps within 120 rows', () => {
    const steps = Array.from({ length: 1000 }, (_, i) => ({ step: i, prices: { BTC: 100, ETH: 10 } }));
    const rows = stepRows(handResult(steps));
    expect(rows.binSize).toBe(9);
    expect(rows.rows.length).toBeLessThanOrEqual(120);
    expect(rows.rows[rows.rows.length - 1]!.to).toBe(999);
  });

  it('labels a bin of one step and of several', () => {
    expect(stepLabel(3, 3)).toBe('Step 3');
    expect(stepLabel(3, 7)).toBe('Steps 3–7');
  });

  it('pads a shared move axis and rounds it to whole percent', () => {
    // Lowest −15 % (BTC at 85), padded by 5 % of the 15-point span (at least 0.5): −15.8 → −16; 0 + 0.8 → 1.
    expect(moveDomain([stepRows(threeSteps)], ['BTC', 'ETH'])).toEqual([-16, 1]);
  });

  it('never holds NaN, on a real preset run', () => {
    const result = presetResult('thin-market', (s) => ({ ...s, crowd: { ...s.crowd, count: 2000 }, criticalShock: { search: false } }));
    const rows = stepRows(result);
    expect(rows.rows.length).toBe(result.steps.length);
    expect(JSON.stringify(rows)).not.toMatch(/NaN|null,"movePercents"/);
    for (const r of rows.rows) for (const v of [r.liquidatedNotional, r.insuranceFund, ...Object.values(r.movePercents)]) expect(Number.isFinite(v)).toBe(true);
  });
});
