import type { CascadeResult } from './types';

// The result as JSON text for people and other programs: every number written out in positional
// notation (0.0000000142, not 1.42e-8; 1000000000000000000000, not 1e21), which is still valid
// JSON, and minus zero as 0. The result holds no NaN or infinity (the engine's rule); should one
// slip through it is written as null, as JSON.stringify does.

/** A finite number in positional notation: the shortest round-trip digits, the point moved. */
export function positional(x: number): string {
  if (!Number.isFinite(x)) return 'null';
  if (x === 0) return '0';
  const text = String(x);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  const body = point <= 0
    ? `0.${'0'.repeat(-point)}${digits}`
    : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${body}` : body;
}

/** The result as JSON, indented by 2 unless `compact`. */
export function cascadeResultJson(result: CascadeResult, compact = false): string {
  // Numbers pass through as marked strings, then lose their quotes: JSON.stringify alone would
  // write exponents. The mark is one that no text of the result holds, so none can pose as a number
  // (found, not drawn: the engine takes no randomness without a seed).
  const plain = JSON.stringify(result);
  let nonce = 0;
  while (plain.includes(`\\u0001${nonce}:`)) nonce++;
  const mark = `\u0001${nonce}:`;
  const text = JSON.stringify(result, (_, value: unknown) => (typeof value === 'number' ? `${mark}${positional(value)}` : value), compact ? undefined : 2);
  const escaped = JSON.stringify(mark).slice(1, -1);
  return text.split(`"${escaped}`).map((part, i) => (i === 0 ? part : part.replace(/^([^"]*)"/, '$1'))).join('');
}
