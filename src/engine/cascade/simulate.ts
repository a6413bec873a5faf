// One cascade run, read top-down: prepare the crowd and the market, shock the prices, run the
// steps until a step liquidates nobody, then (unless the scenario turns it off) search for the
// critical shock, and assemble the result. Deterministic for the scenario's seed.
import { findCriticalShock } from './critical-shock';
import { liquidationMap } from './liquidation-map';
import { prepare, shockVector } from './prepare';
import { runCascade } from './step';
import { STRESS_EVENTS } from './stress-events';
import type { CascadeResult, CascadeScenario, CascadeWarning, SimulateOptions } from './types';


const record = (assets: readonly string[], values: ArrayLike<number>): Record<string, number> =>
  Object.fromEntries(assets.map((a, i) => [a, values[i]!]));

/** Runs the scenario's cascade, then (unless the scenario turns it off) searches for its critical shock. */
export function simulateCascade(scenario: CascadeScenario, options: SimulateOptions = {}): CascadeResult {
  const prepared = prepare(scenario);
  const { assets, crowd, todayPrices } = prepared;
  const shock = shockVector(scenario, assets);
  const run = runCascade(prepared, shock, { onProgress: options.onProgress });
  const critical = scenario.criticalShock.search ? findCriticalShock(prepared, shock, options.onProgress) : null;

  const warnings: CascadeWarning[] = [...prepared.warnings];
  if (scenario.shock.event) {
    const missing = Object.keys(STRESS_EVENTS[scenario.shock.event]!.moves).filter((a) => !assets.includes(a));
    if (missing.length > 0) warnings.push({ path: 'shock.event', message: `the market has no ${missing.join(', ')}: those moves of the event are left out` });
  }
  let longNotional = 0, shortNotional = 0, multiAssetAccounts = 0;
  for (let a = 0; a < crowd.accountCount; a++) {
    if (a === crowd.userAccount) continue;
    if (crowd.firstPosition[a + 1]! - crowd.firstPosition[a]! > 1) multiAssetAccounts++;
    for (let p = crowd.firstPosition[a]!; p < crowd.firstPosition[a + 1]!; p++) {
      const value = crowd.quantity[p]! * todayPrices[crowd.positionAsset[p]!]!;
      if (value > 0) longNotional += value; else shortNotional -= value;
    }
  }
  const user = prepared.user;
  const userPositions = crowd.userAccount >= 0 ? crowd.firstPosition[crowd.userAccount + 1]! - crowd.firstPosition[crowd.userAccount]! : 0;
  return {
    format: 'margin-lab/cascade-result',
    version: 1,
    name: scenario.name,
    seed: scenario.seed,
    quote: scenario.quote,
    assets: [...assets],
    todayPrices: record(assets, todayPrices),
    shockedPrices: record(assets, run.shockedPrices),
    crowd: {
      traders: crowd.traderCount,
      accounts: crowd.accountCount - (crowd.userAccount >= 0 ? 1 : 0),
      positions: crowd.positionAsset.length - userPositions,
      multiAssetAccounts,
      longNotional,
      shortNotional,
    },
    steps: run.steps,
    totals: run.totals,
    conservation: run.conservation,
    criticalShock: critical?.ok ? critical.value : null,
    ...(critical === null ? { criticalShockReason: 'not searched (criticalShock.search is false)' } : critical.ok ? {} : { criticalShockReason: critical.reason }),
    user: user && {
      liquidatedAtStep: run.user?.step ?? null,
      pricesAtLiquidation: run.user ? record(assets, run.user.prices) : null,
      accountsLiquidatedBefore: run.user?.accountsBefore ?? 0,
      equityAtStart: run.userEquityAtStart,
      equityAtEnd: run.userEquityAtEnd,
      placement: {
        surplus: user.surplusToday,
        liquidationMoves: user.liquidationMoves,
        jointMove: user.jointMove,
        linearisedJointMove: user.linearisedJointMove,
        quantities: record(assets, user.quantities),
      },
    },
    liquidationMap: liquidationMap(crowd, todayPrices),
    warnings,
  };
}
