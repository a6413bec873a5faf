// Number formatting for the page. Values from the engine are decimal strings, formatted exactly
// (Intl.NumberFormat reads a numeric string without a float); anything that is not a finite number
// prints as "—", never NaN.

export const MISSING = '—';
const LOCALE = 'en-US';
const DECIMAL = /^-?\d+(\.\d+)?$/;

type Value = string | number | null | undefined;

function formattable(value: Value): number | Intl.StringNumericLiteral | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const trimmed = value.trim();
  return DECIMAL.test(trimmed) ? (trimmed as Intl.StringNumericLiteral) : null;
}

function formatter(options: Intl.NumberFormatOptions): (value: Value) => string {
  const format = new Intl.NumberFormat(LOCALE, { signDisplay: 'negative', ...options });
  return (value) => {
    const v = formattable(value);
    return v === null ? MISSING : format.format(v);
  };
}

/** Money: "12,345.60". */
export const formatMoney = formatter({ minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Prices: 6 significant digits, keeping the cents of a large price ("60,000.57", "0.000123457"). */
export const formatPrice = formatter({ maximumSignificantDigits: 6, maximumFractionDigits: 2, roundingPriority: 'morePrecision' });

/** Quantities: up to 8 decimals, as a wallet shows them. */
export const formatQuantity = formatter({ maximumFractionDigits: 8 });

/** A health factor or ratio: "1.52". */
export const formatRatio = formatter({ minimumFractionDigits: 2, maximumFractionDigits: 2 });

const percent = formatter({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signedPercent = formatter({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** A fraction as a percent: 0.052 → "5.2%". */
export const formatPercent = (value: Value) => percent(value);

/** A price move as a signed percent: −0.23 → "−23.0%". */
export const formatMove = (value: Value) => signedPercent(value).replace('-', '−');

/** Milliseconds, for timings. */
export const formatMillis = (value: number | null) => (value === null || !Number.isFinite(value) ? MISSING : `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`);
