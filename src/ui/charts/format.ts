// Display formatting for the charts. Every formatter returns "—" for a missing or non-finite value,
// so no chart ever prints NaN. Decimal strings are formatted exactly (Intl formats a numeric string
// without going through a float); a fixed locale keeps labels, tooltips and tests identical.
import { isDecimalString } from './numbers';

export const MISSING = '—';
const LOCALE = 'en-US';

type Value = string | number | null | undefined;

/** A value Intl can format exactly, or null when there is nothing sensible to show. */
function formattable(value: Value): number | Intl.StringNumericLiteral | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const trimmed = value.trim();
  return isDecimalString(trimmed) ? (trimmed as Intl.StringNumericLiteral) : null;
}

function make(options: Intl.NumberFormatOptions): (value: Value) => string {
  // signDisplay 'negative' avoids "-0.00" for a tiny negative rounded to zero.
  const format = new Intl.NumberFormat(LOCALE, { signDisplay: 'negative', ...options });
  return (value) => {
    const v = formattable(value);
    return v === null ? MISSING : format.format(v);
  };
}

/** Money: thousands separators and 2 decimals, "12,345.60". */
export const formatMoney = make({ minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Money on an axis: compact, "15K", "1.2M". */
export const formatMoneyTick = make({ notation: 'compact', maximumFractionDigits: 1 });

/** Money with its currency: "12,345.60 USDT". */
export function formatMoneyIn(value: Value, quote: string): string {
  const text = formatMoney(value);
  return text === MISSING ? MISSING : `${text} ${quote}`;
}

/**
 * Prices: 6 significant digits, but never fewer than the cents of a large price
 * (60,000.57; 1.23457; 0.000123457).
 */
export const formatPrice = make({
  maximumSignificantDigits: 6,
  maximumFractionDigits: 2,
  roundingPriority: 'morePrecision',
});

/** Every digit the engine gave, grouped: for tooltips, which promise exact values. */
export const formatExact = make({ maximumFractionDigits: 20 });

const percent = make({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });
const signedPercent = make({
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 2,
  signDisplay: 'exceptZero',
});

/** A fraction as a percentage with 1–2 decimals: 0.2345 → "23.45%". */
export function formatPercent(fraction: Value): string {
  return percent(fraction);
}

/** A signed move: −0.234 → "−23.4%", 0.1 → "+10.0%". Uses a true minus sign. */
export function formatMove(fraction: Value): string {
  return signedPercent(fraction).replace('-', '−');
}

/** Percent points already scaled (25 → "+25%"), for axis ticks. */
export function formatMoveTick(points: number): string {
  if (!Number.isFinite(points)) return MISSING;
  const rounded = Math.round(points * 100) / 100;
  const text = `${Math.abs(rounded)}%`;
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
}

/** Health factor: 2 decimals, "1.84". */
export const formatHealthFactor = make({ minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Health factor in a tooltip: up to 4 decimals. */
export const formatHealthFactorExact = make({ minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** "1.84 → 1.52" when a baseline is given and differs; the current text alone otherwise. */
export function formatChange(before: string | undefined, after: string): string {
  if (before === undefined || before === after) return after;
  return `${before} → ${after}`;
}
