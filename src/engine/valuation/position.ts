import type { Position } from '../format/schema';
import type Decimal from 'decimal.js';
import { Dec, dec, maxDec, rateOf, ZERO } from '../money';
import { black76, yearsToExpiry } from '../pricing/black76';
import { bracketFor, initialInBracket, maintenanceInBracket } from '../rules';
import { asMoney, asQuantity, type Money, type Price, type Quantity } from '../types';
import type { BookContext } from './context';

/** One derivative position valued at one price of its asset. */
export interface PositionValuation {
  /** |quantity| × price. */
  notional: Money;
  /** Futures: quantity × (price − entry); options: quantity × (value − premium). */
  unrealizedPnl: Money;
  /** What the position adds to equity: futures their PnL, options their value (premium already left the balance). */
  equity: Money;
  /** Options: quantity × model value; futures 0. */
  markValue: Money;
  initialMargin: Money;
  maintenanceMargin: Money;
  /** In units of the asset. */
  delta: Quantity;
  /** Change in delta for a unit move of the price. */
  gamma: Decimal;
  /** Change in value for one volatility point (0.01). */
  vega: Money;
  /** Change in value over one calendar day. */
  theta: Money;
}

// Made once: a number divisor is read through its string on every division.
const DAYS_PER_YEAR = dec(365);
// ÷ 100 as × 0.01: the quotient is exact either way (the same digits, shifted), the product is a third of the work.
const PER_VOLATILITY_POINT = dec('0.01');

/** quantity × a model figure. A zero greek (an expired option's) skips the product: every reader prints or sums it as 0. */
function timesModel(quantity: Decimal, figure: number): Decimal {
  return figure === 0 ? ZERO : quantity.times(dec(figure));
}

/** |quantity|: a positive one as it is, where abs() would copy it (rounded to the precision: the same value when it has no more digits). */
function sizeOf(quantity: Decimal): Decimal {
  return quantity.isNegative() || quantity.sd() > Dec.precision ? quantity.abs() : quantity;
}

type OptionPosition = Extract<Position, { type: 'option' }>;

/**
 * Black-76 for a position at a price: its volatility × the asset's scale (stress factor and regime,
 * `ctx.volatilityScale`) × `scenarioFactor` (a risk array's volatility up or down).
 */
export function optionModel(ctx: BookContext, p: OptionPosition, price: Price, scenarioFactor = 1, years = yearsToExpiry(ctx.portfolio.asOf, p.expiry)) {
  const volatility = (p.volatility ?? ctx.portfolio.assets[p.asset]!.volatility) * (ctx.volatilityScale[p.asset] ?? ctx.volatilityFactor) * scenarioFactor;
  // The asset's mark stands for the forward: crypto option venues price off it (Deribit marks
  // options on the future of the same expiry), and r = 0 unless the file says otherwise.
  return black76({ forward: price.toNumber(), strike: p.strike.toNumber(), years, volatility, rate: ctx.rate, right: p.right });
}

function optionValuation(ctx: BookContext, p: OptionPosition, price: Price): PositionValuation {
  const years = yearsToExpiry(ctx.portfolio.asOf, p.expiry);
  const model = optionModel(ctx, p, price, 1, years);
  const value = dec(model.price);
  const quantity = p.quantity;
  const markValue = quantity.times(value);
  const notional = sizeOf(quantity).times(price);
  let initialMargin = ZERO;
  let maintenanceMargin = ZERO;
  if (quantity.isNegative() && years > 0) {
    // Deribit: a short option needs a share of the underlying on top of its own value (already a liability in equity).
    const outOfTheMoney = p.right === 'call' ? maxDec(p.strike.minus(price), ZERO) : maxDec(price.minus(p.strike), ZERO);
    const rate = rateOf(ctx.rules.optionInitialRate);
    const floor = rateOf(ctx.rules.optionInitialFloor);
    // In the money there is nothing to take off the rate: rate − 0 ÷ price is the rate, without the 40-digit division.
    const initialShare = price.isZero() ? floor : outOfTheMoney.isZero() ? maxDec(rate, floor) : maxDec(rate.minus(outOfTheMoney.div(price)), floor);
    initialMargin = notional.times(initialShare);
    maintenanceMargin = notional.times(rateOf(ctx.rules.optionMaintenanceRate));
  }
  return {
    notional: asMoney(notional),
    unrealizedPnl: asMoney(quantity.times(value.minus(p.premium))),
    equity: asMoney(markValue),
    markValue: asMoney(markValue),
    initialMargin: asMoney(initialMargin),
    maintenanceMargin: asMoney(maintenanceMargin),
    delta: asQuantity(timesModel(quantity, model.delta)),
    gamma: timesModel(quantity, model.gamma),
    vega: asMoney(timesModel(quantity, model.vega).times(PER_VOLATILITY_POINT)),
    theta: asMoney(timesModel(quantity, model.theta).div(DAYS_PER_YEAR)),
  };
}

/** A position at a price of its asset. Lending rule sets carry no derivative margin (see warnings). */
export function valuePosition(ctx: BookContext, p: Position, price: Price): PositionValuation {
  if (p.type === 'option') return optionValuation(ctx, p, price);
  const rules = ctx.assetRules[p.asset]!;
  const notional = asMoney(sizeOf(p.quantity).times(price));
  const unrealizedPnl = asMoney(p.quantity.times(price.minus(p.entryPrice)));
  const zero = asMoney(ZERO);
  const bracket = bracketFor(rules.maintenance, notional);
  return {
    notional,
    unrealizedPnl,
    equity: unrealizedPnl,
    markValue: zero,
    initialMargin: asMoney(initialInBracket(bracket, notional, rules.initialRate)),
    maintenanceMargin: asMoney(maintenanceInBracket(bracket, notional)),
    delta: asQuantity(p.quantity),
    gamma: ZERO,
    vega: zero,
    theta: zero,
  };
}
