import { Dec } from '../money';
import { bracketsFromRates } from './brackets';
import type { AssetRules, RuleSet, VolatilityTrigger } from './types';
import { SPAN_PORTFOLIO_MARGIN } from './span';

// generic-cex: tiered cross / isolated margin of a large centralised exchange.
// Modelled on Binance USDS-M futures (notional brackets with a cumulative maintenance amount,
// maintenance valued at the mark price, liquidation price formula in the reference notes), Binance
// Cross Margin for spot borrows (liquidation at margin level 1.1) and Deribit for short options.
// Figures are modelled on the venues' published tables as of 2024–2025, not copied live: a venue
// changes its tables often, so this file states the shape and the order of magnitude.

const notLending = { liquidationThreshold: 0, maxLtv: 0, liquidationBonus: 0 } as const;

/** BTC: brackets modelled on Binance BTCUSDT (0.4 % to 50k notional, 0.5 % to 500k, …); max 125× → initial 0.8 %. */
const BTC: AssetRules = {
  maintenance: bracketsFromRates([
    ['50000', 0.004], ['500000', 0.005], ['8000000', 0.01], ['50000000', 0.025], ['80000000', 0.05],
    ['100000000', 0.1], ['200000000', 0.125], ['300000000', 0.15], [null, 0.25],
  ]),
  initialRate: 0.008,
  haircut: 0.05, // Binance multi-assets mode values BTC collateral at 95 %
  priceRange: 0.15, // portfolio margin scan range: Deribit ±16 % for BTC, OKX BTC/ETH shocks to ±12 %
  ...notLending,
};

/** ETH: modelled on Binance ETHUSDT (0.5 % to 10k …); max 100× → initial 1 %. */
const ETH: AssetRules = {
  maintenance: bracketsFromRates([
    ['10000', 0.005], ['100000', 0.0065], ['500000', 0.01], ['1000000', 0.02], ['2000000', 0.05],
    ['5000000', 0.1], ['10000000', 0.125], ['20000000', 0.15], [null, 0.25],
  ]),
  initialRate: 0.01,
  haircut: 0.05,
  priceRange: 0.15,
  ...notLending,
};

/** Large altcoins (SOL, XRP, …): 1 % to 5k notional, rising; max 50× → initial 2 %. */
const largeAlt: AssetRules = {
  maintenance: bracketsFromRates([
    ['5000', 0.01], ['50000', 0.015], ['250000', 0.02], ['1000000', 0.05], ['5000000', 0.1],
    ['10000000', 0.125], [null, 0.25],
  ]),
  initialRate: 0.02,
  haircut: 0.1,
  priceRange: 0.25, // OKX's extreme move for SOL / DOGE is ±36 %; the ordinary range is narrower
  ...notLending,
};

/** Any other asset: 2 % maintenance to 5k notional, max 20× → initial 5 %, 20 % haircut. */
const defaultAsset: AssetRules = {
  maintenance: bracketsFromRates([
    ['5000', 0.02], ['25000', 0.025], ['100000', 0.05], ['250000', 0.1], ['1000000', 0.125], [null, 0.25],
  ]),
  initialRate: 0.05,
  haircut: 0.2,
  priceRange: 0.3,
  ...notLending,
};

/** Stablecoins: collateral at full value; a borrowed stablecoin needs only the account's borrow margin. */
const stableAsset: AssetRules = {
  maintenance: bracketsFromRates([[null, 0.01, 0.02]]),
  initialRate: 0.02,
  haircut: 0,
  priceRange: 0.03, // a stablecoin's depeg risk
  ...notLending,
};

// Dynamic margin: rates that rise with volatility. Clearing houses and venues raise margin when
// volatility jumps, by announcement rather than by a published formula, so the levels below are a
// modelled schedule whose order of magnitude the cited events set, not any venue's rule:
// - CME S&P 500 futures: margin $33,000 on 26 Feb 2020, raised from 2 Mar 2020 in steps to about
//   twice that by late March as the market's volatility several-fold rose (Clarus Financial
//   Technology, "CME S&P 500 Futures Margins in March 2020", Jun 2020; BIS Bulletin, 2020: US equity
//   index futures initial margin doubled in March 2020).
// - COMEX silver: maintenance $8,700 → $16,000 (+84 %) in five raises, 26 Apr – 9 May 2011, "as per
//   the normal review of market volatility" (CME Clearing advisory 11-159, May 2011; Reuters
//   factbox "Silver margin changes by CME since 2009", 24 Sep 2011).
const VOLATILITY_TRIGGERS: readonly VolatilityTrigger[] = [
  { atVolatilityMultiplier: 2, rateFactor: 1.5, source: 'Modelled on COMEX silver, Apr–May 2011: +84 % maintenance as volatility jumped (Reuters factbox, 24 Sep 2011)', date: '2011-05-09' },
  { atVolatilityMultiplier: 3, rateFactor: 2, source: 'Modelled on CME S&P 500 futures, Mar 2020: margin about doubled as volatility rose several-fold (Clarus FT, Jun 2020; BIS Bulletin 2020)', date: '2020-03-25' },
];

export const genericCex: RuleSet = {
  name: 'generic-cex',
  title: 'Generic centralised exchange (tiered cross / isolated margin)',
  source: 'Modelled on Binance USDS-M futures brackets and liquidation-price formula, Binance Cross Margin (margin level 1.1) and Deribit option margin',
  date: '2025-06-01',
  kind: 'exchange',
  maintenanceValuedAt: 'mark',
  optionMaintenanceRate: 0.075, // Deribit: short option maintenance 7.5 % of the underlying + mark value (Deribit margin docs, read 2025-06-01)
  optionInitialRate: 0.15, // Deribit: max(15 % − OTM amount, 10 %) of the underlying + mark value (Deribit margin docs, read 2025-06-01)
  optionInitialFloor: 0.1, // the 10 % of the same formula
  // Spot borrows: Binance Cross Margin liquidates at margin level (assets ÷ liabilities) 1.1, i.e.
  // equity under 10 % of liabilities; opening at its 5× (Cross Margin Classic) needs 25 %
  // (Binance "Margin Level" and "Cross Margin Pro" FAQ, read 2025-06-01).
  borrowMaintenanceRate: 0.1,
  borrowInitialRate: 0.25,
  // Liquidation closes the whole position (Binance USDS-M "Liquidation Protocols", read 2025-06-01;
  // its partial liquidation of the largest tiers is not modelled): a lending pool's close factor,
  // its full-close health and its $2,000 dust rule have nothing to act on.
  closeFactor: 1,
  fullCloseBelowHealth: 1,
  fullCloseBelowValue: new Dec(0),
  defaultCorrelation: 0.5, // no venue publishes one: this project's choice for a pair the file leaves out (2025-06-01)
  portfolioMargin: SPAN_PORTFOLIO_MARGIN, // CME SPAN (span.ts, 2025-06-01): read only where a book names the `portfolio` rule set
  assets: {
    BTC, WBTC: BTC, ETH, WETH: ETH, STETH: ETH,
    SOL: largeAlt, XRP: largeAlt, BNB: largeAlt, DOGE: largeAlt, ADA: largeAlt,
    USDC: stableAsset, USDT: stableAsset, USD: stableAsset, FDUSD: stableAsset,
  },
  defaultAsset,
  stableAsset,
  volatilityTriggers: VOLATILITY_TRIGGERS,
};
