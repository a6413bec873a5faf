import type { MarginComparison } from './margin-comparison';
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

/** The result (with the margin comparison, when one was asked for) as JSON, indented by 2 unless `compact`. */
export function cascadeResultJson(result: CascadeResult | (CascadeResult & { marginComparison: MarginComparison }), compact = false): string {
  return writeJson(result, compact ? null : '');
}

/**
 * JSON.stringify's output (same layout, same skipped undefined fields) with numbers written by
 * `positional`. Written out rather than patched after JSON.stringify: a marker string standing in
 * for numbers could be posed by a scenario's own text, unless it were random, and the engine has
 * no unseeded randomness.
 */
function writeJson(value: unknown, indent: string | null): string {
  if (typeof value === 'number') return positional(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = indent === null ? null : `${indent}  `;
  const open = inner === null ? '' : `\n${inner}`;
  const close = inner === null ? '' : `\n${indent}`;
  const separator = inner === null ? ',' : `,\n${inner}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${open}${value.map((v: unknown) => (v === undefined || typeof v === 'function' ? 'null' : writeJson(v, inner))).join(separator)}${close}]`;
  }
  const fields = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (fields.length === 0) return '{}';
  const colon = inner === null ? ':' : ': ';
  return `{${open}${fields.map(([k, v]) => `${JSON.stringify(k)}${colon}${writeJson(v, inner)}`).join(separator)}${close}}`;
}
