import { z } from 'zod';
import { formatPath } from '../../shared/path';
import { parsePortfolio } from '../format/parse';
import type { PortfolioInput } from '../format/schema';
import { Dec, toPlainString } from '../money';
import type { FieldError } from '../report-types';
import type { ImportResult, VenueName } from './types';

// What the three importers share: decimal strings kept digit for digit, zod issues as
// `path: reason`, venues' error responses, and the last check that the portfolio parses.

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A venue's decimal string, kept as the text it is (every digit survives). */
export const decimalText = z
  .string({ error: 'must be a decimal string such as "60000.5"' })
  .regex(DECIMAL, { error: 'must be a decimal string such as "60000.5"' });

/** A decimal the venue may send as a JSON number (Binance's leverage brackets) or a string; out as a plain string. */
export const decimalOrNumber = z.union([
  decimalText,
  z.number({ error: 'must be a number or a decimal string' }).refine(Number.isFinite, { error: 'must be a finite number' }).transform((n) => toPlainString(new Dec(n))),
], { error: 'must be a number or a decimal string' });


/** A quotient that may not end (a mark from value ÷ size), kept to 12 places: past any price's own digits. */
export function quotient(numerator: string, denominator: InstanceType<typeof Dec>): string {
  return toPlainString(new Dec(numerator).div(denominator).toDecimalPlaces(12));
}

/** Zod issues under a path prefix, in the form people read. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): FieldError[] {
  return issues.map((issue) => {
    const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
    return { path: formatPath([...prefix, ...issue.path]), message: missing ? 'is required' : issue.message };
  });
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * A venue's error response where data was expected: Binance `{"code":-2015,"msg":"…"}`, Bybit
 * `{"retCode":10003,"retMsg":"…"}` (retCode 0 is success), Hyperliquid `{"status":"err","response":"…"}`.
 */
export function venueErrorMessage(x: unknown): string | null {
  if (!isRecord(x)) return null;
  if (typeof x.code === 'number' && typeof x.msg === 'string' && x.code !== 200) return `the venue answered with an error instead of data: ${x.code} "${x.msg}" (Binance error response)`;
  if (typeof x.retCode === 'number' && x.retCode !== 0) return `the venue answered with an error instead of data: ${x.retCode} "${String(x.retMsg ?? '')}" (Bybit error response)`;
  if (x.status === 'err') return `the venue answered with an error instead of data: "${String(x.response ?? '')}" (Hyperliquid error response)`;
  return null;
}

/** Bybit wraps each answer as `{ retCode, retMsg, result, time }`; the issue asks for `result`, both are read. */
export function unwrapBybit(x: unknown): unknown {
  return isRecord(x) && x.retCode === 0 && 'result' in x ? x.result : x;
}

/** Milliseconds since the epoch (number or digit string) as ISO 8601, or null. */
export function isoFromMillis(ms: unknown): string | null {
  const n = typeof ms === 'string' && /^\d{10,16}$/.test(ms) ? Number(ms) : typeof ms === 'number' ? ms : NaN;
  if (!Number.isFinite(n) || n <= 0) return null;
  return new Date(n).toISOString().replace('.000Z', 'Z');
}

/**
 * Volatilities are not in any venue's export; liquidation prices do not use them, risk figures do.
 * Typical annual figures (realised, 2023–2025), to be edited.
 */
const TYPICAL_VOLATILITY: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  BTC: 0.55, ETH: 0.7, SOL: 0.9, XRP: 0.9, BNB: 0.6, DOGE: 1.0, HYPE: 1.1,
});
const STABLE = new Set(['USD', 'USDC', 'USDT', 'FDUSD', 'DAI', 'USDE', 'BUSD', 'TUSD', 'USDS', 'PYUSD']);

export function typicalVolatility(symbol: string): number {
  if (STABLE.has(symbol.toUpperCase())) return 0;
  return Object.hasOwn(TYPICAL_VOLATILITY, symbol) ? TYPICAL_VOLATILITY[symbol]! : 0.9;
}

export function isStableSymbol(symbol: string): boolean {
  return STABLE.has(symbol.toUpperCase());
}

export const VOLATILITY_WARNING: FieldError = {
  path: 'assets',
  message: 'volatilities are not in a venue\'s export: typical values are set (BTC 0.55, ETH 0.7, stablecoins 0, others 0.9); edit them for risk figures (liquidation prices do not use them)',
};

/** The last gate: what an importer built must parse as a portfolio, or it is a bug reported as an error, never printed. */
export function finish(venue: VenueName, portfolio: PortfolioInput, warnings: FieldError[]): ImportResult {
  const parsed = parsePortfolio(portfolio);
  if (!parsed.ok) return { ok: false, venue, errors: parsed.errors.map((e) => ({ path: `(imported portfolio) ${e.path}`, message: e.message })) };
  return { ok: true, venue, portfolio, warnings };
}

/** Records keyed by user text (asset symbols), free of any prototype. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
