import { evaluateJson, healthFactorGrid, parsePortfolio, RULE_SET_INFO } from '../engine/index';
import type { EvaluateOptions, EvaluateResult, FieldError, HealthGrid } from '../engine';

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

/** Parse and evaluate a portfolio in the file format; bad input is an `{ ok: false }` value. */
export function evaluate(json: unknown, options?: EvaluateOptions): Timed<EvaluateResult> {
  const started = performance.now();
  const value = evaluateJson(json, options);
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

export const engineApi = { evaluate, validate, ruleSets, healthGrid };
export type EngineApi = typeof engineApi;
