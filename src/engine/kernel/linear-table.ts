import type { CompiledBrackets } from './book';
import { doubles } from './slab';

/**
 * The cross futures of one asset summed into one piecewise-linear function of its price. Each
 * position's maintenance |q|·P·rate − amount changes bracket where its notional crosses a bound,
 * at P = upTo ÷ |q|; between two such prices the sum over positions is one line. So the asset's
 * maintenance at any price is a binary search and a multiply-add, whatever the number of
 * positions, and a solve between two bounds is exact in one step.
 */
export interface LinearTable {
  /** Prices where some position changes bracket, ascending. Segment i is (breaks[i−1], breaks[i]]. */
  breaks: Float64Array;
  /** Maintenance on segment i: slope[i] × P + intercept[i]. */
  slope: Float64Array;
  intercept: Float64Array;
  /** Initial margin on segment i: initialSlope[i] × P (each bracket's own rate; it may jump at a bound). */
  initialSlope: Float64Array;
}

/**
 * Brackets that chain (each cumulative amount continues the requirement at the previous bound) and
 * start at amount ≤ 0 give a continuous, never-negative requirement: the table is exact for them.
 * A file's own brackets that jump or floor at zero are valued position by position instead.
 */
export function bracketsChain(b: CompiledBrackets): boolean {
  if (b.amount[0]! > 0) return false;
  for (let k = 1; k < b.rate.length; k++) {
    if (b.rate[k]! < 0) return false;
    const expected = b.amount[k - 1]! + b.upTo[k - 1]! * (b.rate[k]! - b.rate[k - 1]!);
    if (Math.abs(expected - b.amount[k]!) > 1e-9 * Math.max(1, Math.abs(b.amount[k]!))) return false;
  }
  return b.rate[0]! >= 0;
}

export function linearTable(b: CompiledBrackets, quantities: Float64Array): LinearTable {
  // The bounds a position can cross: the open-ended last bracket has none.
  let bounds = 0;
  while (bounds < b.upTo.length - 1 && Number.isFinite(b.upTo[bounds]!)) bounds++;
  let slope = 0;
  let intercept = 0;
  let initialSlope = 0;
  const sizes = doubles(quantities.length);
  let n = 0;
  for (const q of quantities) {
    const size = Math.abs(q);
    slope += size * b.rate[0]!;
    intercept -= b.amount[0]!;
    initialSlope += size * b.initialRate[0]!;
    if (size > 0) sizes[n++] = size;
  }
  // Largest first: every bound's crossing prices upTo ÷ size then rise along the list, so the
  // crossings of all positions come in price order by merging one sorted list per bound.
  const bySize = sizes.subarray(0, n).sort().reverse();
  const events = n * bounds;
  const table = { breaks: doubles(events), slope: doubles(events + 1), intercept: doubles(events + 1), initialSlope: doubles(events + 1) };
  table.slope[0] = slope;
  table.intercept[0] = intercept;
  table.initialSlope[0] = initialSlope;
  // Each bound's next crossing (its position and price), worked out once as the merge passes it.
  const next = new Int32Array(bounds);
  const head = doubles(bounds);
  for (let j = 0; j < bounds; j++) head[j] = n > 0 ? b.upTo[j]! / bySize[0]! : Infinity;
  for (let e = 0; e < events; e++) {
    // The earliest head; the first bound on a tie, as a notional at a bound stays in the lower bracket.
    let k = 0;
    for (let j = 1; j < bounds; j++) if (head[j]! < head[k]!) k = j;
    const price = head[k]!;
    const size = bySize[next[k]!]!;
    next[k]!++;
    head[k] = next[k]! < n ? b.upTo[k]! / bySize[next[k]!]! : Infinity;
    table.breaks[e] = price;
    slope += size * (b.rate[k + 1]! - b.rate[k]!);
    intercept -= b.amount[k + 1]! - b.amount[k]!;
    initialSlope += size * (b.initialRate[k + 1]! - b.initialRate[k]!);
    table.slope[e + 1] = slope;
    table.intercept[e + 1] = intercept;
    table.initialSlope[e + 1] = initialSlope;
  }
  return table;
}

/** The summed maintenance at a price: the segment holding it, by binary search (or `k`, already found). */
export function tableMaintenance(t: LinearTable, price: number, k = tableSegment(t, price)): number {
  return t.slope[k]! * price + t.intercept[k]!;
}

/** The summed initial margin at a price. */
export function tableInitial(t: LinearTable, price: number, k = tableSegment(t, price)): number {
  return t.initialSlope[k]! * price;
}

export function tableSegment(t: LinearTable, price: number): number {
  let lo = 0;
  let hi = t.breaks.length;
  // The number of breaks strictly below the price: a notional at a bound stays in the lower bracket.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.breaks[mid]! < price) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
