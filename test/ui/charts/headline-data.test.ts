import { describe, expect, it } from 'vitest';
import { headlineCsv, headlineItems, headlineText, liquidationThresholds } from '../../../src/ui/charts/headline-data';
import { healthZone } from '../../../src/ui/charts/health-zone';
import { fixtureReport } from './fixture-report';

describe('health factor zones', () => {
  it('colours below 1 liquidation, 1–1.2 danger, 1.2–2 caution, 2 and above healthy', () => {
    expect(healthZone(0.99)).toBe('liquidation');
    expect(healthZone(1)).toBe('danger');
    expect(healthZone(1.19)).toBe('danger');
    expect(healthZone(1.2)).toBe('caution');
    expect(healthZone(1.99)).toBe('caution');
    expect(healthZone(2)).toBe('healthy');
    expect(healthZone(null)).toBe('none');
    expect(healthZone(Number.NaN)).toBe('none');
  });
});

describe('headline strip data', () => {
  it('lists the six figures formatted, money in the quote currency', () => {
    const items = headlineItems(fixtureReport());
    expect(items.map((i) => [i.label, i.text, i.unit])).toEqual([
      ['Equity', '11,500.50', 'USDT'],
      ['Maintenance margin', '6,000.00', 'USDT'],
      ['Initial margin', '9,000.00', 'USDT'],
      ['Free margin', '2,040.00', 'USDT'],
      ['Health factor', '1.84', ''],
      ['Distance to liquidation', '−20.0%', ''],
    ]);
    expect(items[4]?.zone).toBe('caution');
  });

  it('on a lending pool shows collateral, debt and borrow power, not margins of 0.00, and each collateral\'s threshold', () => {
    // Aave-style: 50 ETH at 3,000 = 150,000 of collateral; at an 85 % threshold it counts 127,500.
    const report = fixtureReport();
    report.lending = {
      collateralValue: '150000', weightedCollateral: '127500', debt: '83000', healthFactor: '1.536144578313253012', borrowCapacity: '40750',
      closeFactor: 0.5, liquidation: { maxRepayable: '41500', bonusByAsset: { ETH: 0.05 }, collateralSeized: null },
    };
    report.account.assets = [
      { ...report.account.assets[0]!, asset: 'ETH', price: '3000', stable: false, balance: '50', collateralValue: '127500' },
      { ...report.account.assets[0]!, asset: 'USDC', price: '1', stable: true, balance: '-83000', collateralValue: '-83000' },
    ];
    expect(headlineItems(report).map((i) => [i.label, i.text])).toEqual([
      ['Collateral', '150,000.00'],
      ['Debt', '83,000.00'],
      ['Borrow power left', '40,750.00'],
      ['Health factor', '1.84'],
      ['Distance to liquidation', '−20.0%'],
    ]);
    // 127,500 ÷ (50 × 3,000) = 0.85; the borrow is not collateral.
    expect(liquidationThresholds(report)).toEqual([{ asset: 'ETH', threshold: 0.85 }]);
    expect(liquidationThresholds(fixtureReport())).toEqual([]);
  });

  it('shows "before → now" against a baseline', () => {
    const report = fixtureReport();
    report.account.healthFactor = '1.52';
    const hf = headlineItems(report, fixtureReport())[4];
    expect(hf).toMatchObject({ text: '1.84 → 1.52', before: '1.84', value: '1.52', zone: 'caution' });
    const equity = headlineItems(report, fixtureReport())[0];
    expect(equity?.text).toBe('11,500.50');
  });

  it('shows a missing health factor as "—" with the reason', () => {
    const report = fixtureReport();
    report.account.healthFactor = null;
    report.account.healthFactorReason = 'no maintenance requirement';
    const hf = headlineItems(report)[4];
    expect(hf).toMatchObject({ value: '—', reason: 'no maintenance requirement', zone: 'none' });
    expect(headlineText(report).rows[4]).toEqual(['Health factor', '— (no maintenance requirement)']);
  });

  it('writes the raw values to CSV, the distance in percent like the other charts', () => {
    const csv = headlineCsv(fixtureReport(), fixtureReport());
    expect(csv.header).toEqual(['figure', 'unit', 'value', 'before']);
    expect(csv.rows[0]).toEqual(['Equity', 'USDT', '11500.5', '11500.5']);
    expect(csv.rows[5]).toEqual(['Distance to liquidation', '%', -20, -20]);
  });

  it('names the zone in the text alternative', () => {
    expect(headlineText(fixtureReport()).rows[4]).toEqual(['Health factor', '1.84 (caution)']);
  });
});
