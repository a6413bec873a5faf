import { computeRisk, evaluate, parsePortfolio, type Report, type RiskOptions, type RiskReport } from '../../../src/engine/index';

// Reports of the example books, computed in-process by the engine, for the risk panel's shaping.

import { exampleDocument } from '../../fixtures/books';

export { exampleDocument };

function parsed(file: string) {
  const result = parsePortfolio(exampleDocument(file));
  if (!result.ok) throw new Error(`${file} does not parse`);
  return result.value;
}

export function exampleReport(file: string): Report {
  return evaluate(parsed(file));
}

export function exampleRisk(file: string, options: RiskOptions = { scenarios: 5_000 }): RiskReport {
  const result = computeRisk(parsed(file), options);
  if (!result.ok) throw new Error(`${file}: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.value;
}
