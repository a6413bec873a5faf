// The one place the page turns numbers into text, so the same figure reads the same everywhere
// (a table, a chart's tooltip, a sentence). The rules people read by:
// - one minus sign, U+2212 "−", never the hyphen (a hyphen reads as a dash beside a figure);
// - money with 2 decimals; prices with 6 significant digits, keeping the cents of a large price;
// - quantities and deltas with at most 4 decimals (4 significant ones below 1), the full value for
//   the tooltip from formatExact; nothing on screen carries more than 6 decimals;
// - percents of a change carry their sign ("+10.0%", "−23.4%");
// - dates as "24 Nov 2026, 08:00 UTC".
// Engine values are decimal strings and are formatted exactly (Intl reads a numeric string without a
// float); anything that is not a finite number prints "—", never NaN.
import { isDecimalString } from '../charts/numbers';

export const MISSING = '—';
export const MINUS = '\u2212';
const LOCALE = 'en-US';

type Value = string | number | null | undefined;
type Formattable = number | Intl.StringNumericLiteral;

/** A value Intl can format exactly, or null when there is nothing sensible to show. */
function formattable(value: Value): Formattable | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const trimmed = value.trim();
  return isDecimalString(trimmed) ? (trimmed as Intl.StringNumericLiteral) : null;
}

/** Below 1 in size ("0.0042", "-0.3"): such values are given significant digits rather than decimals. */
function belowOne(value: Formattable): boolean {
  if (typeof value === 'number') return Math.abs(value) < 1;
  const n = Number(value);
  return Number.isFinite(n) ? Math.abs(n) < 1 : false;
}

/** Every hyphen-minus Intl writes (en-US uses it for the sign only) becomes the true minus. */
function withMinus(text: string): string {
  return text.replaceAll('-', MINUS);
}

function intl(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  // signDisplay 'negative' avoids "−0.00" for a tiny negative rounded to zero.
  return new Intl.NumberFormat(LOCALE, { signDisplay: 'negative', ...options });
}

/** A formatter; `small` (if given) is used for values below 1 in size. */
function make(options: Intl.NumberFormatOptions, small?: Intl.NumberFormatOptions): (value: Value) => string {
  const large = intl(options);
  const tiny = small ? intl(small) : large;
  return (value) => {
    const v = formattable(value);
    if (v === null) return MISSING;
    return withMinus((belowOne(v) ? tiny : large).format(v));
  };
}

/** Money: thousands separators and 2 decimals, "12,345.60", "−2,040.00". */
export const formatMoney = make({ minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Money with its currency: "12,345.60 USDT". */
export function formatMoneyIn(value: Value, quote: string): string {
  const text = formatMoney(value);
  return text === MISSING ? MISSING : `${text} ${quote}`;
}

/** Money on an axis: compact, "15K", "1.2M". */
export const formatMoneyTick = make({ notation: 'compact', maximumFractionDigits: 1 });

/**
 * Prices: 6 significant digits, but never fewer than the cents of a large price (60,000.57;
 * 1.23457), and never more than 6 decimals for a tiny one (0.000123).
 */
export const formatPrice = make(
  { maximumSignificantDigits: 6, maximumFractionDigits: 2, roundingPriority: 'morePrecision' },
  { maximumSignificantDigits: 6, maximumFractionDigits: 6, roundingPriority: 'lessPrecision' },
);

const wholePrice = make({ maximumFractionDigits: 0 });

/**
 * A price in a narrow table cell: as formatPrice, but from 1,000,000 up without its cents
 * (1,633,333 where formatPrice gives 1,633,333.33), so that it fits its column whole rather than
 * end in an ellipsis. The cell's tooltip keeps the cents.
 */
export function formatPriceInCell(value: Value): string {
  const v = formattable(value);
  if (v === null) return MISSING;
  return Math.abs(Number(v)) >= 1_000_000 ? wholePrice(v) : formatPrice(v);
}

/**
 * Quantities and greeks: at most 4 decimals (12,345.6789; 1.5), and below 1 at most 4 significant
 * digits within 6 decimals (0.1235; 0.000123). The full value goes in the tooltip (formatExact).
 */
export const formatQuantity = make(
  { maximumFractionDigits: 4 },
  { maximumSignificantDigits: 4, maximumFractionDigits: 6, roundingPriority: 'lessPrecision' },
);

/** Every digit the engine gave, grouped: for tooltips, which promise exact values. */
export const formatExact = make({ maximumFractionDigits: 20 });

/** A health factor or ratio: 2 decimals, "1.84". */
export const formatRatio = make({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const formatHealthFactor = formatRatio;

/** A health factor in a tooltip: up to 4 decimals. */
export const formatHealthFactorExact = make({ minimumFractionDigits: 2, maximumFractionDigits: 4 });

const percent = make({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });
const signedPercent = make({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2, signDisplay: 'exceptZero' });

/** A share of something (a fraction that is not a change): 0.2345 → "23.45%". */
export function formatPercent(fraction: Value): string {
  return percent(fraction);
}

/** A change or move, always with its sign: −0.234 → "−23.4%", 0.1 → "+10.0%", 0 → "0.0%". */
export function formatMove(fraction: Value): string {
  return signedPercent(fraction);
}

/** Percent points already scaled (25 → "+25%"), for axis ticks. */
export function formatMoveTick(points: number): string {
  if (!Number.isFinite(points)) return MISSING;
  const rounded = Math.round(points * 100) / 100;
  const text = `${Math.abs(rounded)}%`;
  return rounded > 0 ? `+${text}` : rounded < 0 ? `${MINUS}${text}` : text;
}

/** "1.84 → 1.52" when a baseline is given and differs; the current text alone otherwise. */
export function formatChange(before: string | undefined, after: string): string {
  if (before === undefined || before === after) return after;
  return `${before} → ${after}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** An ISO time as people read it, always in UTC (expiries are quoted in UTC): "24 Nov 2026, 08:00 UTC". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return MISSING;
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return MISSING;
  const d = new Date(time);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} UTC`;
}

/** Milliseconds, for timings. */
export const formatMillis = (value: number | null) => (value === null || !Number.isFinite(value) ? MISSING : `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`);
