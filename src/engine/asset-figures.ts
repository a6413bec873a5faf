import type Decimal from 'decimal.js';
import type { AccountState } from './account';
import { addRounded, ZERO } from './money';
import { asQuantity } from './types';
import { valueBalance } from './valuation/balance';
import type { BookContext } from './valuation/context';

/** What the book holds of one asset, exact at today's price: its balance, what the balance counts for, and its greeks summed. */
export interface AssetFigures {
  asset: string;
  price: Decimal;
  stable: boolean;
  balance: Decimal;
  /** The balance plus every position's delta on the asset. */
  delta: Decimal;
  gamma: Decimal;
  vega: Decimal;
  theta: Decimal;
  /** A holding's collateral value (after haircut; × liquidation threshold under lending rules), or a borrow's liability as a negative. */
  collateralValue: Decimal;
}

/** Stage "assets": one pass over the positions, summed by asset. */
export function assetFigures(ctx: BookContext, account: AccountState): AssetFigures[] {
  const greeks = new Map<string, { delta: Decimal; gamma: Decimal; vega: Decimal; theta: Decimal }>();
  for (const { position, valuation: v } of account.positions) {
    const g = greeks.get(position.asset);
    if (g) {
      // A future's delta is its quantity as the file wrote it (maybe past the precision): plus() rounds it.
      g.delta = g.delta.plus(v.delta);
      // Greeks are products, rounded already: a future's zeros add nothing, and onto a zero the greek is itself.
      g.gamma = addRounded(g.gamma, v.gamma);
      g.vega = addRounded(g.vega, v.vega);
      g.theta = addRounded(g.theta, v.theta);
    } else greeks.set(position.asset, { delta: v.delta, gamma: v.gamma, vega: v.vega, theta: v.theta });
  }
  return ctx.assets.map((asset) => {
    const balance = (Object.hasOwn(ctx.portfolio.balances, asset) ? ctx.portfolio.balances[asset] : undefined) ?? ZERO;
    const price = account.prices[asset]!;
    const b = valueBalance(ctx, asset, asQuantity(balance), price);
    const g = greeks.get(asset);
    return {
      asset, price, stable: ctx.stable[asset]!, balance,
      delta: g ? balance.plus(g.delta) : balance,
      gamma: g?.gamma ?? ZERO, vega: g?.vega ?? ZERO, theta: g?.theta ?? ZERO,
      collateralValue: b.liability.isZero() ? (ctx.rules.kind === 'lending' ? b.weightedCollateral : b.collateralValue) : b.liability.neg(),
    };
  });
}
