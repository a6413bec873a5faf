import { Dec } from '../money';
import { genericCex } from './generic-cex';
import type { AssetRules, RuleSet } from './types';
import { SPAN_PORTFOLIO_MARGIN } from './span';

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
  kind: 'lending',
  maintenanceValuedAt: 'mark',
  optionMaintenanceRate: 0,
  optionInitialRate: 0,
  optionInitialFloor: 0,
  // A lending pool weighs debt by the health factor; it charges no exchange borrow margin
  // (Aave v3 has no such parameter: aave-v3-origin ReserveConfiguration.sol, read 2025-06-01).
  borrowMaintenanceRate: 0,
  borrowInitialRate: 0,
  closeFactor: 0.5, // Aave v3 LiquidationLogic.sol DEFAULT_LIQUIDATION_CLOSE_FACTOR = 0.5e4 (read 2025-06-01)
  fullCloseBelowHealth: 0.95, // Aave v3 LiquidationLogic.sol CLOSE_FACTOR_HF_THRESHOLD = 0.95e18 (read 2025-06-01)
  fullCloseBelowValue: new Dec(2000), // Aave v3.3 LiquidationLogic.sol MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD ($2,000 in base currency; read 2025-06-01)
  defaultCorrelation: 0.5, // no pool publishes one: this project's choice for a pair the file leaves out (2025-06-01)
  portfolioMargin: SPAN_PORTFOLIO_MARGIN, // a pool has no portfolio margin; CME SPAN (span.ts, 2025-06-01) is stated only so every rule set is complete
  assets: {
    ETH, WETH: ETH, STETH: ETH,
    BTC, WBTC: BTC,
    USDC: stableAsset, USDT: stableAsset, DAI: stableAsset, USD: stableAsset,
    SOL: { ...defaultAsset, maxLtv: 0.65, liquidationThreshold: 0.72, liquidationBonus: 0.075 },
  },
  defaultAsset,
  stableAsset,
};
