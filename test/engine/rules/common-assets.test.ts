import { describe, expect, it } from 'vitest';
import { RULE_SETS } from '../../../src/engine/rules';

// The blocks of rules/common-assets.ts, as each rule set that spreads them reads them: a wrong
// number in the shared block shows here under the venue's name.

describe('shared rule-set blocks', () => {
  const exchanges = ['binance-usdm', 'bybit-linear', 'deribit', 'hyperliquid'] as const;

  it.each(exchanges)('%s: Deribit option rates, Binance Cross Margin borrow rates, whole-position close', (name) => {
    const r = RULE_SETS[name];
    // Deribit "Margin": short option maintenance 7.5 %, initial max(15 % − OTM, 10 %).
    expect([r.optionMaintenanceRate, r.optionInitialRate, r.optionInitialFloor]).toEqual([0.075, 0.15, 0.1]);
    // Binance Cross Margin: margin level 1.1 → 10 % of the liability; 5× to open → 25 %.
    expect([r.borrowMaintenanceRate, r.borrowInitialRate]).toEqual([0.1, 0.25]);
    expect([r.kind, r.closeFactor, r.fullCloseBelowHealth, r.fullCloseBelowValue.toString(), r.defaultCorrelation]).toEqual(['exchange', 1, 1, '0', 0.5]);
    expect(r.portfolioMargin.grid).toBe(RULE_SETS['generic-cex'].portfolioMargin.grid);
  });

  it.each(exchanges)('%s: a stablecoin margins 1 % maintenance, 2 % initial (50×), no haircut, no lending terms', (name) => {
    const usdc = RULE_SETS[name].assets.USDC!;
    expect(usdc).toBe(RULE_SETS[name].stableAsset);
    expect([usdc.maintenance.length, usdc.maintenance[0]!.rate, usdc.maintenance[0]!.initialRate, usdc.initialRate]).toEqual([1, 0.01, 0.02, 0.02]);
    expect([usdc.haircut, usdc.priceRange, usdc.liquidationThreshold, usdc.maxLtv, usdc.liquidationBonus]).toEqual([0, 0.03, 0, 0, 0]);
  });

  it('aave-v3 keeps Aave v3.3\'s pool terms: close factor 50 %, 100 % at HF ≤ 0.95 or under $2,000', () => {
    const r = RULE_SETS['aave-v3'];
    expect([r.kind, r.closeFactor, r.fullCloseBelowHealth, r.fullCloseBelowValue.toString()]).toEqual(['lending', 0.5, 0.95, '2000']);
    expect([r.optionMaintenanceRate, r.borrowMaintenanceRate, r.borrowInitialRate]).toEqual([0, 0, 0]);
    // The launch parameters stay the file's own: WETH LTV 80 %, LT 83 %, bonus 5.2 %.
    expect([r.assets.WETH!.maxLtv, r.assets.WETH!.liquidationThreshold, r.assets.WETH!.liquidationBonus]).toEqual([0.8, 0.83, 0.052]);
  });
});
