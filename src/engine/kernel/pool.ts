import type { CompiledBook } from './book';
import {
  BALANCE_VALUE, BORROW_LIMIT, COLLATERAL_VALUE, contribute, DIRECTION, FIELDS, INITIAL, LIABILITIES, MAINTENANCE,
  OPTION_VALUE, SHORT_OPTION_CHARGE, UNREALIZED_PNL, WEIGHTED_COLLATERAL, WORST_LOSS,
} from './contribution';

/** Health as numerator and requirement: health factor = numerator ÷ requirement, liquidation at 1. */
export interface KernelHealth {
  numerator: number;
  requirement: number;
}

export type RequirementKind = 'maintenance' | 'initial';

/**
 * The pool at a vector of prices: one row of contributions per asset, kept so that moving one
 * asset recomputes that asset's row only (`movePool`).
 */
export interface PoolRows {
  readonly rows: Float64Array;
  readonly prices: Float64Array;
}

export function poolAt(book: CompiledBook, prices?: ArrayLike<number>): PoolRows {
  const pool = {
    rows: new Float64Array(book.assets.length * FIELDS),
    prices: prices ? Float64Array.from(prices) : Float64Array.from(book.assets, (a) => a.price),
  };
  for (const a of book.assets) contribute(book, a, pool.prices[a.index]!, pool.rows, a.index);
  return pool;
}

/** Move one asset of a scratch pool to a price: only its row is recomputed. */
export function movePool(book: CompiledBook, pool: PoolRows, index: number, price: number): void {
  pool.prices[index] = price;
  contribute(book, book.assets[index]!, price, pool.rows, index);
}

/** Σ of one field over the rows. */
function total(rows: Float64Array, field: number, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += rows[i * FIELDS + field]!;
  return s;
}

/**
 * Portfolio margin's requirement from the exposed assets' risk: Σ worst losses, less an offset
 * bounded by correlation (√(Σᵢⱼ ρᵢⱼ sᵢ sⱼ Lᵢ Lⱼ)) and capped, plus the short-option charges.
 * The same formula as margin/portfolio.ts.
 */
export function portfolioRequirement(book: CompiledBook, rows: Float64Array): { sumOfRequirements: number; offset: number; initial: number; maintenance: number } {
  const { assets, rules, correlation } = book;
  const n = assets.length;
  let losses = 0;
  let charges = 0;
  let exposed = 0;
  for (let i = 0; i < n; i++) {
    if (!assets[i]!.exposed) continue;
    exposed++;
    losses += rows[i * FIELDS + WORST_LOSS]!;
    charges += rows[i * FIELDS + SHORT_OPTION_CHARGE]!;
  }
  let offset = 0;
  if (rules.interAssetOffset && exposed > 1) {
    let variance = 0;
    for (let i = 0; i < n; i++) {
      if (!assets[i]!.exposed) continue;
      const li = rows[i * FIELDS + WORST_LOSS]! * rows[i * FIELDS + DIRECTION]!;
      for (let j = 0; j < n; j++) {
        if (!assets[j]!.exposed) continue;
        variance += li * rows[j * FIELDS + WORST_LOSS]! * rows[j * FIELDS + DIRECTION]! * correlation[i * n + j]!;
      }
    }
    const combined = variance < 0 ? 0 : Math.sqrt(variance);
    offset = Math.min(losses - combined, losses * rules.maxOffset);
    if (offset < 0) offset = 0;
  }
  const initial = losses - offset + charges;
  return { sumOfRequirements: losses + charges, offset, initial, maintenance: initial * rules.maintenanceShare };
}

/** The pool's health from its rows (margin/pool.ts poolHealth, in Float64). */
export function poolHealth(book: CompiledBook, rows: Float64Array, kind: RequirementKind = 'maintenance'): KernelHealth {
  const n = book.assets.length;
  const liabilities = total(rows, LIABILITIES, n);
  if (book.rules.kind === 'lending') {
    return { numerator: total(rows, kind === 'maintenance' ? WEIGHTED_COLLATERAL : BORROW_LIMIT, n), requirement: liabilities };
  }
  const pnl = total(rows, UNREALIZED_PNL, n) + total(rows, OPTION_VALUE, n) - book.isolatedCollateral;
  if (book.rules.kind === 'portfolio') {
    const r = portfolioRequirement(book, rows);
    return { numerator: total(rows, BALANCE_VALUE, n) + pnl, requirement: kind === 'maintenance' ? r.maintenance : r.initial };
  }
  return {
    numerator: total(rows, COLLATERAL_VALUE, n) - liabilities + pnl,
    requirement: total(rows, kind === 'maintenance' ? MAINTENANCE : INITIAL, n),
  };
}

/** Health factor, or null where nothing is required. */
export function healthFactorOf(h: KernelHealth): number | null {
  return h.requirement === 0 ? null : h.numerator / h.requirement;
}
