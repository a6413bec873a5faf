import type { Portfolio } from '../format/schema';
import { black76Price, yearsBetween } from '../pricing/black76';
import type { AssetSymbol } from '../types';

/**
 * The book as flat Float64 arrays, for sweeps that value it thousands of times (Monte Carlo,
 * historical simulation). Everything the account holds counts: balances, every future and option,
 * isolated or not, because a loss is a loss wherever it is margined.
 */
export interface BookVectors {
  assets: AssetSymbol[];
  prices: Float64Array;
  /** Annual volatility per asset. */
  volatilities: Float64Array;
  /** Units of each asset held linearly: balance + futures quantities. */
  linearQuantity: Float64Array;
  /** Σ quantity × entry of the futures on each asset (their PnL is q × price − that). */
  futuresCost: Float64Array;
  /** Balances of each asset (value = quantity × price). */
  balance: Float64Array;
  option: {
    asset: Int32Array;
    quantity: Float64Array;
    strike: Float64Array;
    years: Float64Array;
    volatility: Float64Array;
    isCall: Uint8Array;
    /** Value per unit at today's prices. */
    value: Float64Array;
  };
  rate: number;
}

export function bookVectors(portfolio: Portfolio, horizonYears = 0): BookVectors {
  const assets = Object.keys(portfolio.assets);
  const index = new Map(assets.map((a, i) => [a, i]));
  const n = assets.length;
  const prices = new Float64Array(n), volatilities = new Float64Array(n), linearQuantity = new Float64Array(n);
  const futuresCost = new Float64Array(n), balance = new Float64Array(n);
  assets.forEach((a, i) => {
    prices[i] = portfolio.assets[a]!.price.toNumber();
    volatilities[i] = portfolio.assets[a]!.volatility;
    const b = portfolio.balances[a]?.toNumber() ?? 0;
    balance[i] = b;
    linearQuantity[i] = b;
  });
  const options = portfolio.positions.filter((p) => p.type === 'option');
  const option = {
    asset: new Int32Array(options.length), quantity: new Float64Array(options.length), strike: new Float64Array(options.length),
    years: new Float64Array(options.length), volatility: new Float64Array(options.length), isCall: new Uint8Array(options.length),
    value: new Float64Array(options.length),
  };
  const rate = portfolio.rate ?? 0;
  for (const p of portfolio.positions) {
    const i = index.get(p.asset)!;
    if (p.type !== 'option') {
      linearQuantity[i] = linearQuantity[i]! + p.quantity.toNumber();
      futuresCost[i] = futuresCost[i]! + p.quantity.times(p.entryPrice).toNumber();
    }
  }
  options.forEach((p, k) => {
    if (p.type !== 'option') return;
    const i = index.get(p.asset)!;
    option.asset[k] = i;
    option.quantity[k] = p.quantity.toNumber();
    option.strike[k] = p.strike.toNumber();
    // Options age by the horizon: a one-day VaR reprices them a day nearer expiry.
    option.years[k] = Math.max(0, yearsBetween(portfolio.asOf, p.expiry) - horizonYears);
    option.volatility[k] = p.volatility ?? volatilities[i]!;
    option.isCall[k] = p.right === 'call' ? 1 : 0;
    option.value[k] = black76Price(prices[i]!, option.strike[k]!, yearsBetween(portfolio.asOf, p.expiry), option.volatility[k]!, rate, p.right === 'call');
  });
  return { assets, prices, volatilities, linearQuantity, futuresCost, balance, option, rate };
}

/**
 * Value of everything in the book at prices P·(1 + r), minus nothing: balances at value, futures
 * at PnL, options at model value. With r = 0 and no ageing this is the account's equity.
 */
export function bookValue(v: BookVectors, returns: Float64Array, volatilityFactor = 1): number {
  let total = 0;
  for (let i = 0; i < v.assets.length; i++) {
    const price = v.prices[i]! * (1 + returns[i]!);
    total += v.balance[i]! * price + (v.linearQuantity[i]! - v.balance[i]!) * price - v.futuresCost[i]!;
  }
  const o = v.option;
  for (let k = 0; k < o.quantity.length; k++) {
    const i = o.asset[k]!;
    const forward = v.prices[i]! * (1 + returns[i]!);
    total += o.quantity[k]! * black76Price(forward, o.strike[k]!, o.years[k]!, o.volatility[k]! * volatilityFactor, v.rate, o.isCall[k] === 1);
  }
  return total;
}

/**
 * Loss (positive = money lost) of the book for returns r over the horizon: linear items move by
 * q·P·r, options are repriced in full at the moved price and the aged expiry.
 */
export function bookLoss(v: BookVectors, returns: Float64Array): number {
  let change = 0;
  for (let i = 0; i < v.assets.length; i++) change += v.linearQuantity[i]! * v.prices[i]! * returns[i]!;
  const o = v.option;
  for (let k = 0; k < o.quantity.length; k++) {
    const i = o.asset[k]!;
    const forward = v.prices[i]! * (1 + returns[i]!);
    const value = black76Price(forward, o.strike[k]!, o.years[k]!, o.volatility[k]!, v.rate, o.isCall[k] === 1);
    change += o.quantity[k]! * (value - o.value[k]!);
  }
  return -change;
}
