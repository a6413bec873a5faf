import type { Portfolio } from './format/schema';
import { compileBook } from './kernel/book';
import { healthGrid } from './kernel/curves';
import { poolAt } from './kernel/pool';
import type { FieldError } from './report-types';
import { makeContext } from './valuation/context';

export interface HealthGrid {
  /** Moves of the first asset (rows) and the second (columns), as fractions. */
  assets: [string, string];
  moves: number[];
  /** healthFactor[i][j]: first asset moved by moves[i], second by moves[j]; null where nothing is required. */
  healthFactor: (number | null)[][];
}

/**
 * The pool's health factor over two assets' moves, the rest held: the map a trader reads to see
 * which combinations liquidate the account. On the compiled kernel: each cell revalues the two assets only.
 */
export function healthFactorGrid(portfolio: Portfolio, first: string, second: string, moves: number[]): { ok: true; value: HealthGrid } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  for (const [path, asset] of [['first', first], ['second', second]] as const) if (!Object.hasOwn(portfolio.assets, asset)) errors.push({ path: `heatmap.${path}`, message: `unknown asset "${asset}"` });
  if (first === second) errors.push({ path: 'heatmap.second', message: 'must differ from the first asset' });
  if (moves.length < 2 || moves.length > 101 || moves.some((m) => !Number.isFinite(m) || m <= -1 || m > 100)) errors.push({ path: 'heatmap.moves', message: 'must be 2 to 101 moves, each above −100 %' });
  if (errors.length > 0) return { ok: false, errors };
  const book = compileBook(makeContext(portfolio));
  const healthFactorRows = healthGrid(book, poolAt(book), book.bySymbol.get(first)!.index, book.bySymbol.get(second)!.index, moves);
  return { ok: true, value: { assets: [first, second], moves, healthFactor: healthFactorRows } };
}
