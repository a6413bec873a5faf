// Exact arithmetic on decimal strings for the few sums the page makes itself (a top-up added to a
// balance), with BigInt: decimal.js stays in the engine's chunk, and a float would turn
// 10000 + 0.1 into 10000.100000000000364.

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

interface Scaled {
  units: bigint;
  places: number;
}

function scaled(text: string): Scaled | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const fraction = m[3] ?? '';
  const units = BigInt(`${m[2]}${fraction}`);
  return { units: m[1] ? -units : units, places: fraction.length };
}

function rescale(value: Scaled, places: number): bigint {
  return value.units * 10n ** BigInt(places - value.places);
}

function toText(units: bigint, places: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** a + b exactly, or null when either is not a plain decimal ("1e5", "", "abc"). */
export function addDecimalText(a: string, b: string): string | null {
  const x = scaled(a);
  const y = scaled(b);
  if (!x || !y) return null;
  const places = Math.max(x.places, y.places);
  return toText(rescale(x, places) + rescale(y, places), places);
}

/** A non-negative decimal rounded up to `places` decimals: a top-up rounded down would fall short of its target. */
export function roundUpDecimalText(text: string, places: number): string | null {
  const x = scaled(text);
  if (!x || x.units < 0n) return null;
  if (x.places <= places) return toText(x.units, x.places);
  const divisor = 10n ** BigInt(x.places - places);
  const quotient = x.units / divisor;
  return toText(x.units % divisor === 0n ? quotient : quotient + 1n, places);
}

/** a × b exactly, or null when either is not a plain decimal. */
export function multiplyDecimalText(a: string, b: string): string | null {
  const x = scaled(a);
  const y = scaled(b);
  if (!x || !y) return null;
  return toText(x.units * y.units, x.places + y.places);
}

/** a − b exactly, or null when either is not a plain decimal. */
export function subtractDecimalText(a: string, b: string): string | null {
  const y = scaled(b);
  return y ? addDecimalText(a, toText(-y.units, y.places)) : null;
}
