import type Decimal from 'decimal.js';
import { evaluateAccount, healthFactor } from '../account';
import type { Portfolio, Regime } from '../format/schema';
import { dec, ONE } from '../money';
import { ownValue } from '../records';
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
  /** The event's regime as applied (laid over the file's own), or null where it carries none. */
  regime: Regime | null;
  /** Maintenance requirement after the event, its regime applied. */
  requirementAfter: Decimal;
  /** Of which the regime's part: the requirement after − the same at the event's prices without its regime. */
  regimeRequirement: Decimal;
  /** The cross pool falls below its requirement: everything in it is liquidated. */
  poolLiquidated: boolean;
  /** Ids of the positions liquidated: the pool's, if it fails, and isolated ones below their maintenance. */
  liquidatedPositions: string[];
}

function scenarioMoves(portfolio: Portfolio, stable: Record<string, boolean>, s: StressScenario): Record<string, number> {
  // Keyed by the file's asset names: no prototype behind them.
  const moves = Object.create(null) as Record<string, number>;
  for (const [symbol, asset] of Object.entries(portfolio.assets)) {
    const upper = symbol.toUpperCase();
    // Own entries only: a book may name an asset "constructor" or "toString".
    const coin = ownValue(WRAPPED, upper);
    let move = ownValue(s.moves, symbol) ?? ownValue(s.moves, upper) ?? (coin === undefined ? undefined : ownValue(s.moves, coin));
    if (move === undefined && s.staked !== undefined && isStakedAsset(upper)) move = s.staked;
    if (move === undefined && stable[symbol]) move = s.stables ?? 0;
    if (move === undefined && s.sigmaMove) move = Math.max(-0.99, s.sigmaMove.sigmas * horizonVolatility(asset.volatility, s.sigmaMove.days));
    moves[symbol] = move ?? s.others;
  }
  return moves;
}

/** The event's multiplier and floor, without its source: what a portfolio's `regime` holds. */
function eventRegime(s: StressScenario): Regime {
  const r = s.regime!;
  return { ...(r.volatilityMultiplier === undefined ? {} : { volatilityMultiplier: r.volatilityMultiplier }), ...(r.correlationFloor === undefined ? {} : { correlationFloor: r.correlationFloor }) };
}

/** The book after a scenario: equity, health, requirement (its regime applied), what is liquidated, and the loss. */
export function runStress(portfolio: Portfolio, scenario: StressScenario): StressResult {
  const before = makeContext(portfolio);
  const equityBefore = evaluateAccount(before, markPrices(portfolio)).equity;
  const moves = scenarioMoves(portfolio, before.stable, scenario);
  const prices = Object.fromEntries(Object.entries(portfolio.assets).map(([s, a]) => [s, a.price.times(ONE.plus(dec(moves[s]!)))]));
  const moved = withPrices(portfolio, prices);
  const factor = scenario.volatilityFactor ?? 1;
  // The event's regime lays over the file's own, as the regime option does (evaluation.ts).
  const regime: Regime | null = scenario.regime ? { ...portfolio.regime, ...eventRegime(scenario) } : null;
  const ctx = makeContext(regime ? { ...moved, regime } : moved, factor);
  const after = evaluateAccount(ctx, markPrices(moved));
  const requirementAfter = after.maintenanceHealth.requirement;
  const withoutRegime = regime ? evaluateAccount(makeContext(moved, factor), markPrices(moved)).maintenanceHealth.requirement : requirementAfter;
  const hf = healthFactor(ctx, after.maintenanceHealth);
  const poolLiquidated = after.maintenanceHealth.requirement.isPositive() && !after.maintenanceHealth.requirement.isZero() && after.maintenanceHealth.numerator.lessThan(after.maintenanceHealth.requirement);
  const liquidatedPositions = after.positions.filter((s) => {
    if (s.isolated) return s.isolated.marginBalance.lessThan(s.valuation.maintenanceMargin);
    return poolLiquidated;
  }).map((s) => s.position.id);
  return {
    scenario, moves, equityBefore, equityAfter: after.equity, loss: equityBefore.minus(after.equity),
    regime, requirementAfter, regimeRequirement: requirementAfter.minus(withoutRegime),
    healthFactorAfter: hf.value, ...(hf.reason ? { healthFactorReason: hf.reason } : {}),
    poolLiquidated, liquidatedPositions,
  };
}
