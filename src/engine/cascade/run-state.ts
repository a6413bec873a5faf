import type { Crowd } from './crowd-state';

// The mutable state of one run: the crowd's balances and positions as they are liquidated, who is
// watched or pending, and the levies of socialised losses. Each run owns its copy.

export const WATCHING = 0;
export const PENDING = 1;
export const CLOSED = 2;

/** The user's placement as the run needs it (user-account.ts builds it). */
export interface UserSurplus {
  /** Today's margin surplus and its change per unit of each asset's oracle price. */
  surplusToday: number;
  sensitivity: Float64Array;
  todayPrices: Float64Array;
  cashAtStart: number;
}

export interface RunState {
  /** This run's copies of cash and quantity; the rest is shared with other runs. */
  crowd: Crowd;
  /** Quantities before the cascade (shared, read only): what a position left as dust is measured against. */
  originalQuantity: Float64Array;
  status: Uint8Array;
  /**
   * Socialised losses as a levy per unit of open position, by bucket (asset × 2 + side): an
   * account owes |quantity| × (levyIndex − its snapshot), settled into cash when it is touched.
   * A per-unit levy moves every single-asset liquidation price of a bucket by the same amount,
   * so the sorted lists stay sorted.
   */
  levyIndex: Float64Array;
  levySnapshot: Float64Array;
  /** Levies settled into each account's cash so far: what of a later shortfall the levies made. */
  levied: Float64Array;
  /** Σ |quantity| by bucket: the units a levy is spread over. */
  openInterest: Float64Array;
  initialOpenInterest: Float64Array;
  /** Surplus weight of each bucket (the same for every generated position in it). */
  bucketWeight: Float64Array;
  /** This step's oracle prices by asset. */
  oracle: Float64Array;
  user: UserSurplus | null;
}

/** What an account owes in levies not yet settled into its cash. */
export function unsettledLevy(s: RunState, account: number): number {
  const { crowd } = s;
  let owed = 0;
  for (let p = crowd.firstPosition[account]!; p < crowd.firstPosition[account + 1]!; p++) {
    const q = crowd.quantity[p]!;
    if (q === 0) continue;
    const bucket = crowd.positionAsset[p]! * 2 + (q > 0 ? 0 : 1);
    owed += Math.abs(q) * (s.levyIndex[bucket]! - s.levySnapshot[p]!);
  }
  return owed;
}

export function settleLevy(s: RunState, account: number): void {
  const { crowd } = s;
  const owed = unsettledLevy(s, account);
  crowd.cash[account] = crowd.cash[account]! - owed;
  s.levied[account] = s.levied[account]! + owed;
  for (let p = crowd.firstPosition[account]!; p < crowd.firstPosition[account + 1]!; p++) {
    const q = crowd.quantity[p]!;
    s.levySnapshot[p] = s.levyIndex[crowd.positionAsset[p]! * 2 + (q > 0 ? 0 : 1)]!;
  }
}

/** The account's surplus at this step's oracle prices: liquidatable below 0 (crowd-state.ts). */
export function surplus(s: RunState, account: number): number {
  const { crowd, oracle } = s;
  const cash = crowd.cash[account]! - unsettledLevy(s, account);
  if (account === crowd.userAccount && s.user) {
    const u = s.user;
    let value = u.surplusToday + (cash - u.cashAtStart);
    for (let i = 0; i < oracle.length; i++) value += u.sensitivity[i]! * (oracle[i]! - u.todayPrices[i]!);
    return value;
  }
  let value = cash > 0 ? cash * crowd.positiveCashWeight : cash;
  for (let p = crowd.firstPosition[account]!; p < crowd.firstPosition[account + 1]!; p++) {
    value += crowd.quantity[p]! * crowd.weight[p]! * oracle[crowd.positionAsset[p]!]!;
  }
  return value;
}

/** Σ |quantity × weight| × price: how fast the surplus can fall as prices move. */
export function grossWeightedValue(s: RunState, account: number): number {
  const { crowd, oracle } = s;
  let value = 0;
  for (let p = crowd.firstPosition[account]!; p < crowd.firstPosition[account + 1]!; p++) {
    value += Math.abs(crowd.quantity[p]! * crowd.weight[p]!) * oracle[crowd.positionAsset[p]!]!;
  }
  return value;
}

export function hasPositions(crowd: Crowd, account: number): boolean {
  for (let p = crowd.firstPosition[account]!; p < crowd.firstPosition[account + 1]!; p++) if (crowd.quantity[p] !== 0) return true;
  return false;
}
