import type { Position } from '../format/schema';
import type Decimal from 'decimal.js';
import { dec, maxDec, rateOf, ZERO } from '../money';
import { black76, yearsBetween } from '../pricing/black76';
import { initialForNotional, maintenanceForNotional } from '../rules';
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
const VOLATILITY_POINTS = dec(100);

type OptionPosition = Extract<Position, { type: 'option' }>;

/**
 * Black-76 for a position at a price: its volatility × the asset's scale (stress factor and regime,
 * `ctx.volatilityScale`) × `scenarioFactor` (a risk array's volatility up or down).
 */
export function optionModel(ctx: BookContext, p: OptionPosition, price: Price, scenarioFactor = 1, years = yearsBetween(ctx.portfolio.asOf, p.expiry)) {
  const volatility = (p.volatility ?? ctx.portfolio.assets[p.asset]!.volatility) * (ctx.volatilityScale[p.asset] ?? ctx.volatilityFactor) * scenarioFactor;
  // The asset's mark stands for the forward: crypto option venues price off it (Deribit marks
  // options on the future of the same expiry), and r = 0 unless the file says otherwise.
  return black76({ forward: price.toNumber(), strike: p.strike.toNumber(), years, volatility, rate: ctx.rate, right: p.right });
}

function optionValuation(ctx: BookContext, p: OptionPosition, price: Price): PositionValuation {
  const years = yearsBetween(ctx.portfolio.asOf, p.expiry);
  const model = optionModel(ctx, p, price, 1, years);
  const value = dec(model.price);
  const quantity = p.quantity;
  const markValue = quantity.times(value);
  const notional = quantity.abs().times(price);
  let initialMargin = ZERO;
  let maintenanceMargin = ZERO;
  if (quantity.isNegative() && years > 0) {
    // Deribit: a short option needs a share of the underlying on top of its own value (already a liability in equity).
    const outOfTheMoney = p.right === 'call' ? maxDec(p.strike.minus(price), ZERO) : maxDec(price.minus(p.strike), ZERO);
    const initialShare = price.isZero() ? rateOf(ctx.rules.optionInitialFloor) : maxDec(rateOf(ctx.rules.optionInitialRate).minus(outOfTheMoney.div(price)), rateOf(ctx.rules.optionInitialFloor));
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
    delta: asQuantity(quantity.times(dec(model.delta))),
    gamma: quantity.times(dec(model.gamma)),
    vega: asMoney(quantity.times(dec(model.vega)).div(VOLATILITY_POINTS)),
    theta: asMoney(quantity.times(dec(model.theta)).div(DAYS_PER_YEAR)),
  };
}

/** A position at a price of its asset. Lending rule sets carry no derivative margin (see warnings). */
export function valuePosition(ctx: BookContext, p: Position, price: Price): PositionValuation {
  if (p.type === 'option') return optionValuation(ctx, p, price);
  const rules = ctx.assetRules[p.asset]!;
  const notional = asMoney(p.quantity.abs().times(price));
  const unrealizedPnl = asMoney(p.quantity.times(price.minus(p.entryPrice)));
  const zero = asMoney(ZERO);
  return {
    notional,
    unrealizedPnl,
    equity: unrealizedPnl,
    markValue: zero,
    initialMargin: asMoney(initialForNotional(rules.maintenance, notional, rules.initialRate)),
    maintenanceMargin: asMoney(maintenanceForNotional(rules.maintenance, notional)),
    delta: asQuantity(p.quantity),
    gamma: ZERO,
    vega: zero,
    theta: zero,
  };
}
