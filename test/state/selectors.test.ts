import { describe, expect, it } from 'vitest';
import { assetResult } from '../../src/state/selectors';
import { fixtureReport } from '../ui/charts/fixture-report';

// Each asset row and what-if slider reads its asset's figures through one index per report.

describe("an asset's figures from the report", () => {
  it("finds each asset's own row, and nothing for an asset the report does not hold", () => {
    const report = fixtureReport();
    expect(assetResult(report, 'BTC')?.price).toBe('60000');
    expect(assetResult(report, 'ETH')?.delta).toBe('-5');
    expect(assetResult(report, 'SOL')).toBeUndefined();
    expect(assetResult(null, 'BTC')).toBeUndefined();
  });

  it('follows a new report rather than the first one it indexed', () => {
    const first = fixtureReport();
    expect(assetResult(first, 'BTC')?.price).toBe('60000');
    const next = fixtureReport();
    next.account.assets.find((a) => a.asset === 'BTC')!.price = '61000';
    expect(assetResult(next, 'BTC')?.price).toBe('61000');
    expect(assetResult(first, 'BTC')?.price).toBe('60000');
  });

  it('treats names that are Object.prototype keys as ordinary assets', () => {
    expect(assetResult(fixtureReport(), 'constructor')).toBeUndefined();
    expect(assetResult(fixtureReport(), '__proto__')).toBeUndefined();
    // Reports are never changed once made: a report holding the name is a new report.
    const report = fixtureReport();
    report.account.assets.push({ ...report.account.assets[1]!, asset: 'constructor', price: '7' });
    expect(assetResult(report, 'constructor')?.price).toBe('7');
    expect(assetResult(report, 'toString')).toBeUndefined();
  });
});
