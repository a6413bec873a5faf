// Margin Lab's engine, top-down: parse → value → requirements → health → liquidation → efficiency → report.
// Beside the report: risk (VaR / ES, stress), liquidation cascades (simulate, compare margin modes),
// venues (import an account from a venue's export, compare one book under every rule set).
import { evaluateJson } from './evaluate';
import { parsePortfolio } from './format/parse';
import type { EvaluateOptions, EvaluateResult, RiskOptions } from './report-types';
import { computeRisk } from './risk';

export { evaluate, evaluateJson } from './evaluate';

export { parsePortfolio, parsePortfolioText, serialisePortfolio, RULE_SET_NAMES } from './format';
export type { Portfolio, PortfolioInput, Position, RuleSetName } from './format';
export type * from './report-types';
export { computeRisk, startRisk } from './risk';
export { healthFactorGrid, type HealthGrid } from './health-grid';
export * from './cascade';
export { importVenue, compareRuleSets, ruleSetNames, type ImportOptions, type ImportResult, type VenueName, type Comparison, type CompareZone, type RuleSetComparison } from './venues';
export type { RiskRun } from './risk';

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

