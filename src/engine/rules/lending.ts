import { genericCex } from './generic-cex';
import type { AssetRules, RuleSet } from './types';
import { lendingPool } from './common-assets';

// lending: a borrow-against-collateral pool. Health factor = Σ collateral × liquidation threshold
// ÷ debt (Aave v3, LiquidationLogic.sol; @aave/math-utils calculateHealthFactorFromBalances).
// Close factor 50 %, 100 % when health ≤ 0.95 (Aave v3). Thresholds and bonuses from the Aave v2
// risk review (Nov 2021) where it gives them (WETH LTV 82.5 %, LT 85 %, bonus 5 %; WBTC bonus 6.5 %;
// USDC bonus 4 %); the rest modelled on Aave v3 Ethereum market parameters of 2024.

const noExchangeMargin = { maintenance: genericCex.defaultAsset.maintenance, initialRate: 1, haircut: 0, priceRange: 0.3 } as const;

const ETH: AssetRules = { ...noExchangeMargin, priceRange: 0.15, maxLtv: 0.825, liquidationThreshold: 0.85, liquidationBonus: 0.05 };
const BTC: AssetRules = { ...noExchangeMargin, priceRange: 0.15, maxLtv: 0.73, liquidationThreshold: 0.78, liquidationBonus: 0.065 };
const stableAsset: AssetRules = { ...noExchangeMargin, priceRange: 0.03, maxLtv: 0.8, liquidationThreshold: 0.85, liquidationBonus: 0.04 };
/** An asset the pool does not list: a conservative listing. */
const defaultAsset: AssetRules = { ...noExchangeMargin, maxLtv: 0.5, liquidationThreshold: 0.6, liquidationBonus: 0.1 };

export const lending: RuleSet = {
  name: 'lending',
  title: 'Lending pool (Aave-style health factor)',
  source: 'Aave v3 LiquidationLogic.sol (close factor, health factor); Aave v2 risk review Nov 2021 (thresholds, bonuses)',
  date: '2025-06-01',
  // Close factor, thresholds of a full close, no exchange margin: the pool's terms (common-assets.ts).
  ...lendingPool,
  assets: {
    ETH, WETH: ETH, STETH: ETH,
    BTC, WBTC: BTC,
    USDC: stableAsset, USDT: stableAsset, DAI: stableAsset, USD: stableAsset,
    SOL: { ...defaultAsset, maxLtv: 0.65, liquidationThreshold: 0.72, liquidationBonus: 0.075 },
  },
  defaultAsset,
  stableAsset,
};
