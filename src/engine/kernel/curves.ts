import type { CompiledBook } from './book';
import { FIELDS } from './contribution';
import { healthFactorOf, healthWithRow, movePool, poolHealth, sumRows, type PoolRows } from './pool';
import { moveJointly } from './liquidation';

export interface KernelCurve {
  name: string;
  healthFactor: (number | null)[];
}

/** Health factor against a move of each non-stable asset (others held) and of all of them together. */
export function healthCurves(book: CompiledBook, pool: PoolRows, moves: readonly number[]): KernelCurve[] {
  const work = { rows: Float64Array.from(pool.rows), prices: Float64Array.from(pool.prices) };
  const curves: KernelCurve[] = [];
  for (const a of book.assets) {
    if (a.stable) continue;
    const price = pool.prices[a.index]!;
    const others = sumRows(book, pool.rows, a.index, new Float64Array(FIELDS));
    const totals = new Float64Array(FIELDS);
    curves.push({
      name: a.symbol,
      healthFactor: moves.map((m) => {
        movePool(book, work, a.index, price * (1 + m));
        return healthFactorOf(healthWithRow(book, others, work.rows, a.index, totals));
      }),
    });
    movePool(book, work, a.index, price);
  }
  curves.push({
    name: 'joint',
    healthFactor: moves.map((m) => {
      moveJointly(book, pool, work, 1 + m);
      return healthFactorOf(poolHealth(book, work.rows));
    }),
  });
  return curves;
}

/** Health factor over two assets' moves, the rest held: healthFactor[i][j] moves the first by moves[i], the second by moves[j]. */
export function healthGrid(book: CompiledBook, pool: PoolRows, first: number, second: number, moves: readonly number[]): (number | null)[][] {
  const work = { rows: Float64Array.from(pool.rows), prices: Float64Array.from(pool.prices) };
  const p1 = pool.prices[first]!;
  const p2 = pool.prices[second]!;
  return moves.map((m1) => {
    movePool(book, work, first, p1 * (1 + m1));
    return moves.map((m2) => {
      movePool(book, work, second, p2 * (1 + m2));
      return healthFactorOf(poolHealth(book, work.rows));
    });
  });
}
