// The portfolio as the user edits it: the file format (shared/design/portfolio-format.md) with
// every number kept as the text typed, so an invalid cell keeps the user's text and the engine,
// not the form, says what is wrong with it. Paths are the file's paths (positions[2].strike).

export type PositionType = 'perpetual' | 'future' | 'option';
export type OptionRight = 'call' | 'put';

export interface DraftAsset {
  price: string;
  /** Annualised, as a fraction (0.55): a JSON number in the file. */
  volatility: string;
  /** Absent: the engine decides by symbol or zero volatility. */
  stable?: boolean;
}

export type DraftMargin = { mode: 'cross' } | { mode: 'isolated'; collateral: string };

export interface DraftPosition {
  id: string;
  type: PositionType;
  asset: string;
  quantity: string;
  /** Perpetuals and futures. */
  entryPrice?: string;
  /** Futures and options. */
  expiry?: string;
  right?: OptionRight;
  strike?: string;
  premium?: string;
  /** Options: their own volatility; empty or absent takes the asset's. */
  volatility?: string;
  /** Absent: cross, as in the file. */
  margin?: DraftMargin;
}

/** The rule parameters a file may override per asset, as fractions typed as text (priceRange: the portfolio-margin scan range). */
export const OVERRIDE_FIELDS = ['initialRate', 'haircut', 'liquidationThreshold', 'maxLtv', 'liquidationBonus', 'priceRange'] as const;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];

export type DraftOverride = Partial<Record<OverrideField, string>> & {
  /** Bracket tables are kept as the file gave them: the form does not edit them. */
  maintenance?: unknown;
};

/** The portfolio-margin settings typed as numbers (fractions and multiples), kept as text like every number of the draft. */
export const PORTFOLIO_MARGIN_NUMBERS = ['volatilityShock', 'extremeMultiple', 'extremeWeight', 'shortOptionMinimum', 'maxOffset', 'maintenanceShare'] as const;
export type PortfolioMarginNumber = (typeof PORTFOLIO_MARGIN_NUMBERS)[number];

/** The file's optional `portfolioMargin` object; an absent field takes the engine's default. */
export type DraftPortfolioMargin = Partial<Record<PortfolioMarginNumber, string>> & {
  /** "span" or "deribit"; other text is passed on for the engine to reject. */
  grid?: string;
  interAssetOffset?: boolean;
};

export interface DraftPortfolio {
  name: string;
  description?: string;
  asOf: string;
  quote: string;
  rules: string;
  /** Annual interest rate for option discounting. */
  rate?: string;
  assets: Record<string, DraftAsset>;
  correlations: Record<string, string>;
  balances: Record<string, string>;
  positions: DraftPosition[];
  overrides: Record<string, DraftOverride>;
  /** Absent when the file has none. */
  portfolioMargin?: DraftPortfolioMargin;
}

/** The position fields edited as text in a cell. */
export type PositionTextField = 'id' | 'asset' | 'quantity' | 'entryPrice' | 'expiry' | 'strike' | 'premium' | 'volatility';
