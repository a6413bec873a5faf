import type { FieldError, RiskOptions } from '../engine';

// The risk panel's settings as the user types them (confidence in percent, moves in percent) and
// their conversion to the engine's RiskOptions. Each problem comes back with the engine's own path
// for that option (risk.confidence, risk.customScenario.moves.BTC), so a message lands under its
// field whichever side found it; the messages here speak in the form's units.

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
  /** By asset: "-30" for −30 %. */
  moves: Record<string, string>;
  /** Every non-stable asset not listed. */
  others: string;
  /** Multiplies every volatility (options repriced); blank for 1. */
  volatilityFactor: string;
}

export const EMPTY_CUSTOM_SCENARIO: CustomScenarioForm = { name: '', moves: {}, others: '', volatilityFactor: '' };

const RISK_LIMITS = { scenarios: { min: 1_000, max: 5_000_000 }, seed: { max: 0xffffffff }, horizonDays: { max: 365 }, dof: { max: 1000 } } as const;

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
  return !isBlank(custom.others) || !isBlank(custom.volatilityFactor) || assets.some((a) => !isBlank(custom.moves[a] ?? ''));
}

function customScenario(custom: CustomScenarioForm, assets: readonly string[], errors: FieldError[]): RiskOptions['customScenario'] {
  const move = (text: string, path: string): number | undefined => {
    const value = readNumber(text, { percent: true });
    if (value === null || value < -100 || value > 10_000) {
      errors.push({ path, message: 'must be a move in percent, from −100 to +10,000' });
      return undefined;
    }
    return value / 100;
  };
  const moves: Record<string, number> = {};
  for (const asset of assets) {
    const text = custom.moves[asset] ?? '';
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
    const factor = readNumber(custom.volatilityFactor);
    if (factor === null || factor <= 0 || factor > 20) errors.push({ path: 'risk.customScenario.volatilityFactor', message: 'must be more than 0 and at most 20 (2 doubles every volatility)' });
    else scenario.volatilityFactor = factor;
  }
  return scenario;
}

/** The engine's RiskOptions from the form, or every problem with its path. */
export function riskOptionsFromForm(
  form: RiskForm,
  history: HistoryFile | null,
  custom: CustomScenarioForm,
  assets: readonly string[],
): { ok: true; options: RiskOptions } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const confidence = readNumber(form.confidence, { percent: true });
  if (confidence === null || confidence < 50 || confidence >= 100) errors.push({ path: 'risk.confidence', message: 'must be a percentage of at least 50 and below 100 (99 for 99 %)' });
  const horizonDays = readNumber(form.horizonDays);
  if (horizonDays === null || horizonDays <= 0 || horizonDays > RISK_LIMITS.horizonDays.max) errors.push({ path: 'risk.horizonDays', message: 'must be more than 0 and at most 365 days' });
  const scenarios = readNumber(form.scenarios);
  if (scenarios === null || !Number.isInteger(scenarios) || scenarios < RISK_LIMITS.scenarios.min || scenarios > RISK_LIMITS.scenarios.max) {
    errors.push({ path: 'risk.scenarios', message: 'must be a whole number from 1,000 to 5,000,000' });
  }
  const seed = readNumber(form.seed);
  if (seed === null || !Number.isInteger(seed) || seed < 0 || seed > RISK_LIMITS.seed.max) errors.push({ path: 'risk.seed', message: 'must be a whole number from 0 to 4,294,967,295' });
  const dof = form.distribution === 't' ? readNumber(form.dof) : null;
  if (form.distribution === 't' && (dof === null || dof <= 2 || dof > RISK_LIMITS.dof.max)) errors.push({ path: 'risk.dof', message: 'must be more than 2 and at most 1,000 (a Student-t needs a finite variance)' });
  const scenario = hasCustomScenario(custom, assets) ? customScenario(custom, assets, errors) : undefined;
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
