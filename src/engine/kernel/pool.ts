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

/** The pool's health from its rows (margin/pool.ts poolHealth, in Float64): one pass over the assets. */
export function poolHealth(book: CompiledBook, rows: Float64Array, kind: RequirementKind = 'maintenance'): KernelHealth {
  const n = book.assets.length;
  let balanceValue = 0, collateralValue = 0, liabilities = 0, pnl = 0, maintenance = 0, initial = 0, weighted = 0, borrowLimit = 0;
  for (let i = 0, o = 0; i < n; i++, o += FIELDS) {
    balanceValue += rows[o + BALANCE_VALUE]!;
    collateralValue += rows[o + COLLATERAL_VALUE]!;
    liabilities += rows[o + LIABILITIES]!;
    pnl += rows[o + UNREALIZED_PNL]! + rows[o + OPTION_VALUE]!;
    maintenance += rows[o + MAINTENANCE]!;
    initial += rows[o + INITIAL]!;
    weighted += rows[o + WEIGHTED_COLLATERAL]!;
    borrowLimit += rows[o + BORROW_LIMIT]!;
  }
  if (book.rules.kind === 'lending') return { numerator: kind === 'maintenance' ? weighted : borrowLimit, requirement: liabilities };
  pnl -= book.isolatedCollateral;
  if (book.rules.kind === 'portfolio') {
    const r = portfolioRequirement(book, rows);
    return { numerator: balanceValue + pnl, requirement: kind === 'maintenance' ? r.maintenance : r.initial };
  }
  return { numerator: collateralValue - liabilities + pnl, requirement: kind === 'maintenance' ? maintenance : initial };
}

/** Health factor, or null where nothing is required. */
export function healthFactorOf(h: KernelHealth): number | null {
  return h.requirement === 0 ? null : h.numerator / h.requirement;
}
