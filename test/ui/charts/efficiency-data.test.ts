import { describe, expect, it } from 'vitest';
import { accountCash, cashToAdd, efficiencyRows, savingText, survivalText } from '../../../src/ui/charts/efficiency-data';
import { efficiencyCsv, efficiencyText } from '../../../src/ui/charts/efficiency-table';
import { fixtureReport } from './fixture-report';

describe('efficiency data', () => {
  it('has a bar for isolated and cross, and portfolio only once the engine gives it', () => {
    expect(efficiencyRows(fixtureReport())?.map((r) => [r.label, r.required])).toEqual([
      ['Isolated', 15000],
      ['Cross', 9000],
    ]);
    const report = fixtureReport();
    report.efficiency!.portfolio = { requiredCapital: '7000', survivableMove: -0.3 };
    expect(efficiencyRows(report)?.map((r) => r.regime)).toEqual(['isolated', 'cross', 'portfolio']);
  });

  it('gives per regime the capital needed and the cash to add beyond the cash held', () => {
    // The fixture holds 10,000 USDT at 1. Isolated needs 15,000 → add 5,000; cross needs 9,000 → add 0.
    expect(accountCash(fixtureReport())).toBe('10000');
    expect(efficiencyRows(fixtureReport())?.map((r) => [r.label, r.requiredText, r.cashToAddText])).toEqual([
      ['Isolated', '15000', '5000'],
      ['Cross', '9000', '0'],
    ]);
    // Only stablecoins held count as cash: a BTC balance or a USDT borrow does not.
    const report = fixtureReport();
    report.account.assets = report.account.assets.map((a) => (a.asset === 'BTC' ? { ...a, balance: '2' } : a.asset === 'USDT' ? { ...a, balance: '-500', price: '1.0001' } : a));
    expect(accountCash(report)).toBe('0');
    // 12,000.5 held at 0.9999 = 12,000.5 − 1.20005 = 11,999.29995 → isolated adds 15,000 − 11,999.29995 = 3,000.70005
    report.account.assets = report.account.assets.map((a) => (a.asset === 'USDT' ? { ...a, balance: '12000.5', price: '0.9999' } : a));
    expect(cashToAdd('15000', accountCash(report))).toBe('3000.70005');
  });

  it('is null when the report has no comparison', () => {
    const report = fixtureReport();
    report.efficiency = null;
    report.efficiencyReason = 'no positions to compare';
    expect(efficiencyRows(report)).toBeNull();
    expect(savingText(report)).toBe('no positions to compare');
  });

  it('pairs each regime with the baseline', () => {
    const baseline = fixtureReport();
    baseline.efficiency!.cross = { requiredCapital: '8000', survivableMove: -0.25 };
    const cross = efficiencyRows(fixtureReport(), baseline)?.[1];
    expect(cross).toMatchObject({ before: 8000, beforeText: '8000', beforeSurvivableMove: -0.25 });
  });

  it('states the saving in money and percent: 6000 = 40 % of 15000', () => {
    expect(savingText(fixtureReport())).toBe('Cross saves 6,000.00 USDT (40.0%) against isolated.');
    const report = fixtureReport();
    report.efficiency!.crossSaving = { money: '-250.5', fraction: -0.05 };
    expect(savingText(report)).toBe('Cross needs 250.50 USDT (5.0%) more than isolated.');
    report.efficiency!.crossSaving = { money: '0', fraction: null };
    expect(savingText(report)).toBe('Cross saves 0.00 USDT against isolated.');
  });

  it('says the adverse move survived, or why there is none', () => {
    expect(survivalText(-0.2)).toBe('survives −20.0%');
    expect(survivalText(null)).toBe('no liquidation in the range tested');
    expect(survivalText(null, 'no requirement')).toBe('no requirement');
    expect(survivalText(Number.NaN)).toBe('no liquidation in the range tested');
  });

  it('writes CSV with the exact capital and moves in percent', () => {
    expect(efficiencyCsv(fixtureReport())).toEqual({
      header: ['regime', 'required capital (USDT)', 'cash to add (USDT)', 'survivable move (%)'],
      rows: [
        ['Isolated', '15000', '5000', -8],
        ['Cross', '9000', '0', -20],
      ],
    });
    expect(efficiencyCsv(fixtureReport(), fixtureReport()).header).toHaveLength(6);
  });

  it('gives screen readers the table and the saving', () => {
    const text = efficiencyText(fixtureReport());
    expect(text.caption).toContain('Cross saves 6,000.00 USDT (40.0%)');
    expect(text.rows).toEqual([
      ['Isolated', '15,000.00', '5,000.00', 'survives −8.0%'],
      ['Cross', '9,000.00', '0.00', 'survives −20.0%'],
    ]);
  });
});
