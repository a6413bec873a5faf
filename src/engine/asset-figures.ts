import type Decimal from 'decimal.js';
import type { AccountState } from './account';
import { decOfDouble, ZERO } from './money';
import { ExactSum } from './short-decimals';
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

/** A sum of the options' model figures, with what it can carry of their rounding. */
class ModelSum {
  private sum = 0;
  private gross = 0;
  private count = 0;

  add(x: number): void {
    this.sum += x;
    this.gross += Math.abs(x);
    this.count++;
  }

  /**
   * The sum, or 0 where it is within its own rounding: n terms, each a product rounded once, add
   * at most (n + 1) × 2⁻⁵³ of Σ |term| of error. Options that close each other out (0.1 + 0.2 − 0.3
   * of one call) net to 0 exactly in quantities but to 1e-18 in doubles; the exact path printed 0.
   */
  total(): number {
    return Math.abs(this.sum) <= (this.count + 1) * 2 ** -53 * this.gross ? 0 : this.sum;
  }
}

interface Sums {
  linearDelta: ExactSum;
  optionDelta: ModelSum;
  gamma: ModelSum;
  vega: ModelSum;
  theta: ModelSum;
}

/** Stage "assets": one pass over the positions, summed by asset. */
export function assetFigures(ctx: BookContext, account: AccountState): AssetFigures[] {
  const sums = new Map<string, Sums>();
  for (const { position, valuation: { greeks } } of account.positions) {
    let s = sums.get(position.asset);
    if (!s) sums.set(position.asset, (s = { linearDelta: new ExactSum(), optionDelta: new ModelSum(), gamma: new ModelSum(), vega: new ModelSum(), theta: new ModelSum() }));
    if (greeks) {
      s.optionDelta.add(greeks.delta);
      s.gamma.add(greeks.gamma);
      s.vega.add(greeks.vega);
      s.theta.add(greeks.theta);
    // A future's delta is its quantity as the file wrote it (maybe past the precision): plus() rounds it.
    } else s.linearDelta.add(position.quantity);
  }
  return ctx.assets.map((asset) => {
    const balance = (Object.hasOwn(ctx.portfolio.balances, asset) ? ctx.portfolio.balances[asset] : undefined) ?? ZERO;
    const price = account.prices[asset]!;
    const b = valueBalance(ctx, asset, asQuantity(balance), price);
    const s = sums.get(asset);
    let delta = balance;
    if (s) {
      delta = delta.plus(s.linearDelta.total());
      const options = s.optionDelta.total();
      if (options !== 0) delta = delta.plus(decOfDouble(options));
    }
    return {
      asset, price, stable: ctx.stable[asset]!, balance, delta,
      gamma: s?.gamma.total() ?? 0, vega: s?.vega.total() ?? 0, theta: s?.theta.total() ?? 0,
      collateralValue: b.liability.isZero() ? (ctx.rules.kind === 'lending' ? b.weightedCollateral : b.collateralValue) : b.liability.neg(),
    };
  });
}
