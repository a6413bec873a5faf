import type Decimal from 'decimal.js';
import { evaluateAccount, healthFactor } from '../account';
import type { Portfolio } from '../format/schema';
import { dec, ONE } from '../money';
import { makeContext, markPrices } from '../valuation/context';
import { withPrices } from '../what-if/copy';
import { horizonVolatility } from './horizon';
import { isStakedAsset, WRAPPED, type StressScenario } from './scenarios';

export interface StressResult {
  scenario: StressScenario;
  /** The move applied to each asset. */
  moves: Record<string, number>;
  equityBefore: Decimal;
  equityAfter: Decimal;
  /** equityBefore − equityAfter: positive is money lost. */
  loss: Decimal;
  healthFactorAfter: Decimal | null;
  healthFactorReason?: string;
  /** The cross pool falls below its requirement: everything in it is liquidated. */
  poolLiquidated: boolean;
  /** Ids of the positions liquidated: the pool's, if it fails, and isolated ones below their maintenance. */
  liquidatedPositions: string[];
}

function scenarioMoves(portfolio: Portfolio, stable: Record<string, boolean>, s: StressScenario): Record<string, number> {
  const moves: Record<string, number> = {};
  for (const [symbol, asset] of Object.entries(portfolio.assets)) {
    const upper = symbol.toUpperCase();
    const coin = WRAPPED[upper];
    let move = s.moves[symbol] ?? s.moves[upper] ?? (coin === undefined ? undefined : s.moves[coin]);
    if (move === undefined && s.staked !== undefined && isStakedAsset(upper)) move = s.staked;
    if (move === undefined && stable[symbol]) move = s.stables ?? 0;
    if (move === undefined && s.sigmaMove) move = Math.max(-0.99, s.sigmaMove.sigmas * horizonVolatility(asset.volatility, s.sigmaMove.days));
    moves[symbol] = move ?? s.others;
  }
  return moves;
}

/** The book after a scenario: equity, health, what is liquidated, and the loss. */
export function runStress(portfolio: Portfolio, scenario: StressScenario): StressResult {
  const before = makeContext(portfolio);
  const equityBefore = evaluateAccount(before, markPrices(portfolio), false).equity;
  const moves = scenarioMoves(portfolio, before.stable, scenario);
  const prices = Object.fromEntries(Object.entries(portfolio.assets).map(([s, a]) => [s, a.price.times(ONE.plus(dec(moves[s]!)))]));
  const moved = withPrices(portfolio, prices);
  const ctx = makeContext(moved, scenario.volatilityFactor ?? 1);
  const after = evaluateAccount(ctx, markPrices(moved), false);
  const hf = healthFactor(ctx, after.maintenanceHealth);
  const poolLiquidated = after.maintenanceHealth.requirement.isPositive() && !after.maintenanceHealth.requirement.isZero() && after.maintenanceHealth.numerator.lessThan(after.maintenanceHealth.requirement);
  const liquidatedPositions = after.positions.filter((s) => {
    if (s.isolated) return s.isolated.marginBalance.lessThan(s.valuation.maintenanceMargin);
    return poolLiquidated;
  }).map((s) => s.position.id);
  return {
    scenario, moves, equityBefore, equityAfter: after.equity, loss: equityBefore.minus(after.equity),
    healthFactorAfter: hf.value, ...(hf.reason ? { healthFactorReason: hf.reason } : {}),
    poolLiquidated, liquidatedPositions,
  };
}
