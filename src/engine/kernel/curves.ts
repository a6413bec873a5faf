import type { CompiledBook } from './book';
import { copyOf, doubles } from './slab';
import { contribute, FIELDS } from './contribution';
import { healthFactorWithRow, movePool, poolHealthFactor, readsRows, sumRows, type PoolRows } from './pool';

export interface KernelCurve {
  name: string;
  healthFactor: (number | null)[];
}

/**
 * Health factor against a move of each non-stable asset (others held) and of all of them together.
 * At each move every asset's row is worked out once and serves both: its own curve (its row over
 * the others' sums) and the joint one (every row moved), which is half the repricing of two passes.
 */
export function healthCurves(book: CompiledBook, pool: PoolRows, moves: readonly number[]): KernelCurve[] {
  const moving = book.assets.filter((a) => !a.stable);
  const jointRows = copyOf(pool.rows);
  const jointPrices = copyOf(pool.prices);
  // Today's rows with one asset moved at a time: what portfolio margin's offsets read for a one-asset
  // curve. Without offsets the health reads the moved asset's row alone, and the joint rows hold it.
  const offsets = readsRows(book);
  const oneMoved = offsets ? copyOf(pool.rows) : jointRows;
  const others = moving.map((a) => sumRows(book, pool.rows, a.index, doubles(FIELDS)));
  const totals = doubles(FIELDS);
  const curves: KernelCurve[] = moving.map((a) => ({ name: a.symbol, healthFactor: noFactors(moves.length) }));
  const joint: KernelCurve = { name: 'joint', healthFactor: noFactors(moves.length) };
  // The joint curve goes last before the sweep, not after it: code after the loop's on-stack-
  // replaced (OSR) code had no type feedback ([...curves, joint] read "length"), and V8 threw the
  // optimised sweep away at the end of every evaluation (52 times in 61 edits of 1,000 / 50).
  curves.push(joint);
  for (let i = 0; i < moves.length; i++) {
    const m = moves[i]!;
    for (let k = 0; k < moving.length; k++) {
      const a = moving[k]!;
      const o = a.index * FIELDS;
      jointPrices[a.index] = pool.prices[a.index]! * (1 + m);
      contribute(book, a, jointPrices, jointRows, a.index);
      if (offsets) for (let f = o; f < o + FIELDS; f++) oneMoved[f] = jointRows[f]!;
      curves[k]!.healthFactor[i] = healthFactorWithRow(book, others[k]!, oneMoved, a.index, totals);
      if (offsets) for (let f = o; f < o + FIELDS; f++) oneMoved[f] = pool.rows[f]!;
    }
    joint.healthFactor[i] = poolHealthFactor(book, jointRows);
  }
  return curves;
}

/**
 * A curve's points, null until written. Filled with null from the start, so writing a number or a
 * null never changes the array's element kind: a change of kind sends the sweep's optimised code
 * back to the interpreter (V8 "wrong map"), which at 1,000 / 50 it did dozens of times a session.
 */
function noFactors(length: number): (number | null)[] {
  return new Array<number | null>(length).fill(null);
}

/** Health factor over two assets' moves, the rest held: healthFactor[i][j] moves the first by moves[i], the second by moves[j]. */
export function healthGrid(book: CompiledBook, pool: PoolRows, first: number, second: number, moves: readonly number[]): (number | null)[][] {
  const work = { rows: copyOf(pool.rows), prices: copyOf(pool.prices) };
  const p1 = pool.prices[first]!;
  const p2 = pool.prices[second]!;
  return moves.map((m1) => {
    movePool(book, work, first, p1 * (1 + m1));
    return moves.map((m2) => {
      movePool(book, work, second, p2 * (1 + m2));
      return poolHealthFactor(book, work.rows);
    });
  });
}
