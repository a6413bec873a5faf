import type { FieldError, RiskOptions } from '../engine';

// The risk panel's settings as the user types them (confidence in percent, moves in percent) and
// their conversion to the engine's RiskOptions. The form checks only what the engine cannot see:
// text that is not a number. Ranges are the engine's (riskSettings), and its errors come back by
// the same paths (risk.confidence, risk.customScenario.moves.BTC), so a message lands under its
// field whichever side found it; inFormUnits says the engine's fraction in the form's percent.

export interface RiskForm {
  /** Percent: "99" for 99 %. */
  confidence: string;
  horizonDays: string;
  scenarios: string;
  seed: string;
  distribution: 'normal' | 't';
  /** Student-t degrees of freedom ν. */
  dof: string;
}

export const DEFAULT_RISK_FORM: RiskForm = { confidence: '99', horizonDays: '1', scenarios: '100000', seed: '1', distribution: 'normal', dof: '4' };

/** An imported price history: "date,BTC,ETH,…", one row per date. */
export interface HistoryFile {
  fileName: string;
  text: string;
}

/** A stress scenario the user builds; moves in percent, blank for none. */
export interface CustomScenarioForm {
  name: string;
  /** Percent points as typed, by asset: "-30" for −30 % (the engine's `moves` are fractions). */
  movePercents: Record<string, string>;
  /** Every non-stable asset not listed. */
  others: string;
  /** Multiplies every volatility (options repriced); blank for 1. */
  volatilityFactor: string;
}

export const EMPTY_CUSTOM_SCENARIO: CustomScenarioForm = { name: '', movePercents: {}, others: '', volatilityFactor: '' };

/** The move typed for an asset, "" for none; own keys only, so an asset named "constructor" reads as blank. */
export function movePercentOf(custom: CustomScenarioForm, asset: string): string {
  return Object.hasOwn(custom.movePercents, asset) ? (custom.movePercents[asset] ?? '') : '';
}

const NUMBER = /^[-+−]?(\d+\.?\d*|\.\d+)$/;

/** A number from typed text: spaces and thousands separators forgiven, "−" read as minus, a trailing "%" dropped. */
export function readNumber(text: string, { percent = false } = {}): number | null {
  let t = text.trim().replace(/[\s,_]/g, '').replace('−', '-');
  if (percent) t = t.replace(/%$/, '');
  if (!NUMBER.test(t)) return null;
  const value = Number(t);
  return Number.isFinite(value) ? value : null;
}

const isBlank = (text: string) => text.trim() === '';

/** Whether the user has started building a custom scenario. */
function hasCustomScenario(custom: CustomScenarioForm, assets: readonly string[]): boolean {
  return !isBlank(custom.others) || !isBlank(custom.volatilityFactor) || assets.some((a) => !isBlank(movePercentOf(custom, a)));
}

function customScenario(custom: CustomScenarioForm, assets: readonly string[], number: NumberReader): RiskOptions['customScenario'] {
  const move = (text: string, path: string): number | undefined => {
    const value = number(text, path, 'must be a move in percent, such as −30', { percent: true });
    return value === null ? undefined : value / 100;
  };
  // Keyed by asset symbols the user typed: no prototype, so "__proto__" is an asset like any other.
  const moves = Object.create(null) as Record<string, number>;
  for (const asset of assets) {
    const text = movePercentOf(custom, asset);
    if (isBlank(text)) continue;
    const value = move(text, `risk.customScenario.moves.${asset}`);
    if (value !== undefined) moves[asset] = value;
  }
  const scenario: NonNullable<RiskOptions['customScenario']> = { name: custom.name.trim() || 'Custom scenario', moves };
  if (!isBlank(custom.others)) {
    const value = move(custom.others, 'risk.customScenario.others');
    if (value !== undefined) scenario.others = value;
  }
  if (!isBlank(custom.volatilityFactor)) {
    const factor = number(custom.volatilityFactor, 'risk.customScenario.volatilityFactor', 'must be a number such as 2 (2 doubles every volatility)');
    if (factor !== null) scenario.volatilityFactor = factor;
  }
  return scenario;
}

type NumberReader = (text: string, path: string, message: string, options?: { percent?: boolean }) => number | null;

/** The engine's RiskOptions from the form, or every field whose text is not a number, with its path. */
export function riskOptionsFromForm(
  form: RiskForm,
  history: HistoryFile | null,
  custom: CustomScenarioForm,
  assets: readonly string[],
): { ok: true; options: RiskOptions } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const number: NumberReader = (text, path, message, options) => {
    const value = readNumber(text, options);
    if (value === null) errors.push({ path, message });
    return value;
  };
  const confidence = number(form.confidence, 'risk.confidence', 'must be a percentage such as 99', { percent: true });
  const horizonDays = number(form.horizonDays, 'risk.horizonDays', 'must be a number of days such as 1');
  const scenarios = number(form.scenarios, 'risk.scenarios', 'must be a whole number such as 100,000');
  const seed = number(form.seed, 'risk.seed', 'must be a whole number such as 1');
  const dof = form.distribution === 't' ? number(form.dof, 'risk.dof', 'must be a number such as 4') : null;
  const scenario = hasCustomScenario(custom, assets) ? customScenario(custom, assets, number) : undefined;
  if (errors.length > 0) return { ok: false, errors };
  const options: RiskOptions = {
    confidence: Math.round((confidence ?? 99) * 1e6) / 1e8,
    horizonDays: horizonDays ?? 1,
    scenarios: scenarios ?? 100_000,
    seed: seed ?? 1,
    distribution: form.distribution,
  };
  if (form.distribution === 't' && dof !== null) options.dof = dof;
  if (history) options.historyCsv = history.text;
  if (scenario) options.customScenario = scenario;
  return { ok: true, options };
}

/**
 * An error of the engine about a risk option, in the form's units: the confidence box holds
 * percent where the engine's message speaks of fractions. The range itself is the engine's.
 */
export function inFormUnits(error: FieldError): FieldError {
  return error.path === 'risk.confidence' ? { path: error.path, message: 'must be a percentage of at least 50 and below 100 (99 for 99 %)' } : error;
}
