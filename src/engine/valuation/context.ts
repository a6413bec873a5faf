import type Decimal from 'decimal.js';
import type { Portfolio } from '../format/schema';
import { lookupCorrelation } from '../format/correlation';
import { defaultCorrelation } from '../format/parse';
import { assetRules, isStablecoin, portfolioMarginSettings, RULE_SETS, type AssetRules, type PortfolioMarginSettings, type RuleSet } from '../rules';
import { asPrice, type AssetSymbol, type Price, type PriceMap } from '../types';
import { ownRecord } from '../records';
import { triggeredRateFactor, withRateFactor } from '../rules/volatility-trigger';

/** What every valuation needs to know about a book besides prices: its rules, per asset, resolved once. */
export interface BookContext {
  readonly portfolio: Portfolio;
  readonly rules: RuleSet;
  readonly assetRules: Readonly<Record<AssetSymbol, AssetRules>>;
  readonly stable: Readonly<Record<AssetSymbol, boolean>>;
  /** Symbols in file order. */
  readonly assets: readonly AssetSymbol[];
  /** Annual rate for option discounting (0 unless the file sets one). */
  readonly rate: number;
  /** Stress: every option volatility is multiplied by this (1 normally). */
  readonly volatilityFactor: number;
  /**
   * Per asset: the stress factor × the regime's volatility multiplier. Every option on the asset is
   * valued at its volatility × this; under portfolio margin the scan range is scaled by the regime's
   * multiplier too (already in `assetRules`).
   */
  readonly volatilityScale: Readonly<Record<AssetSymbol, number>>;
  readonly portfolioMargin: PortfolioMarginSettings;
  /** Correlation of two assets: the file's pair, else the default. */
  readonly correlation: (a: AssetSymbol, b: AssetSymbol) => number;
}

export function makeContext(portfolio: Portfolio, volatilityFactor = 1): BookContext {
  const rules = RULE_SETS[portfolio.rules];
  const assets = Object.keys(portfolio.assets);
  // Keyed by the file's asset names: no prototype behind them.
  const stable = Object.create(null) as Record<AssetSymbol, boolean>;
  const resolved = Object.create(null) as Record<AssetSymbol, AssetRules>;
  const volatilityScale = Object.create(null) as Record<AssetSymbol, number>;
  const regime = portfolio.regime;
  for (const symbol of assets) {
    const asset = portfolio.assets[symbol]!;
    stable[symbol] = isStablecoin(symbol, asset.volatility, asset.stable);
    const base = assetRules(rules, symbol, stable[symbol], portfolio.overrides[symbol]);
    const own = regime?.assets && Object.hasOwn(regime.assets, symbol) ? regime.assets[symbol]!.volatilityMultiplier : undefined;
    const multiplier = own ?? regime?.volatilityMultiplier ?? 1;
    volatilityScale[symbol] = volatilityFactor * multiplier;
    // Portfolio margin's scan range is k × σ × √horizon (SPAN's price scan range, Deribit's
    // volatility-scaled ranges): it widens in proportion to the volatility.
    const widened = multiplier === 1 ? base : { ...base, priceRange: Math.min(1, base.priceRange * multiplier) };
    // A rule set's declared volatility triggers raise the asset's margin rates (rules/volatility-trigger.ts).
    resolved[symbol] = withRateFactor(widened, triggeredRateFactor(rules, multiplier));
  }
  const fallback = defaultCorrelation(portfolio);
  const floor = regime?.correlationFloor;
  const correlation = (a: AssetSymbol, b: AssetSymbol) => {
    const rho = lookupCorrelation(portfolio.correlations, a, b, fallback);
    // The regime's floor lifts the pairs of moving assets: in a crisis they fall together.
    return floor === undefined || a === b || stable[a] || stable[b] ? rho : Math.max(rho, floor);
  };
  return {
    portfolio, rules, assetRules: resolved, stable, assets, rate: portfolio.rate ?? 0, volatilityFactor, volatilityScale,
    portfolioMargin: portfolioMarginSettings(rules, portfolio.portfolioMargin),
    correlation,
  };
}

/** Today's marks, by asset. */
export function markPrices(portfolio: Portfolio): Record<AssetSymbol, Price> {
  return ownRecord(Object.entries(portfolio.assets).map(([symbol, asset]) => [symbol, asPrice(asset.price)] as const));
}

/** Every non-stable asset moved by the same fraction (−0.2: all fall 20 %). */
export function jointlyMoved(ctx: BookContext, prices: PriceMap, factor: Decimal): Record<AssetSymbol, Price> {
  const out = ownRecord(Object.entries(prices));
  for (const symbol of ctx.assets) if (!ctx.stable[symbol]) out[symbol] = asPrice(prices[symbol]!.times(factor));
  return out;
}
