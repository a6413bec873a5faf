import type { Portfolio } from '../format/schema';
import { buildReport } from '../report';
import type { AssetSymbol, Fraction } from '../types';
import type { CascadeWarning } from './types';

// The user's own portfolio, placed in the crowd through the engine's report. The report gives,
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

const toNumber = (s: string | null | undefined): number | null => (s === null || s === undefined ? null : Number(s));

/** Which reported crossing to use: the side the shock pushes the asset, else the nearer one. */
function pickMove(shock: number, down: number | null, up: number | null): number | null {
  if (shock < 0) return down ?? up;
  if (shock > 0) return up ?? down;
  if (down === null || up === null) return down ?? up;
  return Math.abs(down) <= Math.abs(up) ? down : up;
}

export function placeUser(portfolio: Portfolio, assets: readonly AssetSymbol[], todayPrices: readonly number[], shock: readonly number[]): UserPlacement {
  const report = buildReport(portfolio, { curveRange: { from: -0.5, to: 0.5, steps: 2 } });
  const { account } = report;
  const lending = report.rules.kind === 'lending';
  const requirement = lending ? toNumber(report.lending?.debt) ?? 0 : Number(account.pool.maintenanceMargin);
  const neverLiquidated = account.healthFactor === null;
  const surplusToday = neverLiquidated ? Math.max(Number(account.adjustedEquity), 1) : Number(account.adjustedEquity) - requirement;
  const warnings: CascadeWarning[] = [];
  const quantities = new Float64Array(assets.length);
  const sensitivity = new Float64Array(assets.length);
  const liquidationMoves: Record<AssetSymbol, Fraction | null> = {};
  assets.forEach((asset, i) => {
    const held = account.assets.find((a) => a.asset === asset);
    quantities[i] = held ? Number(held.delta) : 0;
    const crossing = Object.hasOwn(account.liquidationPrices, asset) ? account.liquidationPrices[asset] : undefined;
    const move = neverLiquidated || !crossing ? null : pickMove(shock[i]!, crossing.downMove, crossing.upMove);
    liquidationMoves[asset] = move;
    // dS/dPᵢ = −S₀ ÷ (mᵢ · Pᵢ): the surplus reaches 0 when this asset alone has moved by mᵢ.
    sensitivity[i] = move === null || move === 0 ? 0 : -surplusToday / (move * todayPrices[i]!);
  });
  for (const a of account.assets) {
    if (!a.stable && Number(a.delta) !== 0 && !assets.includes(a.asset)) {
      warnings.push({ path: `portfolio.assets.${a.asset}`, message: `the cascade's market has no ${a.asset}: its price is held at today's in the user's account` });
    }
  }
  if (!neverLiquidated && assets.every((_, i) => sensitivity[i] === 0) && surplusToday >= 0) {
    warnings.push({ path: 'portfolio', message: 'no move of the market\'s assets reaches the account\'s requirement: it is never liquidated in this cascade' });
  }
  const inverseSum = Object.values(liquidationMoves).reduce<number>((s, m) => (m ? s + 1 / m : s), 0);
  const shockDown = shock.reduce((s, m) => s + m, 0) <= 0;
  const joint = shockDown ? account.jointMove.down ?? account.jointMove.up : account.jointMove.up ?? account.jointMove.down;
  const equity = Number(account.equity);
  return {
    quantities, sensitivity, surplusToday, equity, liquidationMoves,
    jointMove: neverLiquidated ? null : joint,
    linearisedJointMove: inverseSum === 0 ? null : 1 / inverseSum,
    warnings,
  };
}
