import type { CompiledBook } from './book';
import { copyOf, doubles } from './slab';
import {
  BALANCE_VALUE, BORROW_LIMIT, COLLATERAL_VALUE, contribute, DIRECTION, FIELDS, GROSS, INITIAL, LIABILITIES, MAINTENANCE,
  OPTION_VALUE, SHORT_OPTION_CHARGE, UNREALIZED_PNL, WEIGHTED_COLLATERAL, WORST_LOSS,
} from './contribution';

/** Health as numerator and requirement: health factor = numerator ÷ requirement, liquidation at 1. */
export interface KernelHealth {
  numerator: number;
  requirement: number;
  /** Σ of the magnitudes behind the numerator: its rounding is about this × 2⁻⁵² (see `needsExactRoot`). */
  gross?: number;
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
  const pool = { rows: doubles(book.assets.length * FIELDS), prices: prices ? copyOf(prices) : doubles(book.assets.length) };
  if (!prices) for (const a of book.assets) pool.prices[a.index] = a.price;
  for (const a of book.assets) contribute(book, a, pool.prices, pool.rows, a.index);
  return pool;
}

/** Move one asset of a scratch pool to a price: only its row is recomputed. */
export function movePool(book: CompiledBook, pool: PoolRows, index: number, price: number, lossParts?: Float64Array): void {
  pool.prices[index] = price;
  contribute(book, book.assets[index]!, pool.prices, pool.rows, index, lossParts);
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

/** Σ of every row but `skip` (−1: all of them), field by field, into `out`. */
export function sumRows(book: CompiledBook, rows: Float64Array, skip: number, out: Float64Array): Float64Array {
  out.fill(0);
  const n = book.assets.length;
  for (let i = 0, o = 0; i < n; i++, o += FIELDS) {
    if (i === skip) continue;
    for (let f = 0; f < FIELDS; f++) out[f] = out[f]! + rows[o + f]!;
  }
  return out;
}

/** Whether the pool's health reads the rows themselves, not only their sums: portfolio margin with offsets between assets. */
export function readsRows(book: CompiledBook): boolean {
  return book.rules.kind === 'portfolio' && book.rules.interAssetOffset;
}

// What totalsHealth works out, read by its callers within the call: a curve reads a health factor
// at every point of every asset, and an object a point was most of what the curves allocated. In a
// Float64Array, not module variables: V8 boxes a double stored in one, a heap number each time.
const NUMERATOR = 0, REQUIREMENT = 1, GROSS_SUM = 2;
const health = new Float64Array(3);

/** Health from summed fields (margin/pool.ts poolHealth, in Float64) into numerator, requirement and gross; offsets between assets need the rows themselves. */
function totalsHealth(book: CompiledBook, t: ArrayLike<number>, rows: Float64Array, kind: RequirementKind): void {
  // The isolated collateral is in the quote's row already, or, for a quote the book does not list,
  // this constant borrow of it (margin/pool.ts unlistedQuoteBorrow).
  const borrow = book.quoteBorrow;
  const liabilities = t[LIABILITIES]! + borrow;
  health[GROSS_SUM] = t[GROSS]! + book.isolatedCollateral;
  if (book.rules.kind === 'lending') {
    health[NUMERATOR] = kind === 'maintenance' ? t[WEIGHTED_COLLATERAL]! : t[BORROW_LIMIT]!;
    health[REQUIREMENT] = liabilities;
    return;
  }
  const pnl = t[UNREALIZED_PNL]! + t[OPTION_VALUE]!;
  if (book.rules.kind === 'portfolio') {
    health[NUMERATOR] = t[BALANCE_VALUE]! - borrow + pnl;
    if (readsRows(book)) {
      const r = portfolioRequirement(book, rows);
      health[REQUIREMENT] = kind === 'maintenance' ? r.maintenance : r.initial;
    } else {
      const initial = t[WORST_LOSS]! + t[SHORT_OPTION_CHARGE]!;
      health[REQUIREMENT] = kind === 'maintenance' ? initial * book.rules.maintenanceShare : initial;
    }
    return;
  }
  const borrowRate = kind === 'maintenance' ? book.rules.borrowMaintenanceRate : book.rules.borrowInitialRate;
  health[NUMERATOR] = t[COLLATERAL_VALUE]! - liabilities + pnl;
  health[REQUIREMENT] = t[kind === 'maintenance' ? MAINTENANCE : INITIAL]! + borrow * borrowRate;
}

function healthOfTotals(book: CompiledBook, t: ArrayLike<number>, rows: Float64Array, kind: RequirementKind): KernelHealth {
  totalsHealth(book, t, rows, kind);
  return { numerator: health[NUMERATOR]!, requirement: health[REQUIREMENT]!, gross: health[GROSS_SUM]! };
}

/** The health factor healthOfTotals gives; null where nothing is required. */
function factorOfTotals(book: CompiledBook, t: ArrayLike<number>, rows: Float64Array): number | null {
  totalsHealth(book, t, rows, 'maintenance');
  const requirement = health[REQUIREMENT]!;
  return requirement === 0 ? null : health[NUMERATOR]! / requirement;
}

/** The pool's health from its rows: one pass over the assets. */
export function poolHealth(book: CompiledBook, rows: Float64Array, kind: RequirementKind = 'maintenance'): KernelHealth {
  return healthOfTotals(book, sumRows(book, rows, -1, totalsScratch), rows, kind);
}

/** poolHealth's sums: read only within the call, so one buffer serves every call (sweeps call it per point). */
const totalsScratch = new Float64Array(FIELDS);

/**
 * The pool's health with one asset's row on top of the others' sums (`sumRows(…, index, …)`, taken
 * once per sweep): a sweep along one asset then costs that asset's row, whatever the book's size.
 */
export function healthWithRow(book: CompiledBook, others: Float64Array, rows: Float64Array, index: number, scratch: Float64Array, kind: RequirementKind = 'maintenance'): KernelHealth {
  return healthOfTotals(book, withRow(others, rows, index, scratch), rows, kind);
}

/** The others' sums with row `index` added, into `scratch`. */
function withRow(others: Float64Array, rows: Float64Array, index: number, scratch: Float64Array): Float64Array {
  const o = index * FIELDS;
  for (let f = 0; f < FIELDS; f++) scratch[f] = others[f]! + rows[o + f]!;
  return scratch;
}

/** The pool's health factor from its rows (null where nothing is required), with no health object made. */
export function poolHealthFactor(book: CompiledBook, rows: Float64Array): number | null {
  return factorOfTotals(book, sumRows(book, rows, -1, totalsScratch), rows);
}

/** The health factor with one asset's row on top of the others' sums (healthWithRow's, as a factor). */
export function healthFactorWithRow(book: CompiledBook, others: Float64Array, rows: Float64Array, index: number, scratch: Float64Array): number | null {
  return factorOfTotals(book, withRow(others, rows, index, scratch), rows);
}

/**
 * A root solved in doubles is reported as a double. Where the health factor at it is ill-conditioned
 * — the requirement tiny beside what the numerator nets out (a price near zero, a dust position
 * beside large holdings), or beside how far the health moves across one double of the price — the
 * double nearest the root may miss health 1 by more than 1e-12, and the root is polished on the
 * exact decimal path instead. So is a root where the health is flat in the price (a few coins of
 * an asset beside a large book): the surplus's rounding then moves the crossing by more than 1e-13
 * of the price, though health stays 1 there. `slope` is the surplus's change per unit of the solved
 * variable.
 */
export function needsExactRoot(h: KernelHealth, root: number, slope: number): boolean {
  if (!(h.requirement > 0)) return false;
  const rounding = (h.gross ?? Math.abs(h.numerator)) * 4.5e-16 + Math.abs(slope * root) * 2.3e-16;
  return rounding > 1e-13 * h.requirement || rounding > 1e-13 * Math.abs(slope * root);
}
