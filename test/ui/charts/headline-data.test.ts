import { describe, expect, it } from 'vitest';
import { accountWarnings, headlineCsv, headlineItems, headlineText, liquidationThresholds } from '../../../src/ui/charts/headline-data';
import { COVER_LABEL, coverBand } from '../../../src/ui/charts/health-zone';
import { fixtureReport } from './fixture-report';

// Bands of the ratio for the charts that plot it at many moves (the health heatmap, the health
// curve's shading): named by the cover left, never by a zone word the headline's zone could contradict.
describe('bands of the health factor', () => {
  it('bands below 1 liquidated, 1–1.2 within 20 % of liquidation, 1.2–2 under twice the requirement, 2 and above', () => {
    expect(coverBand(0.99)).toBe('liquidated');
    expect(coverBand(1)).toBe('within20');
    // 1.19: equity 19 % above maintenance, within 20 % of liquidation.
    expect(coverBand(1.19)).toBe('within20');
    expect(coverBand(1.2)).toBe('belowDouble');
    expect(coverBand(1.99)).toBe('belowDouble');
    expect(coverBand(2)).toBe('doubleOrMore');
    expect(coverBand(null)).toBe('none');
    expect(coverBand(Number.NaN)).toBe('none');
    expect(coverBand(Number.POSITIVE_INFINITY)).toBe('none');
  });

  it('uses no zone word in a band\'s name', () => {
    for (const label of Object.values(COVER_LABEL)) expect(label).not.toMatch(/healthy|safe|caution|danger/i);
    expect(COVER_LABEL.within20).toBe('within 20% of liquidation (1–1.2)');
  });
});

describe('headline strip data', () => {
  it('lists the six figures formatted, money in the quote currency, the health as the margin ratio in percent', () => {
    const items = headlineItems(fixtureReport());
    // Margin ratio = 6,000 ÷ 11,040 = 0.543478… = 54.35 %; the zone is the engine's (6.9 daily σ away: safe), not the ratio's.
    expect(items.map((i) => [i.label, i.text, i.unit])).toEqual([
      ['Equity', '11,500.50', 'USDT'],
      ['Maintenance margin', '6,000.00', 'USDT'],
      ['Initial margin', '9,000.00', 'USDT'],
      ['Free margin', '2,040.00', 'USDT'],
      ['Margin ratio', '54.35%', ''],
      ['Distance to liquidation', '−20.0%', ''],
    ]);
    expect(items[4]).toMatchObject({ zone: 'safe', nearest: 'a 20.0% fall of every non-stable asset together, 6.9 daily σ' });
  });

  it('takes the zone from account.health, not from the ratio', () => {
    // 1.22 of cover reads "caution" by the ratio's bands; 0.14 % away (0.03 daily σ) is danger.
    const report = fixtureReport();
    report.account.healthFactor = '1.2183908045977011494';
    report.account.health = {
      measure: 'margin ratio', value: '0.82075471698113207547', liquidated: false, zone: 'danger',
      nearestLiquidation: { along: 'BTC', move: -0.001448943796232746, dailyVolatility: 0.04449103342016816, dailySigmas: 0.03256709689229038 },
    };
    expect(headlineItems(report)[4]).toMatchObject({ label: 'Margin ratio', value: '82.08%', zone: 'danger', nearest: 'a 0.14% fall in BTC, 0.03 daily σ' });
  });

  it('on a lending pool shows collateral, debt and borrow power, not margins of 0.00, the health factor, and each collateral\'s threshold', () => {
    // Aave-style: 50 ETH at 3,000 = 150,000 of collateral; at an 85 % threshold it counts 127,500; ÷ 83,000 of debt = 1.536.
    const report = fixtureReport();
    report.rules = { ...report.rules, kind: 'lending' };
    report.lending = {
      collateralValue: '150000', weightedCollateral: '127500', debt: '83000', healthFactor: '1.536144578313253012', borrowCapacity: '40750',
      closeFactor: 0.5, liquidation: { maxRepayable: '41500', repayAllowedByCloseFactor: '41500', bonusByAsset: { ETH: 0.05 }, collateralSeized: null },
    };
    report.account.health = {
      measure: 'health factor', value: '1.536144578313253012', liquidated: false, zone: 'safe',
      nearestLiquidation: { along: 'ETH', move: -0.34901960784313724, dailyVolatility: 0.03402255496836389, dailySigmas: 10.258477300357821 },
    };
    report.account.assets = [
      { ...report.account.assets[0]!, asset: 'ETH', price: '3000', stable: false, balance: '50', collateralValue: '127500' },
      { ...report.account.assets[0]!, asset: 'USDC', price: '1', stable: true, balance: '-83000', collateralValue: '-83000' },
    ];
    expect(headlineItems(report).map((i) => [i.label, i.text])).toEqual([
      ['Collateral', '150,000.00'],
      ['Debt', '83,000.00'],
      ['Borrow power left', '40,750.00'],
      ['Health factor', '1.54'],
      ['Distance to liquidation', '−20.0%'],
    ]);
    // 0.349 ÷ 0.034 = 10.26 daily σ: shown whole beyond 10.
    expect(headlineItems(report)[3]).toMatchObject({ zone: 'safe', nearest: 'a 34.9% fall in ETH, 10 daily σ' });
    // 127,500 ÷ (50 × 3,000) = 0.85; the borrow is not collateral.
    expect(liquidationThresholds(report)).toEqual([{ asset: 'ETH', threshold: 0.85 }]);
    expect(liquidationThresholds(fixtureReport())).toEqual([]);
  });

  it('shows "before → now" against a baseline', () => {
    const report = fixtureReport();
    // 6,000 ÷ 9,000 = 0.6667 after a fall.
    report.account.health = { ...report.account.health!, value: '0.66666666666666666667' };
    const health = headlineItems(report, fixtureReport())[4];
    expect(health).toMatchObject({ text: '54.35% → 66.67%', before: '54.35%', value: '66.67%', zone: 'safe' });
    const equity = headlineItems(report, fixtureReport())[0];
    expect(equity?.text).toBe('11,500.50');
  });

  it('says "liquidated", never a negative ratio, once no equity is left', () => {
    const report = fixtureReport();
    report.account.healthFactor = '-21.47';
    report.account.marginRatio = null;
    report.account.health = { measure: 'margin ratio', value: null, reason: 'no equity left', liquidated: true, zone: 'liquidated', nearestLiquidation: null };
    const health = headlineItems(report)[4];
    expect(health).toMatchObject({ value: '—', reason: 'no equity left', zone: 'liquidated', nearest: 'at or past liquidation now' });
    expect(headlineText(report).rows[4]).toEqual(['Margin ratio', '— (liquidated; nearest liquidation: at or past liquidation now) (no equity left)']);
  });

  it('writes the raw values to CSV, the distance and the margin ratio in percent like the screen, with the zone and the nearest liquidation', () => {
    const csv = headlineCsv(fixtureReport(), fixtureReport());
    expect(csv.header).toEqual(['figure', 'unit', 'value', 'before']);
    expect(csv.rows[0]).toEqual(['Equity', 'USDT', '11500.5', '11500.5']);
    // 0.54347826… × 100.
    expect(csv.rows[4]?.slice(0, 2)).toEqual(['Margin ratio', '%']);
    expect(csv.rows[4]?.[2]).toBeCloseTo(54.347826, 5);
    expect(csv.rows[5]).toEqual(['Distance to liquidation', '%', -20, -20]);
    expect(csv.rows[6]).toEqual(['Zone', '', 'safe', 'safe']);
    expect(csv.rows[7]).toEqual(['Nearest liquidation, along', '', 'joint', 'joint']);
    expect(csv.rows[8]).toEqual(['Nearest liquidation, move', '%', -20, -20]);
    expect(csv.rows[9]?.[2]).toBeCloseTo(6.947, 3);
  });

  it('names the zone and the nearest liquidation in the text alternative', () => {
    expect(headlineText(fixtureReport()).rows[4]).toEqual(['Margin ratio', '54.35% (safe; nearest liquidation: a 20.0% fall of every non-stable asset together, 6.9 daily σ)']);
  });

  it('lists the engine\'s warnings that belong to no position, named as the screen names them', () => {
    const report = fixtureReport();
    report.warnings = [
      { path: 'positions[0].expiry', message: 'expired: settled at the mark price' },
      { path: 'overrides.BTC.maintenance[1].amount', message: 'these brackets do not chain' },
    ];
    // The position's own warning is on its row; the brackets' is the account's.
    expect(accountWarnings(report)).toEqual(['Asset BTC, maintenance brackets, bracket 2, amount: these brackets do not chain']);
  });
});
