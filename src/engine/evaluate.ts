import { parsePortfolio } from './format/parse';
import type { Portfolio } from './format/schema';
import { checkOptions } from './options';
import { evaluateBook } from './evaluation';
import { toReport } from './report';
import type { EvaluateOptions, EvaluateResult, ParseResult, Report } from './report-types';
import { RULE_SETS } from './rules';

// The report, from a parsed portfolio or from user input. Its own module so that the engine worker
// imports just this (and not the whole public face, with the risk, cascade and venue code beside it).

/** The report of a parsed portfolio. Throws only on a bug; use evaluateJson for user input. */
export function evaluate(portfolio: Portfolio, options: EvaluateOptions = {}): Report {
  return toReport(evaluateBook(portfolio, options));
}

/**
 * Parse and evaluate user input: every problem comes back as a FieldError, never as an exception.
 * `parse`: parsePortfolio, or a parser that reuses what it read of the last document (createReusingParser).
 */
export function evaluateJson(json: unknown, options: EvaluateOptions = {}, parse: (json: unknown) => ParseResult<Portfolio> = parsePortfolio): EvaluateResult {
  const parsed = parse(json);
  if (!parsed.ok) return parsed;
  const errors = checkOptions(parsed.value, options);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, report: toReport(evaluateBook(parsed.value, options)) };
}

/** Title, source and date of each rule set, for the picker. */
export const RULE_SET_INFO = Object.fromEntries(
  Object.entries(RULE_SETS).map(([name, r]) => [name, { title: r.title, source: r.source, date: r.date, kind: r.kind }]),
) as Record<keyof typeof RULE_SETS, { title: string; source: string; date: string; kind: 'exchange' | 'lending' | 'portfolio' }>;
