import type Decimal from 'decimal.js';

// The glossary. Each quantity in the trader's words, with the unit in the name of the type.
// Money, Price and Quantity are branded: a price passed where a quantity is expected fails
// type-checking. Arithmetic gives back a plain Decimal, so a result says what it is through one of
// the constructors below (a cast, nothing at run time). Fraction, Rate and volatilities stay plain
// numbers: they are the Float64 sweeps' currency (kernel, cascade), where a cast per operation
// would cost more reading than it saves.

declare const unit: unique symbol;
type Unit<T, Name extends string> = T & { readonly [unit]: Name };

/** A ticker such as "BTC" or "USDC": the key of `assets`, `balances` and `overrides`. */
export type AssetSymbol = string;
/** An amount of the portfolio's quote currency (USD unless the file says otherwise). */
export type Money = Unit<Decimal, 'money'>;
/** The price of one unit of an asset, in the quote currency. */
export type Price = Unit<Decimal, 'price'>;
/** A signed amount of an asset: positive long or held, negative short or borrowed. */
export type Quantity = Unit<Decimal, 'quantity'>;
/** A ratio such as a haircut (0.05) or a maintenance rate (0.004): a fraction, not a percent. */
export type Rate = number;
/** A relative price move: -0.23 is a 23 % fall. Never a percent. */
export type Fraction = number;
/** Annualised volatility as a fraction: 0.55 is 55 % a year. */
export type AnnualVolatility = number;
/** Prices of every asset, by symbol. */
export type PriceMap = Readonly<Record<AssetSymbol, Price>>;

/** An amount of the quote currency. */
export const asMoney = (value: Decimal): Money => value as Money;
/** The price of one unit of an asset. */
export const asPrice = (value: Decimal): Price => value as Price;
/** A signed amount of an asset. */
export const asQuantity = (value: Decimal): Quantity => value as Quantity;
