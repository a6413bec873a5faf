// Margin Lab's engine, top-down. evaluate(portfolio) = toReport(evaluateBook(portfolio)), in stages:
//   parse        format/            the file format: zod schema, bounds, migrations → Portfolio
//   what-if      what-if/           price moves and the volatility regime laid over a copy of the book
//   value        valuation/         each position and balance at today's prices, exact (decimal.js)
//   requirements margin/, rules/    initial and maintenance margin; rule sets are data, one file each
//   assets       asset-figures.ts   balance, collateral value and greeks per asset
//   compile      kernel/book.ts     the book as Float64 arrays per asset, once; every sweep below runs on it
//   liquidation  kernel/liquidation.ts  each asset's liquidation prices and the joint move; each root
//                solved-roots.ts    reported as its double, or polished on the exact path where the
//                                   double misses health 1 by more than 1e-13
//   efficiency   kernel/efficiency.ts   isolated vs cross vs portfolio margin on the same book
//   curves       kernel/curves.ts   health against moves of each asset and of all together
//   portfolio    kernel/risk-array.ts   the scenario grid's risk arrays
//   top-up, lending, dynamic margin (solvency.ts), health reading (health-reading.ts), warnings
//   report       report.ts          formats the evaluation (evaluation.ts) as the Report; computes nothing
// To change a rate: the rule set's file in rules/ (each parameter with its source and date).
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

