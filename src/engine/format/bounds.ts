import { Dec } from '../money';

// The bounds of the portfolio format (README, "The portfolio file"): what a file may hold, so that
// every figure the engine derives from it stays a finite double in the sweeps. A decimal string of
// 400 digits parses as a Decimal but becomes Infinity the moment a sweep takes its Float64 value;
// 10¹⁵ × 10¹⁵ (a notional) is still far inside a double, and 10⁻¹² keeps 12 decimals of a coin.

/** Positions in one book. */
export const MAX_POSITIONS = 2000;
/** Assets in one book (the correlation matrix is assets²). */
export const MAX_ASSETS = 200;
/** Maintenance brackets of one asset's override. */
export const MAX_BRACKETS = 50;
/** Largest price, quantity, balance, premium, collateral or bracket bound. */
const MAX_AMOUNT = new Dec('1e15');
/** Smallest non-zero price, quantity, balance, premium or collateral. */
const MIN_AMOUNT = new Dec('1e-12');
/** A decimal string longer than this is refused before it is read (room for 10¹⁵ with 40 decimals and a sign). */
const MAX_DECIMAL_LENGTH = 64;
/** Deepest nesting a valid file has is 6 (overrides.BTC.maintenance[0].upTo); more is not a portfolio. */
export const MAX_DEPTH = 8;
export const MAX_ID_LENGTH = 64;
export const MAX_NAME_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 2000;

const MAX_AMOUNT_TEXT = '1,000,000,000,000,000 (10¹⁵)';
const MIN_AMOUNT_TEXT = '0.000000000001 (10⁻¹²)';

/** Asset symbols: ASCII letters, digits, ".", "_", "-", starting with a letter or digit (so never "__proto__"). */
export const ASSET_SYMBOL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;
/** A correlation key: two asset symbols joined by "/". */
export const CORRELATION_PAIR = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}\/[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;
/** User text shown on screen (ids, names): no control, format or unassigned characters, no lone surrogates. */
export const PRINTABLE = /^[^\p{C}]*$/u;

const SIGNED = /^-?\d+(\.\d+)?$/;
const UNSIGNED = /^\d+(\.\d+)?$/;

export type DecimalKind = 'signed' | 'positive' | 'nonNegative';

const GRAMMAR: Record<DecimalKind, string> = {
  signed: 'must be a decimal string such as "-1.5" (digits, one optional point, no exponent)',
  positive: 'must be a positive decimal string',
  nonNegative: 'must be a decimal string, zero or more',
};

/** What is wrong with a decimal string of this kind, or null when it is within the format's bounds. */
export function decimalProblem(text: string, kind: DecimalKind): string | null {
  if (text.length > MAX_DECIMAL_LENGTH) return `is too long (${text.length} characters; at most ${MAX_DECIMAL_LENGTH})`;
  if (!(kind === 'signed' ? SIGNED : UNSIGNED).test(text)) return GRAMMAR[kind];
  const magnitude = new Dec(text).abs();
  if (magnitude.isZero()) return kind === 'positive' ? GRAMMAR.positive : null;
  if (magnitude.greaterThan(MAX_AMOUNT)) return `must be at most ${MAX_AMOUNT_TEXT}${kind === 'signed' ? ' in size' : ''}`;
  if (magnitude.lessThan(MIN_AMOUNT)) {
    if (kind === 'positive') return `must be at least ${MIN_AMOUNT_TEXT}`;
    return `must be 0 or at least ${MIN_AMOUNT_TEXT}${kind === 'signed' ? ' in size' : ''}`;
  }
  return null;
}

/** A record keyed by user text with no prototype: `balances.constructor` is undefined unless the file holds it. */
export function prototypeFree<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const key of Object.keys(record)) out[key] = record[key]!;
  return out;
}
