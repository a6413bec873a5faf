import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/engine/money';
import { bracketFor, bracketsFromRates, maintenanceForNotional, RULE_SETS } from '../../../src/engine/rules';

describe('maintenance brackets', () => {
  it('derives the cumulative maintenance amounts of Binance BTCUSDT from its rates', () => {
    // amount_k = amount_{k-1} + upTo_{k-1} × (rate_k − rate_{k-1}):
    // 50,000 × (0.005 − 0.004) = 50; 50 + 500,000 × (0.01 − 0.005) = 2,550;
    // 2,550 + 8,000,000 × (0.025 − 0.01) = 122,550 — the "maintenance amount" column Binance publishes.
    const amounts = RULE_SETS['generic-cex'].assets.BTC!.maintenance.map((b) => b.amount.toString());
    expect(amounts.slice(0, 4)).toEqual(['0', '50', '2550', '122550']);
  });

  it('keeps the requirement continuous at every bracket boundary of every rule-set asset', () => {
    for (const rules of Object.values(RULE_SETS)) {
      for (const asset of [...Object.values(rules.assets), rules.defaultAsset, rules.stableAsset]) {
        for (const [i, b] of asset.maintenance.entries()) {
          const next = asset.maintenance[i + 1];
          if (!next || b.upTo === null) continue;
          // N × rate − amount, evaluated in both brackets at the boundary, agrees.
          expect(b.upTo.times(b.rate).minus(b.amount).toString()).toBe(b.upTo.times(next.rate).minus(next.amount).toString());
        }
      }
    }
  });

  it('charges N × rate − amount in the bracket the notional falls in', () => {
    const brackets = bracketsFromRates([['50000', 0.004], ['500000', 0.005], [null, 0.01]]);
    // 40,000 × 0.004 = 160; 60,000 × 0.005 − 50 = 250; 1,000,000 × 0.01 − 2,550 = 7,450.
    expect(maintenanceForNotional(brackets, new Dec(40000)).toString()).toBe('160');
    expect(maintenanceForNotional(brackets, new Dec(60000)).toString()).toBe('250');
    expect(maintenanceForNotional(brackets, new Dec(1000000)).toString()).toBe('7450');
    // A notional exactly at a bound belongs to the lower bracket.
    expect(bracketFor(brackets, new Dec(50000)).rate).toBe(0.004);
  });
});
