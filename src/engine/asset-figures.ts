import type Decimal from 'decimal.js';
import type { AccountState } from './account';
import { decOfDouble, ZERO } from './money';
import { asQuantity } from './types';
import { valueBalance } from './valuation/balance';
import type { BookContext } from './valuation/context';

/** What the book holds of one asset at today's price: its balance, what the balance counts for, and its greeks summed. */
export interface AssetFigures {
  asset: string;
  price: Decimal;
  stable: boolean;
  balance: Decimal;
  /**
   * The balance plus every position's delta on the asset: balances and futures exact (a hedge nets
   * to 0, not to 1e-17), the options' deltas (model doubles, summed in Float64) added once.
   */
  delta: Decimal;
  /** Options' greeks summed: model doubles (valuation/position.ts PositionGreeks). */
  gamma: number;
  vega: number;
  theta: number;
  /** A holding's collateral value (after haircut; × liquidation threshold under lending rules), or a borrow's liability as a negative. */
  collateralValue: Decimal;
}

interface Sums {
  linearDelta: Decimal;
  optionDelta: number;
  gamma: number;
  vega: number;
  theta: number;
}

/** Stage "assets": one pass over the positions, summed by asset. */
export function assetFigures(ctx: BookContext, account: AccountState): AssetFigures[] {
  const sums = new Map<string, Sums>();
  for (const { position, valuation: { greeks } } of account.positions) {
    let s = sums.get(position.asset);
    if (!s) sums.set(position.asset, (s = { linearDelta: ZERO, optionDelta: 0, gamma: 0, vega: 0, theta: 0 }));
    if (greeks) {
      s.optionDelta += greeks.delta;
      s.gamma += greeks.gamma;
      s.vega += greeks.vega;
      s.theta += greeks.theta;
    // A future's delta is its quantity as the file wrote it (maybe past the precision): plus() rounds it.
    } else s.linearDelta = s.linearDelta.plus(position.quantity);
  }
  return ctx.assets.map((asset) => {
    const balance = (Object.hasOwn(ctx.portfolio.balances, asset) ? ctx.portfolio.balances[asset] : undefined) ?? ZERO;
    const price = account.prices[asset]!;
    const b = valueBalance(ctx, asset, asQuantity(balance), price);
    const s = sums.get(asset);
    let delta = balance;
    if (s) {
      delta = delta.plus(s.linearDelta);
      if (s.optionDelta !== 0) delta = delta.plus(decOfDouble(s.optionDelta));
    }
    return {
      asset, price, stable: ctx.stable[asset]!, balance, delta,
      gamma: s?.gamma ?? 0, vega: s?.vega ?? 0, theta: s?.theta ?? 0,
      collateralValue: b.liability.isZero() ? (ctx.rules.kind === 'lending' ? b.weightedCollateral : b.collateralValue) : b.liability.neg(),
    };
  });
}
