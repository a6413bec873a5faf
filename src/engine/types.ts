import type Decimal from 'decimal.js';

// The glossary. Each quantity in the trader's words, with the unit in the name of the type.

/** A ticker such as "BTC" or "USDC": the key of `assets`, `balances` and `overrides`. */
export type AssetSymbol = string;
/** An amount of the portfolio's quote currency (USD unless the file says otherwise). */
export type Money = Decimal;
/** The price of one unit of an asset, in the quote currency. */
export type Price = Decimal;
/** A signed amount of an asset: positive long or held, negative short or borrowed. */
export type Quantity = Decimal;
/** A ratio such as a haircut (0.05) or a maintenance rate (0.004): a fraction, not a percent. */
export type Rate = number;
/** A relative price move: -0.23 is a 23 % fall. Never a percent. */
export type Fraction = number;
/** Annualised volatility as a fraction: 0.55 is 55 % a year. */
export type AnnualVolatility = number;
/** Prices of every asset, by symbol. */
export type PriceMap = Readonly<Record<AssetSymbol, Price>>;
