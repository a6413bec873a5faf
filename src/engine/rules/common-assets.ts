import { Dec } from '../money';
import type { AssetRules, RuleSet } from './types';
import { SPAN_PORTFOLIO_MARGIN } from './span';

// Blocks several rule sets state identically, each with its source and date. A rule set spreads
// the block it shares and keeps beside it the words that say why the block applies to that venue.

/** An exchange account: no lending parameters (no liquidation threshold, no LTV, no bonus). */
export const notLending = { liquidationThreshold: 0, maxLtv: 0, liquidationBonus: 0 } as const;

/**
 * The margin asset or a stablecoin counted 1 : 1 (Binance multi-assets mode, Bybit's collateral
 * value ratio 100 %, Deribit USDC, Hyperliquid USDC; 2024–2025): no haircut, 1 % maintenance and
 * 2 % initial (50×) on a perpetual of it, a 3 % scan range for its depeg risk.
 */
export const marginStablecoin: AssetRules = {
  maintenance: [{ upTo: null, rate: 0.01, amount: new Dec(0), initialRate: 0.02 }],
  initialRate: 0.02,
  haircut: 0,
  priceRange: 0.03,
  ...notLending,
};

/**
 * Options on an exchange that lists none, or margins them apart: Deribit's rates stand in so no
 * option in a book goes unmargined (Deribit docs "Margin", read 2025-06): short option maintenance
 * 7.5 % of the underlying + mark value; initial max(15 % − out-of-the-money share, 10 %) + mark.
 */
const deribitOptionMargin = {
  optionMaintenanceRate: 0.075,
  optionInitialRate: 0.15,
  optionInitialFloor: 0.1,
} as const satisfies Partial<RuleSet>;

/**
 * Spot borrows on an exchange: Binance Cross Margin liquidates at margin level (assets ÷
 * liabilities) 1.1, i.e. equity under 10 % of liabilities; opening at its 5× (Cross Margin Classic)
 * needs 25 % (Binance "Margin Level" and "Cross Margin Pro" FAQ, read 2025-06-01).
 */
const crossMarginBorrow = { borrowMaintenanceRate: 0.1, borrowInitialRate: 0.25 } as const satisfies Partial<RuleSet>;

/**
 * An exchange closes the whole position at once: no close factor, no full-close threshold, no dust
 * rule; pairs the file does not give are correlated 0.5; portfolio margin, where a book asks for
 * it, is CME SPAN (span.ts, 2025-06-01), the venue's own program not being modelled.
 */
const wholePositionClose = {
  closeFactor: 1,
  fullCloseBelowHealth: 1,
  fullCloseBelowValue: new Dec(0),
  defaultCorrelation: 0.5,
  portfolioMargin: SPAN_PORTFOLIO_MARGIN,
} as const satisfies Partial<RuleSet>;

/**
 * An exchange account as the four venue rule sets model it: the three blocks above, which each
 * venue file says why it takes (a venue that lists no options, lends no spot, or has a portfolio
 * margin program not modelled here).
 */
export const exchangeAccount = { kind: 'exchange', ...deribitOptionMargin, ...crossMarginBorrow, ...wholePositionClose } as const satisfies Partial<RuleSet>;

/**
 * A borrow-against-collateral pool (Aave v3, aave-v3-origin LiquidationLogic.sol, read 2025-06-01):
 * no exchange margin on options or borrows (the health factor weighs the debt); close factor 50 %,
 * 100 % at health ≤ 0.95, and 100 % when the collateral or the debt is under $2,000
 * (v3.3 MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD = 2000e8 in base currency). A pool has no portfolio
 * margin; CME SPAN (span.ts) is stated only so every rule set is complete.
 */
export const lendingPool = {
  kind: 'lending',
  maintenanceValuedAt: 'mark',
  optionMaintenanceRate: 0,
  optionInitialRate: 0,
  optionInitialFloor: 0,
  // A lending pool weighs debt by the health factor; it charges no exchange borrow margin
  // (Aave v3 has no such parameter: aave-v3-origin ReserveConfiguration.sol, read 2025-06-01).
  borrowMaintenanceRate: 0,
  borrowInitialRate: 0,
  closeFactor: 0.5, // aave-v3-origin LiquidationLogic.sol DEFAULT_LIQUIDATION_CLOSE_FACTOR = 0.5e4 (read 2025-06-01)
  fullCloseBelowHealth: 0.95, // aave-v3-origin LiquidationLogic.sol CLOSE_FACTOR_HF_THRESHOLD = 0.95e18 (read 2025-06-01)
  fullCloseBelowValue: new Dec(2000), // aave-v3-origin v3.3 LiquidationLogic.sol MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD = 2000e8 ($2,000 in base currency; read 2025-06-01)
  defaultCorrelation: 0.5, // Aave publishes none: this project's choice for a pair the file leaves out (2025-06-01)
  portfolioMargin: SPAN_PORTFOLIO_MARGIN, // a pool has no portfolio margin; CME SPAN (span.ts, 2025-06-01) is stated only so every rule set is complete
} as const satisfies Partial<RuleSet>;
