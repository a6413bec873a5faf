// Narrow imports, not the engine's index: the worker's first chunk carries only what it runs.
import { evaluateJson, RULE_SET_INFO } from '../engine/evaluate';
import { parsePortfolio } from '../engine/format/parse';
import { createReusingParser } from '../engine/format/reusing-parser';
import { healthFactorGrid } from '../engine/health-grid';
import type { EvaluateOptions, EvaluateResult, FieldError, HealthGrid, ParseResult } from '../engine';
import type { Comparison } from '../engine/venues/compare';
import type { ImportOptions, ImportResult } from '../engine/venues/types';

// The functions the engine worker offers, kept apart from `engine.worker.ts` so that Vitest (in
// Node) can call them directly: a module that calls comlink's expose() cannot be imported there.

/** A value with the time the worker spent computing it. */
export interface Timed<T> {
  value: T;
  /** Wall time inside the worker, in milliseconds. */
  millis: number;
}

export type ValidationResult = { ok: true } | { ok: false; errors: FieldError[] };

export interface RuleSetDescription {
  name: string;
  title: string;
  source: string;
  date: string;
  /** exchange: health = adjusted equity ÷ maintenance; lending: Σ collateral × threshold ÷ debt; portfolio: scenario grid. */
  kind: (typeof RULE_SET_INFO)[keyof typeof RULE_SET_INFO]['kind'];
}

/** The page sends the whole book at every evaluation; most of its positions are as they were the last time. */
const parseForEvaluation = createReusingParser();

/** Parse and evaluate a portfolio in the file format; bad input is an `{ ok: false }` value. */
export function evaluate(json: unknown, options?: EvaluateOptions): Timed<EvaluateResult> {
  const started = performance.now();
  const value = evaluateJson(json, options, parseForEvaluation);
  return { value, millis: performance.now() - started };
}

/** Check a document (an imported file, a share link) without evaluating it. */
export function validate(json: unknown): ValidationResult {
  const parsed = parsePortfolio(json);
  // Only the verdict crosses the worker boundary: the parsed form holds Decimal objects.
  return parsed.ok ? { ok: true } : { ok: false, errors: parsed.errors };
}

/** The rule sets the engine knows, with the source of each, for the picker. */
export function ruleSets(): RuleSetDescription[] {
  return Object.entries(RULE_SET_INFO).map(([name, info]) => ({ name, title: info.title, source: info.source, date: info.date, kind: info.kind }));
}

export type HealthGridResult = { ok: true; value: HealthGrid } | { ok: false; errors: FieldError[] };

/** The pool's health factor over two assets' moves (rows: `first`, columns: `second`), the rest held. */
export function healthGrid(json: unknown, first: string, second: string, moves: number[]): Timed<HealthGridResult> {
  const started = performance.now();
  const parsed = parsePortfolio(json);
  const value = parsed.ok ? healthFactorGrid(parsed.value, first, second, moves) : parsed;
  return { value, millis: performance.now() - started };
}

export type CompareResult = ParseResult<Comparison>;
// engine/index.ts does not re-export the venue types (yet): the state reads them from here.
export type { Comparison, CompareZone, RuleSetComparison } from '../engine/venues/compare';
export type { VenueName } from '../engine/venues/types';

// The venue code (importers, the comparison) loads inside the worker on its first call: the worker
// chunk is part of the first page load, and its budget has no room for code few visits use.

/** The book under each named rule set (every one when `names` is absent). */
export async function compare(json: unknown, names?: readonly string[]): Promise<Timed<CompareResult>> {
  const started = performance.now();
  const venues = await import('../engine/venues/compare');
  const checked = names === undefined ? null : venues.ruleSetNames(names);
  const value = checked && !checked.ok ? checked : venues.compareRuleSets(json, checked?.value);
  return { value, millis: performance.now() - started };
}

/** A venue's export read into a format-v1 portfolio, or every problem with its path. */
export async function importVenue(json: unknown, options?: ImportOptions): Promise<ImportResult> {
  const venues = await import('../engine/venues/index');
  return venues.importVenue(json, options);
}

export const engineApi = { evaluate, validate, ruleSets, healthGrid, compare, importVenue };
export type EngineApi = typeof engineApi;
