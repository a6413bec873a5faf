import { copyHeap, heapPop, heapPush, heapTop, newHeap, type Heap } from './heap';
import { grossWeightedValue, PENDING, surplus, WATCHING, type RunState } from './run-state';

// Finding the accounts a step's prices put under their requirement, without visiting the crowd.
//
// Single-asset accounts: liquidation is a price crossing. They are sorted once per bucket (asset ×
// side) by liquidation price, and a step walks only the newly crossed prefix (reference notes,
// "Scale"): O(N log N) once, then O(crossed) per step. An account that comes back (partly
// liquidated, or healthy when its delayed liquidation came due) waits in the bucket's heap.
//
// Multi-asset accounts: the surplus is linear in prices, so it cannot fall by more than
// G × (e^D − 1), where G = Σ |quantity × weight| × price at the last check and D the "drift" since
// then: Σ over steps of max over assets of ln(1 + (|Δoracle| + levy per unit ÷ weight) ÷ oracle).
// An account is re-checked only once the drift reaches ln(1 + surplus ÷ G): a min-heap on that level.
//
// Keys: a bucket's key is the liquidation price for longs and its negative for shorts, so in
// every bucket "liquidatable" reads key > threshold.

export interface WatchBase {
  /** Per bucket: single-asset accounts by key, largest first. */
  order: Int32Array[];
  keys: Float64Array[];
  /** Multi-asset accounts keyed by −(drift level of their next check). */
  multi: Heap;
}

export interface Watch {
  base: WatchBase;
  next: Int32Array;
  heaps: Heap[];
  multi: Heap;
  drift: number;
}

/** The single-asset account's key in its bucket, from settled cash (crossing price, shifted by the levy snapshot). */
function singleKey(s: RunState, account: number): number {
  const { crowd } = s;
  const p = crowd.firstPosition[account]!;
  const q = crowd.quantity[p]!, w = crowd.weight[p]!, cash = crowd.cash[account]!;
  const cashPart = cash > 0 ? cash * crowd.positiveCashWeight : cash;
  // surplus = cashPart − |q|·(I − snapshot) + q·w·price = 0 ⇒ price = crossing + sign·(I − snapshot) / w.
  const crossing = -cashPart / (q * w);
  const key = crossing - Math.sign(q) * s.levySnapshot[p]! / w;
  return q > 0 ? key : -key;
}

function bucketOf(s: RunState, account: number): number {
  const p = s.crowd.firstPosition[account]!;
  return s.crowd.positionAsset[p]! * 2 + (s.crowd.quantity[p]! > 0 ? 0 : 1);
}

const isSingle = (s: RunState, account: number) => s.crowd.firstPosition[account + 1]! - s.crowd.firstPosition[account]! === 1;

/** Drift level at which a multi-asset account must be looked at again; Infinity if prices cannot liquidate it. */
function recheckLevel(s: RunState, drift: number, account: number): number {
  const value = surplus(s, account);
  if (value < 0) return drift;
  const gross = grossWeightedValue(s, account);
  // A hair early rather than late: rounding must never skip a liquidation.
  return gross > 0 ? drift + Math.log1p(value / gross) * (1 - 1e-9) : Infinity;
}

/** Sorts the crowd into buckets once; shared by every run on this crowd (runs copy what they change). */
export function buildWatchBase(s: RunState): WatchBase {
  const { crowd } = s;
  const buckets = crowd.assets.length * 2;
  const members: number[][] = Array.from({ length: buckets }, () => []);
  const multi = newHeap();
  for (let a = 0; a < crowd.accountCount; a++) {
    if (a === crowd.userAccount) continue;
    if (isSingle(s, a)) members[bucketOf(s, a)]!.push(a);
    else {
      const level = recheckLevel(s, 0, a);
      if (level !== Infinity) heapPush(multi, -level, a);
    }
  }
  const order: Int32Array[] = [], keys: Float64Array[] = [];
  for (const list of members) {
    const ids = Int32Array.from(list);
    const k = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) k[i] = singleKey(s, ids[i]!);
    // Sort positions 0…n−1 by key descending, ties by account for a deterministic order.
    const index = new Int32Array(ids.length).map((_, i) => i);
    index.sort((x, y) => k[y]! - k[x]! || ids[x]! - ids[y]!);
    order.push(index.map((i) => ids[i]!));
    keys.push(Float64Array.from(index, (i) => k[i]!));
  }
  return { order, keys, multi };
}

export function newWatch(base: WatchBase): Watch {
  return {
    base,
    next: new Int32Array(base.order.length),
    heaps: base.order.map(() => newHeap()),
    multi: copyHeap(base.multi),
    drift: 0,
  };
}

/** Adds the step's drift: the largest relative adverse move any watched surplus can have seen. */
export function advanceDrift(w: Watch, s: RunState, previousOracle: Float64Array, levyAdded: Float64Array): void {
  let step = 0;
  for (let i = 0; i < s.oracle.length; i++) {
    const levyMove = Math.max(levyAdded[2 * i]! / s.bucketWeight[2 * i]!, levyAdded[2 * i + 1]! / s.bucketWeight[2 * i + 1]!);
    const move = Math.log1p((Math.abs(s.oracle[i]! - previousOracle[i]!) + levyMove) / previousOracle[i]!);
    if (move > step) step = move;
  }
  w.drift += step;
}

/**
 * Marks every watched account now under its requirement as pending and appends it to `found`
 * (from index `count`); returns the new count.
 */
export function findLiquidatable(w: Watch, s: RunState, found: Int32Array, count: number): number {
  const { status } = s;
  const { order, keys } = w.base;
  for (let b = 0; b < order.length; b++) {
    const side = b & 1, asset = b >> 1;
    const price = s.oracle[asset]!, shift = s.levyIndex[b]! / s.bucketWeight[b]!;
    const threshold = side === 0 ? price - shift : -(price + shift);
    const ids = order[b]!, k = keys[b]!;
    let i = w.next[b]!;
    while (i < ids.length && k[i]! > threshold) {
      const a = ids[i++]!;
      // Accounts passed over here were found before; only those still waiting count.
      if (status[a] === WATCHING) { status[a] = PENDING; found[count++] = a; }
    }
    w.next[b] = i;
    const heap = w.heaps[b]!;
    while (heap.size > 0 && heapTop(heap) > threshold) {
      const a = heapPop(heap);
      if (status[a] === WATCHING) { status[a] = PENDING; found[count++] = a; }
    }
  }
  // Multi-asset accounts whose drift level has come: check exactly, and file the healthy ones again after the loop.
  const healthy: number[] = [];
  while (w.multi.size > 0 && -heapTop(w.multi) <= w.drift) {
    const a = heapPop(w.multi);
    if (status[a] !== WATCHING) continue;
    if (surplus(s, a) < 0) { status[a] = PENDING; found[count++] = a; }
    else healthy.push(a);
  }
  for (const a of healthy) {
    const level = recheckLevel(s, w.drift, a);
    if (level !== Infinity) heapPush(w.multi, -level, a);
  }
  const user = s.crowd.userAccount;
  if (user >= 0 && status[user] === WATCHING && surplus(s, user) < 0) { status[user] = PENDING; found[count++] = user; }
  return count;
}

/** An account back under watch (still holding positions): into its bucket's heap, or the multi-asset heap. */
export function watchAgain(w: Watch, s: RunState, account: number): void {
  s.status[account] = WATCHING;
  if (account === s.crowd.userAccount) return;
  if (isSingle(s, account)) heapPush(w.heaps[bucketOf(s, account)]!, singleKey(s, account), account);
  else {
    const level = recheckLevel(s, w.drift, account);
    if (level !== Infinity) heapPush(w.multi, -level, account);
  }
}
