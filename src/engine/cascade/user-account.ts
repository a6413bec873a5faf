import type { Portfolio } from '../format/schema';
import { evaluateBook } from '../evaluation';
import type { AssetSymbol, Fraction } from '../types';
import type { CascadeWarning } from './types';

// The user's own portfolio, placed in the crowd through the engine's evaluation. It gives,
// per asset, the move (others held) at which the account reaches its requirement, by the
// portfolio's own rule set. The cascade uses the linear surplus through those points:
//   surplus(x) = surplus today × (1 − Σ xᵢ ÷ mᵢ),   xᵢ the asset's move from today's price,
// which is exact at each reported point and for linear books (perpetuals, balances) between them.
// Moves are relative, so a portfolio priced on another day places by distance, not by price.

export interface UserPlacement {
  /** Net units per market asset: what the account sells (buys, if negative) when it is closed. */
  quantities: Float64Array;
  /** Change of the surplus per unit of each market asset's price. */
  sensitivity: Float64Array;
  surplusToday: number;
  equity: number;
  liquidationMoves: Record<AssetSymbol, Fraction | null>;
  jointMove: Fraction | null;
  linearisedJointMove: Fraction | null;
  warnings: CascadeWarning[];
}

/** Which reported crossing to use: the side the shock pushes the asset, else the nearer one. */
function pickMove(shock: number, down: number | null, up: number | null): number | null {
  if (shock < 0) return down ?? up;
  if (shock > 0) return up ?? down;
  if (down === null || up === null) return down ?? up;
  return Math.abs(down) <= Math.abs(up) ? down : up;
}

export function placeUser(portfolio: Portfolio, assets: readonly AssetSymbol[], todayPrices: readonly number[], shock: readonly number[]): UserPlacement {
  // Two curve points: the cascade reads the account, its liquidation moves and the joint move only.
  const evaluation = evaluateBook(portfolio, { curveRange: { from: -0.5, to: 0.5, steps: 2 } });
  const { account, book } = evaluation;
  const health = account.maintenanceHealth;
  const neverLiquidated = health.requirement.isZero();
  const adjustedEquity = health.numerator.toNumber();
  const surplusToday = neverLiquidated ? Math.max(adjustedEquity, 1) : adjustedEquity - health.requirement.toNumber();
  // Net units per asset: the balance plus every position's delta.
  const delta = new Map<AssetSymbol, number>();
  for (const a of book.assets) delta.set(a.symbol, a.balance);
  for (const { position, valuation: { greeks } } of account.positions) delta.set(position.asset, (delta.get(position.asset) ?? 0) + (greeks ? greeks.delta : position.quantity.toNumber()));
  const warnings: CascadeWarning[] = [];
  const quantities = new Float64Array(assets.length);
  const sensitivity = new Float64Array(assets.length);
  const liquidationMoves: Record<AssetSymbol, Fraction | null> = Object.create(null) as Record<AssetSymbol, Fraction | null>;
  assets.forEach((asset, i) => {
    quantities[i] = delta.get(asset) ?? 0;
    const crossing = evaluation.liquidationPrices.get(asset);
    const price = book.bySymbol.get(asset)?.price;
    const asMove = (p: { value: number } | null) => (p === null || !price ? null : p.value / price - 1);
    const move = neverLiquidated || !crossing ? null : pickMove(shock[i]!, asMove(crossing.down), asMove(crossing.up));
    liquidationMoves[asset] = move;
    // dS/dPᵢ = −S₀ ÷ (mᵢ · Pᵢ): the surplus reaches 0 when this asset alone has moved by mᵢ.
    sensitivity[i] = move === null || move === 0 ? 0 : -surplusToday / (move * todayPrices[i]!);
  });
  for (const a of book.assets) {
    if (!a.stable && (delta.get(a.symbol) ?? 0) !== 0 && !assets.includes(a.symbol)) {
      warnings.push({ path: `portfolio.assets.${a.symbol}`, message: `the cascade's market has no ${a.symbol}: its price is held at today's in the user's account` });
    }
  }
  if (!neverLiquidated && assets.every((_, i) => sensitivity[i] === 0) && surplusToday >= 0) {
    warnings.push({ path: 'portfolio', message: 'no move of the market\'s assets reaches the account\'s requirement: it is never liquidated in this cascade' });
  }
  const inverseSum = Object.values(liquidationMoves).reduce<number>((s, m) => (m ? s + 1 / m : s), 0);
  const shockDown = shock.reduce((s, m) => s + m, 0) <= 0;
  const down = evaluation.jointFactor.down === null ? null : evaluation.jointFactor.down.value - 1;
  const up = evaluation.jointFactor.up === null ? null : evaluation.jointFactor.up.value - 1;
  const joint = shockDown ? down ?? up : up ?? down;
  const equity = account.equity.toNumber();
  return {
    quantities, sensitivity, surplusToday, equity, liquidationMoves,
    jointMove: neverLiquidated ? null : joint,
    linearisedJointMove: inverseSum === 0 ? null : 1 / inverseSum,
    warnings,
  };
}
