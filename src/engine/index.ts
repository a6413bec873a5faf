// Margin Lab's engine, top-down: parse → value → requirements → health → liquidation → efficiency → report.
// Beside the report: risk (VaR / ES, stress), liquidation cascades (simulate, compare margin modes),
// venues (import an account from a venue's export, compare one book under every rule set).
import { parsePortfolio } from './format/parse';
import type { Portfolio } from './format/schema';
import { checkOptions } from './options';
import { evaluateBook } from './evaluation';
import { toReport } from './report';
import type { EvaluateOptions, EvaluateResult, Report, RiskOptions } from './report-types';
import { computeRisk } from './risk';
import { RULE_SETS } from './rules';

export { parsePortfolio, parsePortfolioText, serialisePortfolio, RULE_SET_NAMES } from './format';
export type { Portfolio, PortfolioInput, Position, RuleSetName } from './format';
export type * from './report-types';
export { computeRisk, startRisk } from './risk';
export { healthFactorGrid, type HealthGrid } from './health-grid';
export * from './cascade';
export { importVenue, compareRuleSets, ruleSetNames, type ImportOptions, type ImportResult, type VenueName, type Comparison, type CompareZone, type RuleSetComparison } from './venues';
export type { RiskRun } from './risk';

/** The report of a parsed portfolio. Throws only on a bug; use evaluateJson for user input. */
export function evaluate(portfolio: Portfolio, options: EvaluateOptions = {}): Report {
  return toReport(evaluateBook(portfolio, options));
}

/**
 * Parse and evaluate user input: every problem comes back as a FieldError, never as an exception.
 */
export function evaluateJson(json: unknown, options: EvaluateOptions = {}): EvaluateResult {
  const parsed = parsePortfolio(json);
  if (!parsed.ok) return parsed;
  const errors = checkOptions(parsed.value, options);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, report: toReport(evaluateBook(parsed.value, options)) };
}

/**
 * The same with VaR / ES by three methods and the stress table (the command line's --risk). Apart
 * from evaluateJson so that the engine worker, which never runs them, does not carry their code.
 */
export function evaluateJsonWithRisk(json: unknown, options: EvaluateOptions, risk: RiskOptions): EvaluateResult {
  const result = evaluateJson(json, options);
  if (!result.ok) return result;
  const parsed = parsePortfolio(json);
  if (!parsed.ok) return parsed;
  const computed = computeRisk(parsed.value, risk);
  return computed.ok ? { ok: true, report: { ...result.report, risk: computed.value } } : computed;
}

/** Title, source and date of each rule set, for the picker. */
export const RULE_SET_INFO = Object.fromEntries(
  Object.entries(RULE_SETS).map(([name, r]) => [name, { title: r.title, source: r.source, date: r.date, kind: r.kind }]),
) as Record<keyof typeof RULE_SETS, { title: string; source: string; date: string; kind: 'exchange' | 'lending' | 'portfolio' }>;
