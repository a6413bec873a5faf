import { genericCex } from './generic-cex';
import { lending } from './lending';
import { portfolioRules } from './portfolio';
import { binanceUsdm } from './binance-usdm';
import { bybitLinear } from './bybit-linear';
import { hyperliquid } from './hyperliquid';
import { deribit } from './deribit';
import { aaveV3 } from './aave-v3';
import type { AssetOverride, RuleSetName } from '../format/schema';
import type { AssetRules, RuleSet } from './types';
import { derivedInitialRate } from './brackets';

export type { AssetRules, RuleSet, MaintenanceBracket, PortfolioMarginSettings } from './types';
export { bracketFor, initialForNotional, initialInBracket, maintenanceForNotional, maintenanceInBracket, bracketsFromRates } from './brackets';
export { portfolioMarginSettings, scenarioGrid, type GridScenario } from './portfolio';

export const RULE_SETS: Readonly<Record<RuleSetName, RuleSet>> = {
  'generic-cex': genericCex, lending, portfolio: portfolioRules,
  'binance-usdm': binanceUsdm, 'bybit-linear': bybitLinear, hyperliquid, deribit, 'aave-v3': aaveV3,
};

/** Symbols treated as stablecoins when a file does not say: they stay put in a joint move. */
const KNOWN_STABLECOINS = new Set(['USD', 'USDC', 'USDT', 'DAI', 'FDUSD', 'TUSD', 'USDE', 'PYUSD', 'USDS', 'BUSD']);

export function isStablecoin(symbol: string, volatility: number, declared: boolean | undefined): boolean {
  if (declared !== undefined) return declared;
  return KNOWN_STABLECOINS.has(symbol.toUpperCase()) || volatility === 0;
}

/** One asset's rules: the rule set's own entry (or its default / stable entry) with the file's overrides on top. */
export function assetRules(rules: RuleSet, symbol: string, stable: boolean, override: AssetOverride | undefined): AssetRules {
  const base = rules.assets[symbol.toUpperCase()] ?? (stable ? rules.stableAsset : rules.defaultAsset);
  if (!override) return base;
  return {
    // A file's own bracket without an initial rate gets one derived as the rule sets do (brackets.ts);
    // one below its maintenance rate is raised to it, so initial margin never falls short of maintenance.
    maintenance: override.maintenance?.map((b) => ({ ...b, initialRate: Math.max(b.initialRate ?? derivedInitialRate(b.rate), b.rate) })) ?? base.maintenance,
    initialRate: override.initialRate ?? base.initialRate,
    haircut: override.haircut ?? base.haircut,
    liquidationThreshold: override.liquidationThreshold ?? base.liquidationThreshold,
    maxLtv: override.maxLtv ?? base.maxLtv,
    liquidationBonus: override.liquidationBonus ?? base.liquidationBonus,
    priceRange: override.priceRange ?? base.priceRange,
  };
}
