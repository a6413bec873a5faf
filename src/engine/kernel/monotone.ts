import type { CompiledAsset, CompiledBook } from './book';
import { doubles } from './slab';
import {
  BALANCE_VALUE, COLLATERAL_VALUE, FIELDS, LIABILITIES, MAINTENANCE, OPTION_VALUE, OPTION_VALUE_RISING, SHORT_OPTION_CHARGE,
  UNREALIZED_PNL, WEIGHTED_COLLATERAL, WORST_LOSS,
} from './contribution';

// Under exchange and lending rules every term of the pool's surplus (numerator − requirement)
// moves one way with its asset's price: holdings and long calls rise with it; debts, maintenance,
// short calls and long puts fall; a linear position's PnL goes with the sign of its size. So the
// surplus is a rising part plus a falling part, and over a stretch of prices it is at least the
// rising part at the low end plus the falling part at the high end. Where that is positive, no
// price in the stretch liquidates, and a scan may step over it without looking (solve.ts).
// Portfolio margin's requirement (the worst of a grid of repriced scenarios) has no such split, but
// can still be bounded over a stretch from its scenarios' parts (portfolioBounds).

export interface SurplusParts {
  surplus: number;
  rising: number;
  falling: number;
}

/**
 * Whether the split holds for this book: exchange or lending rules, and no asset whose futures are
 * valued bracket by bracket (brackets that do not chain can make maintenance fall as a price rises).
 */
export function surplusSplits(book: CompiledBook): boolean {
  if (book.rules.kind === 'portfolio') return false;
  return book.assets.every((a) => a.stable || a.linearQuantity.length === 0 || a.brackets.chains);
}

/** Adds a row's option values and linear PnL to the part they move with: calls and longs rise with the price. */
function addValues(book: CompiledBook, rows: Float64Array, i: number, parts: { rising: number; falling: number }): void {
  const o = i * FIELDS;
  const optionsRising = rows[o + OPTION_VALUE_RISING]!;
  parts.rising += optionsRising;
  parts.falling += rows[o + OPTION_VALUE]! - optionsRising;
  if (book.assets[i]!.linearSum.quantity >= 0) parts.rising += rows[o + UNREALIZED_PNL]!;
  else parts.falling += rows[o + UNREALIZED_PNL]!;
}

/**
 * The pool's surplus from its rows, split into the part that rises and the part that falls with
 * prices. With `skip`, every row but that one (a one-asset scan adds the moving row to these sums,
 * taken once, with `addRowParts`).
 */
export function surplusParts(book: CompiledBook, rows: Float64Array, out: SurplusParts, skip = -1): SurplusParts {
  // The isolated collateral is in the quote's row already; a quote the book does not list is a
  // constant borrow of it (kernel/pool.ts): its debt, and under exchange rules its margin.
  out.rising = -book.quoteBorrow * (book.rules.kind === 'lending' ? 1 : 1 + book.rules.borrowMaintenanceRate);
  out.falling = 0;
  for (let i = 0; i < book.assets.length; i++) if (i !== skip) addRowParts(book, rows, i, out);
  out.surplus = out.rising + out.falling;
  return out;
}

/** Adds row i's terms to the part they move with. */
export function addRowParts(book: CompiledBook, rows: Float64Array, i: number, out: SurplusParts): void {
  const o = i * FIELDS;
  if (book.rules.kind === 'lending') {
    out.rising += rows[o + WEIGHTED_COLLATERAL]!;
    out.falling -= rows[o + LIABILITIES]!;
    return;
  }
  out.rising += rows[o + COLLATERAL_VALUE]!;
  out.falling -= rows[o + LIABILITIES]! + rows[o + MAINTENANCE]!;
  addValues(book, rows, i, out);
}

/** A point of a portfolio-margin sweep, kept to bound the stretch between it and the next. */
export interface PortfolioPoint {
  surplus: number;
  numeratorRising: number;
  numeratorFalling: number;
  /** Σ |holding| + |PnL| over the assets: the size of what the numerator's line nets (its rounding). */
  linearGross: number;
  /** Each asset's worst loss (read for assets without options: a size × price, clipped at 0, moves one way). */
  worstLoss: Float64Array;
  /** Σ short-option charges: a share of each short's notional, so it only rises with prices. */
  charge: number;
  /** For each non-stable asset with options: per scenario, the rising and the falling part of its loss. */
  lossParts: Float64Array;
}

/**
 * Portfolio margin's requirement is the worst of a grid of repriced scenarios, less an offset
 * between assets. Each scenario's loss is still a sum of terms that each move one way with the
 * price (a size × price; an option's value at the scenario's price, or at today's), so over a
 * stretch of prices it is at most its rising part at the high end plus its falling part at the low
 * end; the asset's worst loss at most the largest of those; and the requirement at most the sum of
 * the assets' worst losses and charges (no offset credited), times the maintenance share.
 */
export function portfolioBounds(book: CompiledBook, moving?: number, prices?: ArrayLike<number>): {
  lossPartsOf: (index: number) => Float64Array | undefined;
  point: (rows: Float64Array, surplus: number) => PortfolioPoint;
  lowerBound: (low: PortfolioPoint, high: PortfolioPoint) => number;
} {
  const perAsset = 2 * book.rules.scenarios.length;
  const slot = new Map<number, number>();
  // The assets that move: every non-stable one in a joint sweep, or `moving` alone, stable or not
  // (a one-asset scan runs on every exposed asset but the quote). One held at its price loses the
  // same at both ends of a stretch, and its worst loss is read as it is.
  const moves = (a: CompiledAsset) => (moving === undefined ? !a.stable : a.index === moving);
  book.assets.forEach((a) => {
    if (moves(a) && a.exposed && a.optionQuantity.length > 0) slot.set(a.index, slot.size);
  });
  const scratch = Array.from({ length: slot.size }, () => doubles(perAsset));
  const n = book.assets.length;
  // Under portfolio margin a holding counts at full value, so every balance and future is a line in
  // its asset's price, (balance + size) × P − Σ size × entry; a sweep moves every non-stable price by
  // one factor from the prices it starts at (`prices`; the book's own by default), or one asset's
  // alone, so their sum is one line in that factor: it rises or falls as a whole, by the sign of this slope. Split term by term, a hedge (coins held against a short
  // perpetual, on one asset or across two) would pair its long side at a stretch's low end with its
  // short side at the high end, a bound far below anything the book can reach.
  let linearSlope = 0;
  for (const a of book.assets) if (moves(a)) linearSlope += a.riskLinearQuantity * (prices?.[a.index] ?? a.price);
  return {
    lossPartsOf: (index) => {
      const k = slot.get(index);
      return k === undefined ? undefined : scratch[k];
    },
    point: (rows, surplus) => {
      // The isolated collateral is in the quote's row already; an unlisted quote's borrow is constant.
      const numerator = { rising: -book.quoteBorrow, falling: 0 };
      let charge = 0;
      let linear = 0;
      let linearGross = 0;
      const worstLoss = doubles(n);
      for (let i = 0, o = 0; i < n; i++, o += FIELDS) {
        // Holdings and futures: one line in the price of what moves (see linearSlope).
        const held = rows[o + BALANCE_VALUE]!, pnl = rows[o + UNREALIZED_PNL]!;
        linear += held + pnl;
        // Netted, a hedge's two sides no longer show in the parts: their size still sets the rounding.
        linearGross += Math.abs(held) + Math.abs(pnl);
        const optionsRising = rows[o + OPTION_VALUE_RISING]!;
        numerator.rising += optionsRising;
        numerator.falling += rows[o + OPTION_VALUE]! - optionsRising;
        worstLoss[i] = rows[o + WORST_LOSS]!;
        charge += rows[o + SHORT_OPTION_CHARGE]!;
      }
      if (linearSlope >= 0) numerator.rising += linear;
      else numerator.falling += linear;
      const lossParts = doubles(slot.size * perAsset);
      scratch.forEach((parts, k) => lossParts.set(parts, k * perAsset));
      return { surplus, numeratorRising: numerator.rising, numeratorFalling: numerator.falling, linearGross, worstLoss, charge, lossParts };
    },
    lowerBound: (low, high) => {
      let losses = 0;
      for (let i = 0; i < n; i++) {
        const k = slot.get(i);
        if (k === undefined) {
          losses += Math.max(low.worstLoss[i]!, high.worstLoss[i]!);
          continue;
        }
        let worst = 0;
        for (let s = k * perAsset; s < (k + 1) * perAsset; s += 2) {
          const bound = high.lossParts[s]! + low.lossParts[s + 1]!;
          if (bound > worst) worst = bound;
        }
        losses += worst;
      }
      const requirement = (losses + high.charge) * book.rules.maintenanceShare;
      const numerator = low.numeratorRising + high.numeratorFalling;
      const noise = (Math.abs(low.numeratorRising) + Math.abs(high.numeratorFalling) + low.linearGross + high.linearGross + requirement) * 1e-9;
      return numerator - requirement - noise;
    },
  };
}
