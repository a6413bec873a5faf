import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { evaluateJson, type Report } from '../../../src/engine/index';
import { importVenue, type ImportResult } from '../../../src/engine/venues/index';

// Shared by the per-venue tests: read a fixture, import it, evaluate the portfolio, and hold the
// engine's liquidation prices and maintenance against the figures the export itself reports.

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(process.cwd(), 'test', 'fixtures', 'venues', name), 'utf8'));
}

export function imported(json: unknown): Extract<ImportResult, { ok: true }> {
  const result = importVenue(json);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result;
}

export function evaluated(result: Extract<ImportResult, { ok: true }>): Report {
  const evaluation = evaluateJson(result.portfolio);
  if (!evaluation.ok) throw new Error(`imported portfolio does not evaluate: ${JSON.stringify(evaluation.errors)}`);
  return evaluation.report;
}

/** |engine − venue| ÷ venue, failing with both figures named. */
export function expectWithin(engine: string | null | undefined, venue: string, tolerance: number, what: string): void {
  expect(engine, `${what}: the engine gives no figure (venue ${venue})`).toEqual(expect.any(String));
  const relative = Math.abs(Number(engine) - Number(venue)) / Math.abs(Number(venue));
  expect(relative, `${what}: engine ${engine} vs venue ${venue}`).toBeLessThan(tolerance);
}

/** The engine's liquidation price of a position: its own when isolated, else the account's for its asset on the losing side. */
export function engineLiquidationPrice(report: Report, id: string): string | null {
  const p = report.account.positions.find((x) => x.id === id);
  if (!p) throw new Error(`no position ${id} in the report`);
  if (p.marginMode === 'isolated') return p.liquidationPrice;
  const prices = report.account.liquidationPrices[p.asset];
  return Number(p.quantity) > 0 ? prices?.down ?? null : prices?.up ?? null;
}
