// Reading the report's values for drawing: decimal strings become chart numbers here, and only
// here, so a malformed or missing value turns into null (a gap) rather than NaN on screen.

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** True for a plain decimal string such as "-60000.5" or "1e-7" (what Intl can format exactly). */
export function isDecimalString(value: string): boolean {
  return DECIMAL.test(value.trim());
}

/** A finite number from a decimal string or a number; null for null, "", garbage, NaN or ±Infinity. */
export function toFiniteNumber(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (!isDecimalString(value)) return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

/** A fraction (0.25) as percent points (25), rounded to 1e-9 so 0.07 × 100 reads 7, not 7.000000000000001. */
export function fractionToPercent(fraction: number): number {
  return Math.round(fraction * 100 * 1e9) / 1e9;
}
