import { cholesky } from '../format/correlation';
import type { BookContext } from '../valuation/context';

/** Correlation matrix of the book's assets and its Cholesky factor (the file was checked to be PSD at parse). */
export function correlationFactor(ctx: BookContext, assets: readonly string[]): { matrix: number[][]; lower: number[][] } {
  const matrix = assets.map((a) => assets.map((b) => ctx.correlation(a, b)));
  const result = cholesky(matrix);
  if (!result.ok) throw new Error('a correlation matrix that passed parsing failed its Cholesky factorisation');
  return { matrix, lower: result.lower };
}
