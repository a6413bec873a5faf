import type { Position } from '../format/schema';
import { dec, maxDec, rateOf, ZERO } from '../money';
import { times, timesDifference, timesLess, timesSize, toDouble } from '../short-decimals';
import { black76, yearsToExpiry } from '../pricing/black76';
import { bracketFor, initialInBracket, maintenanceInBracket } from '../rules';
import { asMoney, type Money, type Price } from '../types';
import type { BookContext } from './context';

/**
 * An option's greeks at its size: quantity × the model's figure, delta in units of the asset, vega
 * per volatility point (0.01), theta per calendar day. Doubles: the Black-76 model works them out in
 * Float64, they are sensitivities rather than money owed, and carrying them exact in 40 digits cost
 * a tenth of a 1,000-position report (issue 9). The report prints each double's digits.
 */
export interface PositionGreeks {
  delta: number;
  gamma: number;
  vega: number;
  theta: number;
}

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
  /** Options' greeks; null for a future, whose delta is its quantity and whose other greeks are 0. */
  greeks: PositionGreeks | null;
}

const DAYS_PER_YEAR = 365;
const VOLATILITY_POINTS = 100;

type OptionPosition = Extract<Position, { type: 'option' }>;

/**
 * Black-76 for a position at a price: its volatility × the asset's scale (stress factor and regime,
 * `ctx.volatilityScale`) × `scenarioFactor` (a risk array's volatility up or down).
 */
export function optionModel(ctx: BookContext, p: OptionPosition, price: Price, scenarioFactor = 1, years = yearsToExpiry(ctx.portfolio.asOf, p.expiry)) {
  const volatility = (p.volatility ?? ctx.portfolio.assets[p.asset]!.volatility) * (ctx.volatilityScale[p.asset] ?? ctx.volatilityFactor) * scenarioFactor;
  // The asset's mark stands for the forward: crypto option venues price off it (Deribit marks
  // options on the future of the same expiry), and r = 0 unless the file says otherwise.
  return black76({ forward: toDouble(price), strike: toDouble(p.strike), years, volatility, rate: ctx.rate, right: p.right });
}

function optionValuation(ctx: BookContext, p: OptionPosition, price: Price): PositionValuation {
  const years = yearsToExpiry(ctx.portfolio.asOf, p.expiry);
  const model = optionModel(ctx, p, price, 1, years);
  const value = dec(model.price);
  const quantity = p.quantity;
  const units = toDouble(quantity);
  const markValue = quantity.times(value);
  const notional = timesSize(quantity, price);
  let initialMargin = ZERO;
  let maintenanceMargin = ZERO;
  if (quantity.isNegative() && years > 0) {
    // Deribit: a short option needs a share of the underlying on top of its own value (already a liability in equity).
    const outOfTheMoney = p.right === 'call' ? maxDec(p.strike.minus(price), ZERO) : maxDec(price.minus(p.strike), ZERO);
    const rate = rateOf(ctx.rules.optionInitialRate);
    const floor = rateOf(ctx.rules.optionInitialFloor);
    // N × max(rate − OTM ÷ price, floor), with N = |q| × price: N × rate − |q| × OTM against N × floor,
    // exact and without a 40-digit division. In the money there is nothing to take off the rate.
    initialMargin = outOfTheMoney.isZero() || price.isZero()
      ? times(notional, price.isZero() ? floor : maxDec(rate, floor))
      : maxDec(timesLess(notional, rate, timesSize(quantity, outOfTheMoney)), times(notional, floor));
    maintenanceMargin = times(notional, rateOf(ctx.rules.optionMaintenanceRate));
  }
  return {
    notional: asMoney(notional),
    unrealizedPnl: asMoney(timesDifference(quantity, value, p.premium)),
    equity: asMoney(markValue),
    markValue: asMoney(markValue),
    initialMargin: asMoney(initialMargin),
    maintenanceMargin: asMoney(maintenanceMargin),
    greeks: {
      delta: units * model.delta,
      gamma: units * model.gamma,
      vega: (units * model.vega) / VOLATILITY_POINTS,
      theta: (units * model.theta) / DAYS_PER_YEAR,
    },
  };
}

/** A position at a price of its asset. Lending rule sets carry no derivative margin (see warnings). */
export function valuePosition(ctx: BookContext, p: Position, price: Price): PositionValuation {
  if (p.type === 'option') return optionValuation(ctx, p, price);
  const rules = ctx.assetRules[p.asset]!;
  const notional = asMoney(timesSize(p.quantity, price));
  const unrealizedPnl = asMoney(timesDifference(p.quantity, price, p.entryPrice));
  const zero = asMoney(ZERO);
  const bracket = bracketFor(rules.maintenance, notional);
  return {
    notional,
    unrealizedPnl,
    equity: unrealizedPnl,
    markValue: zero,
    initialMargin: asMoney(initialInBracket(bracket, notional, rules.initialRate)),
    maintenanceMargin: asMoney(maintenanceInBracket(bracket, notional)),
    greeks: null,
  };
}
