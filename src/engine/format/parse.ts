import type { z } from 'zod';
import type { FieldError, ParseResult } from '../report-types';
import { isStablecoin, RULE_SETS } from '../rules';
import { checkCorrelations, type DefaultCorrelation } from './correlation';
import { toPlainString, ZERO } from '../money';
import { prototypeFree } from './bounds';
import { structureErrors } from './guard';
import { formatPath } from '../../shared/path';
import { portfolioSchema, type Parsed, type Portfolio } from './schema';

function zodIssueToErrors(issue: z.core.$ZodIssue): FieldError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'is not a field of the portfolio format (a typo?)' }));
  }
  if (issue.code === 'invalid_key') {
    // The record's key is wrong: say what the key must be, not "Invalid key in record".
    const inner = issue.issues[0]?.message ?? 'is not an allowed name';
    return [{ path: formatPath(issue.path), message: inner }];
  }
  const isMissing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
  return [{ path: formatPath(issue.path), message: isMissing ? 'is required' : issue.message }];
}

/** Checks that need the whole file: known assets, unique ids, brackets in order, valid correlations. */
function crossFieldErrors(p: Portfolio): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set(Object.keys(p.assets));
  const unknown = (symbol: string) => `unknown asset "${symbol}": add it to assets with its price and volatility`;
  if (known.size === 0) errors.push({ path: 'assets', message: 'must list at least one asset' });
  for (const symbol of Object.keys(p.balances)) if (!known.has(symbol)) errors.push({ path: formatPath(['balances', symbol]), message: unknown(symbol) });
  for (const symbol of Object.keys(p.overrides)) if (!known.has(symbol)) errors.push({ path: formatPath(['overrides', symbol]), message: unknown(symbol) });
  for (const symbol of Object.keys(p.regime?.assets ?? {})) if (!known.has(symbol)) errors.push({ path: formatPath(['regime', 'assets', symbol]), message: unknown(symbol) });
  const ids = new Map<string, number>();
  p.positions.forEach((position, i) => {
    if (!known.has(position.asset)) errors.push({ path: `positions[${i}].asset`, message: unknown(position.asset) });
    const first = ids.get(position.id);
    if (first !== undefined) errors.push({ path: `positions[${i}].id`, message: `"${position.id}" is already the id of positions[${first}]` });
    else ids.set(position.id, i);
  });
  for (const [symbol, override] of Object.entries(p.overrides)) {
    const brackets = override.maintenance ?? [];
    brackets.forEach((b, i) => {
      const path = formatPath(['overrides', symbol, 'maintenance', i, 'upTo']);
      if (b.upTo === null && i < brackets.length - 1) errors.push({ path, message: 'only the last bracket may be open-ended (null)' });
      const previous = brackets[i - 1];
      if (previous?.upTo && b.upTo && !b.upTo.greaterThan(previous.upTo)) errors.push({ path, message: 'must be larger than the previous bracket\'s upTo' });
      // Maintenance in a bracket is N × rate − amount for N from the previous upTo: an amount above
      // (previous upTo) × rate makes it negative at the bracket's start, which the engine would floor to 0.
      const lower = i === 0 ? ZERO : previous?.upTo;
      if (lower && b.amount.greaterThan(lower.times(b.rate))) {
        errors.push({ path: formatPath(['overrides', symbol, 'maintenance', i, 'amount']), message: `must be at most the bracket's lower bound × rate (${toPlainString(lower.times(b.rate))}), or maintenance turns negative where the bracket starts` });
      }
    });
  }
  if (errors.length === 0) errors.push(...checkCorrelations([...known], p.correlations, defaultCorrelation(p)));
  return errors;
}

/** A pair the file leaves out: the rule set's default, or 0 where a stablecoin is involved. */
export function defaultCorrelation(p: Portfolio): DefaultCorrelation {
  // Each asset is read once, here; the function returned (called for every pair) reads a map only.
  // It read the portfolio itself, whose shape differs between the parse's check and the engine's
  // context: V8 threw its optimised code away 11 times in 55 edits of a 1,000-position book.
  const listed = new Map<string, boolean>();
  for (const [symbol, asset] of Object.entries(p.assets)) listed.set(symbol, isStablecoin(symbol, asset.volatility, asset.stable));
  // A pair may name an asset the book does not list (the parse reports it); it is judged by its name.
  const isStable = (s: string) => listed.get(s) ?? isStablecoin(s, 1, undefined);
  const fallback = RULE_SETS[p.rules].defaultCorrelation;
  return (a, b) => (isStable(a) || isStable(b) ? 0 : fallback);
}

/** A typed portfolio from parsed JSON, or every error with its JSON path. */
export function parsePortfolio(json: unknown): ParseResult<Portfolio> {
  const structure = structureErrors(json);
  if (structure.length > 0) return { ok: false, errors: structure };
  const result = portfolioSchema.safeParse(json, { reportInput: true });
  if (!result.success) return { ok: false, errors: result.error.issues.flatMap(zodIssueToErrors) };
  return checkedPortfolio(result.data);
}

/** The schema's output as a Portfolio (prototype-free maps, empty collections present), with the checks that need the whole file. */
export function checkedPortfolio(parsed: Parsed): ParseResult<Portfolio> {
  const portfolio: Portfolio = {
    ...parsed,
    // Keyed by what the user typed: no prototype, so an asset named "constructor" or "toString"
    // is looked up as itself and an absent one is undefined, never Object.prototype's function.
    assets: prototypeFree(parsed.assets),
    correlations: prototypeFree(parsed.correlations ?? {}),
    balances: prototypeFree(parsed.balances ?? {}),
    positions: parsed.positions ?? [],
    overrides: prototypeFree(parsed.overrides ?? {}),
  };
  const errors = crossFieldErrors(portfolio);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: portfolio };
}

/** The same from the text of a file; a JSON syntax error is reported at the file level. */
export function parsePortfolioText(text: string): ParseResult<Portfolio> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  return parsePortfolio(json);
}
