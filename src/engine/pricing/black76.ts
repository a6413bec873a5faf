// Black-76: a European option on a forward (or future) price, the model crypto option venues quote
// in. Float64 on purpose: option values feed sweeps and scenario grids; callers convert to
// Decimal at the edge when the number is money.
import { normalCdf, normalPdf } from './normal';

export interface Black76Input {
  /** Forward (futures) price of the underlying at expiry, in the quote currency. */
  forward: number;
  strike: number;
  /** Time to expiry in years of 365 days (see `yearsBetween`); ≤ 0 means expired. */
  years: number;
  /** Annualised volatility as a fraction: 0.55 is 55 %. */
  volatility: number;
  /** Continuously compounded annual discount rate as a fraction. */
  rate: number;
  right: 'call' | 'put';
}

/**
 * Value and raw sensitivities of one unit of underlying. No venue scaling: vega is per 1.00 of
 * volatility (divide by 100 for "per vol point"), theta per year of calendar time (divide by 365
 * for "per day").
 */
export interface Black76Result {
  price: number;
  /** ∂price/∂forward. */
  delta: number;
  /** ∂²price/∂forward². */
  gamma: number;
  /** ∂price/∂volatility. */
  vega: number;
  /** ∂price/∂t as calendar time passes, per year: −∂price/∂years. */
  theta: number;
}

/**
 * Below this total volatility σ√T the option is treated as certain (deterministic forward): the
 * model price then differs from the discounted intrinsic value by under 4e-13 of the forward,
 * while d1 = ln(F/K)/(σ√T) and gamma ∝ 1/(σ√T) head to overflow.
 */
const MIN_TOTAL_VOLATILITY = 1e-12;

const SECONDS_PER_YEAR = 31_536_000;

/**
 * Black-76 value and greeks of a European option on a forward. Total for finite inputs: expiry,
 * zero volatility and a forward at or below zero have closed forms below, and every result is a
 * finite number for forwards and strikes of at least 1e-12 (or exactly 0). Throws RangeError on
 * a non-finite input, a negative strike or a negative volatility: those are bugs upstream.
 */
function finite(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`black76: ${name} is not a finite number (${value})`);
}

export function black76(input: Black76Input): Black76Result {
  const { strike, years, volatility, rate, right } = input;
  // One check per input rather than a loop over Object.entries: the exact path prices every option
  // of a report through here, and the entries were an array and an object per call.
  finite('forward', input.forward);
  finite('strike', strike);
  finite('years', years);
  finite('volatility', volatility);
  finite('rate', rate);
  if (strike < 0) throw new RangeError(`black76: strike must not be negative (${strike})`);
  if (volatility < 0) throw new RangeError(`black76: volatility must not be negative (${volatility})`);

  const sign = right === 'call' ? 1 : -1;
  // A forward price cannot go below zero; a stress scenario that pushes it there means "worthless
  // underlying", so price at zero rather than take log of a negative number.
  const forward = Math.max(input.forward, 0);

  if (years <= 0) {
    // Expired (or past expiry): the payoff itself, not discounted, since no time remains.
    return {
      price: Math.max(sign * (forward - strike), 0),
      delta: certainDelta(sign, forward, strike),
      gamma: 0,
      vega: 0,
      theta: 0,
    };
  }

  const discount = Math.exp(-rate * years);
  const sqrtYears = Math.sqrt(years);
  const totalVolatility = volatility * sqrtYears;

  // No uncertainty left in the exercise decision: zero volatility, a zero forward (the put is
  // surely exercised, the call surely not) or a zero strike (the call is the discounted forward).
  // The formula below would divide by zero or take log(0) in each case.
  if (totalVolatility < MIN_TOTAL_VOLATILITY || forward === 0 || strike === 0) {
    const price = discount * Math.max(sign * (forward - strike), 0);
    const atTheMoney = forward === strike;
    return {
      price,
      delta: discount * certainDelta(sign, forward, strike),
      // The true gamma at the money is a spike of infinite height; elsewhere it is zero.
      gamma: 0,
      // One-sided limit as σ → 0⁺: at the money the value grows like D·F·σ√T·φ(0).
      vega: atTheMoney ? discount * forward * sqrtYears * normalPdf(0) : 0,
      // Only discounting moves a certain payoff: ∂(e^(−rT)·payoff)/∂t = r·price.
      theta: rate * price,
    };
  }

  const d1 = Math.log(forward / strike) / totalVolatility + 0.5 * totalVolatility;
  const d2 = d1 - totalVolatility;
  const density = normalPdf(d1);
  // The put uses Φ(−d) rather than 1 − Φ(d) so deep out-of-the-money puts keep their digits.
  const undiscounted =
    sign === 1
      ? forward * normalCdf(d1) - strike * normalCdf(d2)
      : strike * normalCdf(-d2) - forward * normalCdf(-d1);
  // The difference of two nearly equal terms can round a worthless option to −1e-17; an option is never worth less than 0.
  const price = Math.max(discount * undiscounted, 0);
  return {
    price,
    delta: sign * discount * normalCdf(sign * d1),
    // Divided in turn, not by the product F·σ√T, which underflows to 0 for a forward near zero
    // (0/0 = NaN) while the density there is already 0.
    gamma: (discount * density) / totalVolatility / forward,
    vega: discount * forward * density * sqrtYears,
    // −∂V/∂T: discounting makes the option grow at r; time decay of the optionality offsets it.
    theta: rate * price - (discount * forward * density * volatility) / (2 * sqrtYears),
  };
}

/**
 * Undiscounted delta when the outcome is certain: ±1 in the money, 0 out of it, and ±½ exactly at
 * the money (the limit of N(±d1) as σ√T → 0, so delta stays continuous in volatility).
 */
function certainDelta(sign: 1 | -1, forward: number, strike: number): number {
  if (forward === strike) return 0.5 * sign;
  // A plain 0, not sign × 0, which would be −0 for a put.
  return sign * (forward - strike) > 0 ? sign : 0;
}

/**
 * Years from `asOf` to `expiry` (ISO-8601 date-times), ACT/365 as the portfolio format says:
 * seconds ÷ 31,536,000. Negative once the expiry has passed. Throws RangeError on an unparsable date.
 */
export function yearsBetween(asOf: string, expiry: string): number {
  const from = Date.parse(asOf);
  const to = Date.parse(expiry);
  if (Number.isNaN(from)) throw new RangeError(`yearsBetween: not a date: ${asOf}`);
  if (Number.isNaN(to)) throw new RangeError(`yearsBetween: not a date: ${expiry}`);
  return (to - from) / 1000 / SECONDS_PER_YEAR;
}

/**
 * yearsBetween, remembered per (asOf, expiry): a book holds a few expiries, and valuing, compiling
 * and flagging its positions would otherwise parse the same two dates again for each of them.
 */
let rememberedAsOf: string | undefined;
const rememberedYears = new Map<string, number>();
export function yearsToExpiry(asOf: string, expiry: string): number {
  if (asOf !== rememberedAsOf) {
    rememberedYears.clear();
    rememberedAsOf = asOf;
  }
  let years = rememberedYears.get(expiry);
  if (years === undefined) {
    // Bounded: edits that type dates one keystroke at a time make new ones without end.
    if (rememberedYears.size >= 4096) rememberedYears.clear();
    years = yearsBetween(asOf, expiry);
    rememberedYears.set(expiry, years);
  }
  return years;
}

/**
 * The Black-76 value alone, for sweeps that reprice an option millions of times (Monte Carlo,
 * historical simulation): the same cases as `black76`, without the greeks. A test pins the two together.
 */
export function black76Price(forward: number, strike: number, years: number, volatility: number, rate: number, isCall: boolean): number {
  const sign = isCall ? 1 : -1;
  const f = forward > 0 ? forward : 0;
  if (years <= 0) return Math.max(sign * (f - strike), 0);
  const discount = rate === 0 ? 1 : Math.exp(-rate * years);
  const totalVolatility = volatility * Math.sqrt(years);
  if (totalVolatility < MIN_TOTAL_VOLATILITY || f === 0 || strike === 0) return discount * Math.max(sign * (f - strike), 0);
  const d1 = Math.log(f / strike) / totalVolatility + 0.5 * totalVolatility;
  const d2 = d1 - totalVolatility;
  const undiscounted = isCall ? f * normalCdf(d1) - strike * normalCdf(d2) : strike * normalCdf(-d2) - f * normalCdf(-d1);
  return Math.max(discount * undiscounted, 0);
}
