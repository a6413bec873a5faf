import type Decimal from 'decimal.js';
import type { Portfolio } from '../format/schema';
import { lookupCorrelation } from '../format/correlation';
import { defaultCorrelation } from '../format/parse';
import { assetRules, isStablecoin, portfolioMarginSettings, RULE_SETS, type AssetRules, type PortfolioMarginSettings, type RuleSet } from '../rules';
import type { AssetSymbol, PriceMap } from '../types';

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
  readonly portfolioMargin: PortfolioMarginSettings;
  /** Correlation of two assets: the file's pair, else the default. */
  readonly correlation: (a: AssetSymbol, b: AssetSymbol) => number;
}

export function makeContext(portfolio: Portfolio, volatilityFactor = 1): BookContext {
  const rules = RULE_SETS[portfolio.rules];
  const assets = Object.keys(portfolio.assets);
  const stable: Record<AssetSymbol, boolean> = {};
  const resolved: Record<AssetSymbol, AssetRules> = {};
  for (const symbol of assets) {
    const asset = portfolio.assets[symbol]!;
    stable[symbol] = isStablecoin(symbol, asset.volatility, asset.stable);
    resolved[symbol] = assetRules(rules, symbol, stable[symbol], portfolio.overrides[symbol]);
  }
  const fallback = defaultCorrelation(portfolio);
  return {
    portfolio, rules, assetRules: resolved, stable, assets, rate: portfolio.rate ?? 0, volatilityFactor,
    portfolioMargin: portfolioMarginSettings(rules, portfolio.portfolioMargin),
    correlation: (a, b) => lookupCorrelation(portfolio.correlations, a, b, fallback),
  };
}

/** Today's marks, by asset. */
export function markPrices(portfolio: Portfolio): Record<AssetSymbol, Decimal> {
  return Object.fromEntries(Object.entries(portfolio.assets).map(([symbol, asset]) => [symbol, asset.price]));
}

/** Every non-stable asset moved by the same fraction (−0.2: all fall 20 %). */
export function jointlyMoved(ctx: BookContext, prices: PriceMap, factor: Decimal): Record<AssetSymbol, Decimal> {
  const out: Record<AssetSymbol, Decimal> = { ...prices };
  for (const symbol of ctx.assets) if (!ctx.stable[symbol]) out[symbol] = prices[symbol]!.times(factor);
  return out;
}
