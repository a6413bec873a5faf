import type { Prepared } from './prepare';
import { runCascade } from './step';
import type { CascadeProgress, CriticalShock } from './types';

// The critical shock: the smallest initial move at which the cascade becomes self-sustaining.
//
// "Self-sustaining", precisely: the liquidations the cascade's own forced orders cause (every wave
// after the first) close at least `factor` times the notional the shock closed directly (the first
// wave), AND liquidations go on for at least MIN_FOLLOWING_STEPS steps after the first wave. With
// factor 1 the crowd's selling liquidates at least as much again as the shock did: in a branching
// picture, the waves no longer die out on their own. Notional rather than a count of accounts,
// because notional is what moves the price; the run of steps keeps one unlucky account whose sale
// tips over a neighbour, and no more, from counting as a cascade.
//
// The shock keeps the scenario's direction (its moves scaled together; the most-moved asset sets
// the size). The predicate is not monotone at the far end (a shock that liquidates everyone at
// once leaves nothing to induce), so the search first walks a grid upwards to the first shock that
// is self-sustaining, then bisects between it and the grid point before. The grid is geometric
// (0.1 %, then 25 % larger each point): a window of self-sustaining shocks narrower than that
// ratio can be missed, which is the price of about 30 cascades instead of hundreds.

const GRID_START = 0.001;
const GRID_RATIO = 1.25;
/** Steps with liquidations after the first wave that a self-sustaining cascade must show. */
const MIN_FOLLOWING_STEPS = 3;
/** Bisection stops when the bracket is narrower than this (a hundredth of a percentage point). */
const RESOLUTION = 1e-4;

export const CRITICAL_SHOCK_DEFINITION =
  `the smallest move of the most-shocked asset (the scenario's shock scaled) at which the liquidations the cascade causes by its own forced orders, after the first wave, close at least factor × the notional the shock liquidated directly in the first wave, and liquidations go on for at least ${MIN_FOLLOWING_STEPS} steps after it`;

export type CriticalShockSearch = { ok: true; value: CriticalShock } | { ok: false; reason: string; runs: number };

export function findCriticalShock(prepared: Prepared, shock: Float64Array, onProgress?: (p: CascadeProgress) => void): CriticalShockSearch {
  const { maxMove, factor } = prepared.scenario.criticalShock;
  let largest = 0;
  for (const m of shock) largest = Math.max(largest, Math.abs(m));
  if (largest === 0) return { ok: false, reason: 'the shock moves no asset: there is no direction to scale', runs: 0 };
  const direction = shock.map((m) => m / largest);
  let runs = 0;
  const grid: number[] = [];
  for (let size = GRID_START; size < maxMove; size *= GRID_RATIO) grid.push(size);
  grid.push(maxMove);
  const estimate = grid.length + Math.ceil(Math.log2(maxMove / RESOLUTION));
  const selfSustaining = (size: number): boolean => {
    const out = runCascade(prepared, direction.map((d) => d * size), { lean: true });
    runs++;
    onProgress?.({ phase: 'critical-shock', done: runs, total: Math.max(runs, estimate) });
    const { directNotional, inducedNotional, stepsWithLiquidations } = out.totals;
    return directNotional > 0 && inducedNotional >= factor * directNotional && stepsWithLiquidations >= 1 + MIN_FOLLOWING_STEPS;
  };
  let below = 0;
  let found: number | null = null;
  for (const size of grid) {
    if (selfSustaining(size)) { found = size; break; }
    below = size;
  }
  if (found === null) {
    return { ok: false, reason: `not self-sustaining for any shock up to ${(maxMove * 100).toFixed(2)} % along the scenario's direction`, runs };
  }
  let above = found;
  while (above - below > RESOLUTION) {
    const middle: number = (below + above) / 2;
    if (selfSustaining(middle)) above = middle;
    else below = middle;
  }
  const sign = Math.sign(shock.find((m) => Math.abs(m) === largest)!);
  const moves: Record<string, number> = {};
  prepared.assets.forEach((a, i) => { moves[a] = direction[i]! * above; });
  return { ok: true, value: { move: sign * above, moves, factor, runs, definition: CRITICAL_SHOCK_DEFINITION } };
}
