import type { CompiledBook } from './book';
import { contribute } from './contribution';
import { copyOf } from './slab';
import { poolHealth, type PoolRows } from './pool';
import { firstCrossing } from './solve';

/** Multiples of the first estimate tried, outward, before the exact solve. */
const SEARCH_MULTIPLES = [0.25, 0.5, 1, 1.5, 2, 3, 5, 10, 100, 10000, 1000000];

/**
 * Units of the asset to add to its balance so the pool's health factor reaches `target`: the zero
 * of numerator(x) − target × requirement(x), outward from x = 0 (an added coin can also repay a
 * borrow of it, so the function is piecewise). Null when adding the asset never gets there.
 */
export function collateralTopUp(book: CompiledBook, pool: PoolRows, index: number, target: number): number | null {
  const a = book.assets[index]!;
  const rows = copyOf(pool.rows);
  const price = pool.prices[index]!;
  const surplus = (added: number) => {
    const balance = a.balance + added;
    const moved = { ...a, balance, riskLinearQuantity: a.riskLinearQuantity + added, exposed: balance !== 0 || a.linearQuantity.length + a.optionQuantity.length > 0 };
    contribute(book, moved, pool.prices, rows, index);
    const h = poolHealth(book, rows);
    return h.numerator - h.requirement * target;
  };
  const start = surplus(0);
  if (start >= 0) return 0;
  const estimate = -start / price;
  return firstCrossing(surplus, 0, SEARCH_MULTIPLES.map((m) => estimate * m));
}
