import type { CompiledBook } from './book';
import { copyOf, doubles } from './slab';
import { FIELDS } from './contribution';
import { healthWithRow, movePool, needsExactRoot, poolHealth, sumRows, type KernelHealth, type PoolRows } from './pool';
import { addRowParts, portfolioBounds, surplusParts, surplusSplits } from './monotone';
import { DOWN_FACTORS, firstCrossingBounded, liquidationAlong, nearerThan, splitLowerBound, UP_FACTORS, type SplitSurplus } from './solve';

export interface KernelPair {
  down: number | null;
  up: number | null;
}

/** A scratch copy of a pool that a sweep may move. */
function scratch(pool: PoolRows): PoolRows {
  return { rows: copyOf(pool.rows), prices: copyOf(pool.prices) };
}

/**
 * Health that keeps each point's requirement as it goes: a root the scan found is a point it
 * looked at, and whether anything is required there is then read, not repriced.
 */
function remembering(health: (x: number) => KernelHealth) {
  const requirement = new Map<number, number>();
  const at = (x: number) => {
    const h = health(x);
    requirement.set(x, h.requirement);
    return h;
  };
  return { at, requirement, surplus: (x: number) => { const h = at(x); return h.numerator - h.requirement; } };
}

type Remembered = ReturnType<typeof remembering>;

/**
 * The first crossings below and above `start` along `down` and `up`, from the pool in `work` as
 * `health` leaves it: stepping over runs of points the rising/falling split proves healthy where
 * the book allows it (monotone.ts), point by point where it does not.
 */
function crossings(book: CompiledBook, work: PoolRows, health: (x: number) => KernelHealth, start: number, down: readonly number[], up: readonly number[], nearest = false, moving = -1): KernelPair {
  if (!surplusSplits(book)) {
    const below = liquidationAlong(health, start, down);
    return { down: below, up: liquidationAlong(health, start, nearest ? nearerThan(up, start, below) : up) };
  }
  const remembered = remembering(health);
  // Moving one asset, the other rows hold still: their parts are summed once, the moving row's added at each point.
  const others = moving < 0 ? null : surplusParts(book, work.rows, { surplus: 0, rising: 0, falling: 0 }, moving);
  const split = (x: number): SplitSurplus => {
    const h = remembered.at(x);
    let parts: SplitSurplus;
    if (others) {
      parts = { surplus: 0, rising: others.rising, falling: others.falling };
      addRowParts(book, work.rows, moving, parts);
    } else parts = surplusParts(book, work.rows, { surplus: 0, rising: 0, falling: 0 });
    // The scan's signs are the pool's own surplus; the parts only bound it.
    parts.surplus = h.numerator - h.requirement;
    return parts;
  };
  return bounded(remembered, split, start, down, up, splitLowerBound, nearest);
}

/** `remembered.surplus` refines the roots: the same surplus as `f`'s, without what only bounds a stretch. */
function bounded<T extends { surplus: number }>(
  remembered: Remembered, f: (x: number) => T, start: number, down: readonly number[], up: readonly number[], lowerBound: (low: T, high: T) => number,
  nearest = false,
): KernelPair {
  const seen = new Map<number, T>();
  const along = (points: readonly number[]) => {
    const root = firstCrossingBounded(f, start, points, lowerBound, seen, remembered.surplus);
    if (root === null) return null;
    const requirement = remembered.requirement.get(root) ?? remembered.at(root).requirement;
    return requirement > 0 ? root : null;
  };
  const below = along(down);
  return { down: below, up: along(nearest ? nearerThan(up, start, below) : up) };
}

/**
 * Portfolio margin's crossings: the risk arrays' scenario losses, split by how they move, bound the
 * requirement over a stretch (monotone.ts portfolioBounds). `move` reprices the pool in `work` at a
 * point, writing the moving assets' loss parts where `lossPartsOf` asks for them.
 */
function portfolioCrossings(
  book: CompiledBook, work: PoolRows, health: (x: number) => KernelHealth,
  move: (x: number, lossPartsOf: (index: number) => Float64Array | undefined) => KernelHealth,
  start: number, down: readonly number[], up: readonly number[], nearest: boolean, moving?: number,
): KernelPair {
  const bounds = portfolioBounds(book, moving, work.prices);
  const remembered = remembering(health);
  const point = (x: number) => {
    const h = move(x, bounds.lossPartsOf);
    remembered.requirement.set(x, h.requirement);
    return bounds.point(work.rows, h.numerator - h.requirement);
  };
  return bounded(remembered, point, start, down, up, bounds.lowerBound, nearest);
}

/** The prices of one asset, others held, at which the pool's health reaches 1, below and above its price in `pool`. */
export function assetLiquidationPrices(book: CompiledBook, pool: PoolRows, index: number): KernelPair {
  const work = scratch(pool);
  const price = pool.prices[index]!;
  const others = sumRows(book, pool.rows, index, doubles(FIELDS));
  const totals = doubles(FIELDS);
  const row = index * FIELDS;
  const at = (x: number, lossParts?: Float64Array) => {
    // Today's price: the pool's own row, already worked out (a scan starts there).
    if (x === price && !lossParts) {
      work.rows.set(pool.rows.subarray(row, row + FIELDS), row);
      work.prices[index] = price;
    } else movePool(book, work, index, x, lossParts);
    return healthWithRow(book, others, work.rows, index, totals);
  };
  const health = (x: number) => at(x);
  const down = DOWN_FACTORS.map((k) => price * k);
  const up = UP_FACTORS.map((k) => price * k);
  if (book.rules.kind === 'portfolio') return portfolioCrossings(book, work, health, (x, lossPartsOf) => at(x, lossPartsOf(index)), price, down, up, false, index);
  return crossings(book, work, health, price, down, up, false, index);
}

/** Every non-stable asset's price in `pool` multiplied by the same factor (0.8: all fall 20 %), into `work`. */
export function moveJointly(book: CompiledBook, pool: PoolRows, work: PoolRows, factor: number, lossParts?: (index: number) => Float64Array | undefined): void {
  if (factor === 1 && !lossParts) {
    // Today's prices: the pool's own rows, already worked out (a scan starts there).
    work.rows.set(pool.rows);
    work.prices.set(pool.prices);
    return;
  }
  for (const a of book.assets) if (!a.stable) movePool(book, work, a.index, pool.prices[a.index]! * factor, lossParts?.(a.index));
}

/**
 * The price factors of a joint move of every non-stable asset at which the pool reaches health 1
 * (0.77: all fall 23 %). Solved as a factor, not as a move: near a fall of 100 % the move −0.9999997
 * keeps only ten digits of what is left of the price, the factor keeps all of them. With `nearest`
 * (a regime's survivable move reads only the nearer root), a rise is not solved beyond the fall
 * found: `up` is then null wherever it would be the farther of the two.
 */
export function jointLiquidationFactors(book: CompiledBook, pool: PoolRows, nearest = false): KernelPair {
  const work = scratch(pool);
  const health = (k: number) => {
    moveJointly(book, pool, work, k);
    return poolHealth(book, work.rows);
  };
  if (book.rules.kind === 'portfolio') {
    return portfolioCrossings(book, work, health, (k, lossPartsOf) => {
      moveJointly(book, pool, work, k, lossPartsOf);
      return poolHealth(book, work.rows);
    }, 1, DOWN_FACTORS, UP_FACTORS, nearest);
  }
  return crossings(book, work, health, 1, DOWN_FACTORS, UP_FACTORS, nearest);
}

/** The surplus's slope at a root, by a one-sided difference: only its order of magnitude is used. */
function conditioned(health: (x: number) => KernelHealth, root: number): boolean {
  const h = health(root);
  const step = Math.abs(root) * 1e-7 || 1e-7;
  const ahead = health(root + step);
  const slope = (ahead.numerator - ahead.requirement - (h.numerator - h.requirement)) / step;
  return !needsExactRoot(h, root, slope);
}

/** Whether a per-asset root is good as a double, or must be polished on the exact path (`needsExactRoot`). */
export function assetRootIsDouble(book: CompiledBook, pool: PoolRows, index: number, root: number): boolean {
  const work = scratch(pool);
  return conditioned((x) => {
    movePool(book, work, index, x);
    return poolHealth(book, work.rows);
  }, root);
}

/** The same for a joint factor. */
export function jointRootIsDouble(book: CompiledBook, pool: PoolRows, factor: number): boolean {
  const work = scratch(pool);
  return conditioned((k) => {
    moveJointly(book, pool, work, k);
    return poolHealth(book, work.rows);
  }, factor);
}
