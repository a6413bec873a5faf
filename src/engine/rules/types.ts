import type Decimal from 'decimal.js';
import type { Rate } from '../types';

/** One maintenance bracket: a position of notional N ≤ upTo needs N × rate − amount. */
export interface MaintenanceBracket {
  /** Upper notional bound in quote; null: no upper bound. */
  upTo: Decimal | null;
  rate: Rate;
  /** The bracket's cumulative "maintenance amount", which keeps the requirement continuous. */
  amount: Decimal;
  /**
   * Initial margin rate of a position whose notional falls in this bracket: 1 ÷ the bracket's
   * maximum leverage (Binance leverageBracket `initialLeverage`). Never below `rate`.
   */
  initialRate: Rate;
}

/** Everything a rule set says about one asset. */
export interface AssetRules {
  maintenance: MaintenanceBracket[];
  /**
   * The asset's floor on the initial margin rate (1 / the leverage the account trades at); a
   * position's rate is the larger of this and its bracket's own initial rate.
   */
  initialRate: Rate;
  /** Collateral value of a positive balance = value × (1 − haircut). */
  haircut: Rate;
  /** Lending: share of a collateral's value that counts towards health. */
  liquidationThreshold: Rate;
  /** Lending: share of a collateral's value that may be borrowed against. */
  maxLtv: Rate;
  /** Lending: the liquidator's bonus on collateral it seizes. */
  liquidationBonus: Rate;
  /** Portfolio margin: the scan range, the largest ordinary move of the asset's risk array. */
  priceRange: Rate;
}

/** Portfolio margin's scenario grid and credits (rule set `portfolio`; the file's `portfolioMargin` overrides any of them). */
export interface PortfolioMarginSettings {
  grid: 'span' | 'deribit';
  /** Relative volatility shock: σ × (1 ± shock). SPAN's volatility scan range is of this order. */
  volatilityShock: number;
  /** Extreme moves are this multiple of the scan range (SPAN: 2; some sources say 3). */
  extremeMultiple: number;
  /** Share of an extreme scenario's loss that counts (SPAN: 35 %). */
  extremeWeight: number;
  /** Minimum charge per short option, as a share of its underlying notional (SPAN's short option minimum). */
  shortOptionMinimum: number;
  /** Credit offsets between assets (off unless the user asks). */
  interAssetOffset: boolean;
  /** The credit never exceeds this share of the summed requirements. */
  maxOffset: number;
  /** Maintenance = initial × this share (Paradex: maintenance is 50 % of initial). */
  maintenanceShare: number;
}

/** A parameter with where it comes from. */
export interface Sourced {
  source: string;
  /** When the source was read or published (ISO date). */
  date: string;
}

/**
 * A venue's margin-rate change in volatile markets, as data: once the regime's volatility multiplier
 * (the asset's own, else the book's) reaches `atVolatilityMultiplier`, every maintenance and initial
 * rate of the asset's brackets, its bracket amounts and its initial-rate floor are multiplied by
 * `rateFactor` (≥ 1). Of several triggers reached, the largest factor applies.
 */
export interface VolatilityTrigger extends Sourced {
  atVolatilityMultiplier: number;
  rateFactor: number;
}

export interface RuleSet extends Sourced {
  name: 'generic-cex' | 'lending' | 'portfolio' | 'binance-usdm' | 'bybit-linear' | 'hyperliquid' | 'deribit' | 'aave-v3';
  title: string;
  /**
   * exchange: health = adjusted equity ÷ maintenance (bracketed, per position); portfolio: equity ÷
   * maintenance from the scenario grid; lending: Σ collateral × threshold ÷ debt.
   */
  kind: 'exchange' | 'lending' | 'portfolio';
  /**
   * Where an isolated position's maintenance margin is valued: 'mark' (Binance, Hyperliquid: at the
   * liquidation price itself) or 'entry' (Bybit's isolated formula). The two differ by cents.
   */
  maintenanceValuedAt: 'mark' | 'entry';
  /** Short options: maintenance = underlying notional × rate, on top of the option's value (Deribit). */
  optionMaintenanceRate: Rate;
  /** Short options: initial = underlying notional × max(rate − out-of-the-money share, floor). */
  optionInitialRate: Rate;
  optionInitialFloor: Rate;
  /**
   * Exchange rules: a spot borrow (a negative balance) needs this share of the liability as
   * maintenance, and this share to open. Lending pools weigh debt by the health factor instead.
   */
  borrowMaintenanceRate: Rate;
  borrowInitialRate: Rate;
  /** Lending: share of debt a liquidator may repay at once, and the full-close rule under it. */
  closeFactor: Rate;
  fullCloseBelowHealth: number;
  /**
   * Lending: a liquidator may repay the whole debt when the debt or the collateral is worth less
   * than this (quote money; Aave v3.3: $2,000). 0: no such rule.
   */
  fullCloseBelowValue: Decimal;
  /** Correlation of a pair the file does not give. */
  defaultCorrelation: number;
  /**
   * Portfolio margin defaults. The requirement reads them where the book's rule set is of kind
   * 'portfolio'; every exchange report's risk arrays use the `portfolio` rule set's.
   */
  portfolioMargin: PortfolioMarginSettings;
  /** Assets the rule set knows, by symbol; `default` and `stable` serve the rest. */
  assets: Readonly<Record<string, AssetRules>>;
  defaultAsset: AssetRules;
  stableAsset: AssetRules;
  /** Dynamic margin: rates that rise with the volatility regime (none: the rates ignore it). */
  volatilityTriggers?: readonly VolatilityTrigger[];
}
