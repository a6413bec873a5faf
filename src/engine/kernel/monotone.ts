import type { CompiledBook } from './book';
import { bracketsChain } from './linear-table';
import {
  COLLATERAL_VALUE, FIELDS, LIABILITIES, MAINTENANCE, OPTION_VALUE, OPTION_VALUE_RISING, UNREALIZED_PNL, WEIGHTED_COLLATERAL,
} from './contribution';

// Under exchange and lending rules every term of the pool's surplus (numerator − requirement)
// moves one way with its asset's price: holdings and long calls rise with it; debts, maintenance,
// short calls and long puts fall; a linear position's PnL goes with the sign of its size. So the
// surplus is a rising part plus a falling part, and over a stretch of prices it is at least the
// rising part at the low end plus the falling part at the high end. Where that is positive, no
// price in the stretch liquidates, and a scan may step over it without looking (solve.ts).
// Portfolio margin's requirement (the worst of a grid of repriced scenarios) has no such split.

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
  return book.assets.every((a) => a.stable || a.linearQuantity.length === 0 || bracketsChain(a.brackets));
}

/** The pool's surplus from its rows, split into the part that rises and the part that falls with prices. */
export function surplusParts(book: CompiledBook, rows: Float64Array, out: SurplusParts): SurplusParts {
  let rising = 0;
  let falling = 0;
  const lending = book.rules.kind === 'lending';
  for (let i = 0, o = 0; i < book.assets.length; i++, o += FIELDS) {
    if (lending) {
      rising += rows[o + WEIGHTED_COLLATERAL]!;
      falling -= rows[o + LIABILITIES]!;
      continue;
    }
    const pnl = rows[o + UNREALIZED_PNL]!;
    const optionsRising = rows[o + OPTION_VALUE_RISING]!;
    rising += rows[o + COLLATERAL_VALUE]! + optionsRising;
    falling += rows[o + OPTION_VALUE]! - optionsRising - rows[o + LIABILITIES]! - rows[o + MAINTENANCE]!;
    if (book.assets[i]!.linearSum.quantity >= 0) rising += pnl;
    else falling += pnl;
  }
  if (!lending) rising -= book.isolatedCollateral;
  out.surplus = rising + falling;
  out.rising = rising;
  out.falling = falling;
  return out;
}
