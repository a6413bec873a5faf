import type { AssetSymbol } from '../types';
import { sideIndex, surplusWeight, type Crowd } from './crowd-state';
import { addAccount, generateCrowd, packCrowd } from './crowd';
import { CLOSED, WATCHING, type RunState, type UserSurplus } from './run-state';
import type { CascadeScenario, CascadeWarning } from './types';
import { placeUser, type UserPlacement } from './user-account';
import { buildWatchBase, type WatchBase } from './watch';

// Everything a run needs that does not depend on the shock: the crowd, sorted once, and the
// user's placement. The critical-shock search runs many cascades on one Prepared.

export interface Prepared {
  scenario: CascadeScenario;
  assets: readonly AssetSymbol[];
  todayPrices: Float64Array;
  /** The crowd as generated; runs copy its cash and quantities. */
  crowd: Crowd;
  watchBase: WatchBase;
  bucketWeight: Float64Array;
  user: UserPlacement | null;
  userSurplus: UserSurplus | null;
  warnings: CascadeWarning[];
  /** The most positions any account holds (scratch size for a liquidation). */
  maxPositions: number;
}

export function shockVector(scenario: CascadeScenario, assets: readonly AssetSymbol[]): Float64Array {
  // Own keys only: an asset named "constructor" must not read Object.prototype's.
  return Float64Array.from(assets, (a) => (Object.hasOwn(scenario.shock.moves, a) ? scenario.shock.moves[a]! : 0));
}

export function prepare(scenario: CascadeScenario): Prepared {
  const assets = Object.keys(scenario.market);
  const todayPrices = Float64Array.from(assets, (a) => scenario.market[a]!.price);
  const generated = generateCrowd(scenario);
  const warnings: CascadeWarning[] = generated.cohortsUnderWater.map((c) => ({
    path: `crowd.cohorts[${c}]`,
    message: 'is already under its requirement at today\'s price: it is liquidated in the first step',
  }));
  let user: UserPlacement | null = null;
  let userAccount = -1;
  if (scenario.portfolio) {
    user = placeUser(scenario.portfolio, assets, [...todayPrices], [...shockVector(scenario, assets)]);
    warnings.push(...user.warnings);
    let cash = user.equity;
    const positions = [];
    for (let i = 0; i < assets.length; i++) {
      const quantity = user.quantities[i]!;
      if (quantity === 0) continue;
      cash -= quantity * todayPrices[i]!;
      // The weight is unused: the user's test is its placement (run-state.ts).
      positions.push({ asset: i, quantity, weight: 1 });
    }
    userAccount = addAccount(generated.builder, cash, positions);
  }
  const crowd = packCrowd(generated.builder, generated.traderCount, userAccount);
  const bucketWeight = new Float64Array(assets.length * 2);
  assets.forEach((a, i) => {
    bucketWeight[2 * i] = surplusWeight(scenario.rules, a, 'long');
    bucketWeight[2 * i + 1] = surplusWeight(scenario.rules, a, 'short');
  });
  const userSurplus: UserSurplus | null = user && {
    surplusToday: user.surplusToday,
    sensitivity: user.sensitivity,
    todayPrices,
    cashAtStart: crowd.cash[userAccount]!,
  };
  const initial = newRunState({ crowd, todayPrices, bucketWeight, userSurplus });
  let maxPositions = 1;
  for (let a = 0; a < crowd.accountCount; a++) maxPositions = Math.max(maxPositions, crowd.firstPosition[a + 1]! - crowd.firstPosition[a]!);
  return { scenario, assets, todayPrices, crowd, watchBase: buildWatchBase(initial), bucketWeight, user, userSurplus, warnings, maxPositions };
}

/** A fresh run over the prepared crowd: its own cash, quantities, statuses and levies. */
export function newRunState(p: Pick<Prepared, 'crowd' | 'todayPrices' | 'bucketWeight' | 'userSurplus'>): RunState {
  const crowd: Crowd = { ...p.crowd, cash: p.crowd.cash.slice(), quantity: p.crowd.quantity.slice() };
  const buckets = p.bucketWeight.length;
  const openInterest = new Float64Array(buckets);
  const status = new Uint8Array(crowd.accountCount).fill(WATCHING);
  for (let a = 0; a < crowd.accountCount; a++) {
    let holds = false;
    for (let q = crowd.firstPosition[a]!; q < crowd.firstPosition[a + 1]!; q++) {
      const quantity = crowd.quantity[q]!;
      if (quantity === 0) continue;
      holds = true;
      const bucket = crowd.positionAsset[q]! * 2 + sideIndex(quantity);
      openInterest[bucket] = openInterest[bucket]! + Math.abs(quantity);
    }
    // The user is watched even without a position in the market: its placement may still cross.
    if (!holds && a !== crowd.userAccount) status[a] = CLOSED;
  }
  return {
    crowd, status,
    originalQuantity: p.crowd.quantity,
    levyIndex: new Float64Array(buckets),
    levySnapshot: new Float64Array(crowd.quantity.length),
    levied: new Float64Array(crowd.accountCount),
    openInterest, initialOpenInterest: openInterest.slice(),
    bucketWeight: p.bucketWeight,
    oracle: p.todayPrices.slice(),
    user: p.userSurplus,
  };
}
