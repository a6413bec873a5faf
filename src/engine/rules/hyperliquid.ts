import { bracketsFromRates } from './brackets';
import type { AssetRules, MaintenanceBracket, RuleSet } from './types';
import { exchangeAccount, marginStablecoin, notLending } from './common-assets';

// hyperliquid: Hyperliquid perpetuals (standard, non-portfolio-margin account).
// - Maintenance = 1 ÷ (2 × max leverage) of the notional: half the initial margin at max leverage
//   (Hyperliquid docs, "Liquidations": "1 % at 50×, 16.7 % at 3×"; read 2025-06).
// - Margin tables (Hyperliquid docs, "Margin tiers", as `meta.marginTables` lists them in 2025–2026):
//   BTC 40× up to 150M of notional and 20× past it; ETH 25× up to 100M and 15× past it. Each tier's
//   maintenance deduction keeps the requirement continuous, which is what bracketsFromRates derives.
// - Valued at the mark price: the docs' liquidation price
//   `price − side · margin_available / position_size / (1 − l · side)`, l = 1 / maintenance leverage,
//   is the engine's mark-convention closed form; an account is liquidated when its account value
//   falls below its maintenance margin, for cross and isolated alike.
// - Only USDC margins perpetuals: spot tokens in the same wallet do not (outside portfolio margin),
//   so a non-stable balance counts for nothing (haircut 1).

/** Brackets of a margin table given as (lower bound of the next tier, max leverage) pairs. */
function marginTable(tiers: readonly (readonly [upTo: string | null, maxLeverage: number])[]): MaintenanceBracket[] {
  return bracketsFromRates(tiers.map(([upTo, maxLeverage]) => [upTo, maintenanceRateAt(maxLeverage)] as const));
}

/** Hyperliquid's maintenance rate at a max leverage: 1 ÷ (2 × max leverage). */
export function maintenanceRateAt(maxLeverage: number): number {
  return 1 / (2 * maxLeverage);
}

function asset(tiers: readonly (readonly [string | null, number])[], priceRange: number): AssetRules {
  return { maintenance: marginTable(tiers), initialRate: 1 / tiers[0]![1], haircut: 1, priceRange, ...notLending };
}

// Max leverage of the other majors as Hyperliquid's trading page showed them in 2025 (recalled, not
// re-read for this file: an import carries each coin's own maxLeverage): SOL and XRP 20×, DOGE and
// HYPE 10×; the smallest listings 3× (16.7 % maintenance, the docs' own example).
const BTC = asset([['150000000', 40], [null, 20]], 0.15);
const ETH = asset([['100000000', 25], [null, 15]], 0.15);
const twentyX = asset([[null, 20]], 0.25);
const tenX = asset([[null, 10]], 0.3);
const defaultAsset = asset([[null, 3]], 0.3);
/** USDC: the margin asset. Other stablecoins are counted as USDC would be (an approximation: Hyperliquid takes only USDC). */
const stableAsset = marginStablecoin;

export const hyperliquid: RuleSet = {
  name: 'hyperliquid',
  title: 'Hyperliquid perpetuals',
  source: 'Hyperliquid docs "Liquidations" (maintenance = 1 ÷ (2 × max leverage), liquidation price formula) and "Margin tiers" (BTC 40×/20× past 150M, ETH 25×/15× past 100M)',
  date: '2025-06-01',
  maintenanceValuedAt: 'mark',
  // Exchange account terms (common-assets.ts).
  // Hyperliquid lists no options: Deribit's rates stand in (as in generic-cex) so none goes unmargined.
  // Spot borrows: a standard Hyperliquid account borrows nothing (only USDC margins); Binance Cross Margin's stand in.
  // Positions are closed on the book (then the backstop vault below ⅔ of maintenance); the portfolio
  // margin beta is not modelled: CME SPAN stands in.
  ...exchangeAccount,
  assets: { BTC, ETH, SOL: twentyX, XRP: twentyX, DOGE: tenX, HYPE: tenX, USDC: stableAsset },
  defaultAsset,
  stableAsset,
};
