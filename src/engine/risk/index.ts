import type { Portfolio } from '../format/schema';
import { Dec } from '../money';
import type { FieldError, RiskOptions, RiskReport, StressReport } from '../report-types';
import { makeContext } from '../valuation/context';
import { bookVectors } from './book-vectors';
import { correlationFactor } from './correlation';
import { historicalRisk, parsePriceHistoryCsv, type PriceHistory } from './historical';
import { TRADING_DAYS_PER_YEAR } from './horizon';
import { createMonteCarlo, type MonteCarloResult, type MonteCarloRun } from './montecarlo';
import { parametricRisk } from './parametric';
import { STRESS_SCENARIOS, type StressScenario } from './scenarios';
import { runStress } from './stress';


/** Money from a Float64 sweep, as a decimal string: 12 significant digits, the most a sweep can vouch for. */
const money = (x: number): string => {
  const d = new Dec(Number.isFinite(x) ? x : 0).toSignificantDigits(12);
  return d.isZero() ? '0' : d.toString();
};

interface Settings {
  confidence: number;
  horizonDays: number;
  scenarios: number;
  seed: number;
  distribution: 'normal' | 't';
  dof: number;
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Every bad risk option named; defaults filled in. */
function riskSettings(portfolio: Portfolio, o: RiskOptions): { ok: true; value: Settings & { history: PriceHistory | null } } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const s: Settings = {
    confidence: o.confidence ?? 0.99, horizonDays: o.horizonDays ?? 1, scenarios: o.scenarios ?? 100_000,
    seed: o.seed ?? 1, distribution: o.distribution ?? 'normal', dof: o.dof ?? 4,
  };
  if (!finite(s.confidence) || s.confidence < 0.5 || s.confidence >= 1) errors.push({ path: 'risk.confidence', message: 'must be at least 0.5 and below 1 (0.99 for 99 %)' });
  if (!finite(s.horizonDays) || s.horizonDays <= 0 || s.horizonDays > 365) errors.push({ path: 'risk.horizonDays', message: 'must be more than 0 and at most 365 days' });
  if (!Number.isInteger(s.scenarios) || s.scenarios < 1000 || s.scenarios > 5_000_000) errors.push({ path: 'risk.scenarios', message: 'must be a whole number from 1,000 to 5,000,000' });
  if (!Number.isInteger(s.seed) || s.seed < 0 || s.seed > 0xffffffff) errors.push({ path: 'risk.seed', message: 'must be a whole number from 0 to 4,294,967,295' });
  if (s.distribution !== 'normal' && s.distribution !== 't') errors.push({ path: 'risk.distribution', message: 'must be "normal" or "t"' });
  if (!finite(s.dof) || s.dof <= 2 || s.dof > 1000) errors.push({ path: 'risk.dof', message: 'must be more than 2 (a Student-t needs finite variance)' });
  let history: PriceHistory | null = null;
  if (o.historyCsv !== undefined) {
    const parsed = parsePriceHistoryCsv(o.historyCsv);
    if (parsed.ok) history = parsed.value;
    else errors.push(...parsed.errors);
  }
  const c = o.customScenario;
  if (c) {
    for (const [asset, move] of Object.entries(c.moves)) {
      // Own keys only: a move named "constructor" or "toString" is an unknown asset, not Object.prototype's.
      if (!Object.hasOwn(portfolio.assets, asset)) errors.push({ path: `risk.customScenario.moves.${asset}`, message: `unknown asset "${asset}"` });
      else if (!finite(move) || move < -1 || move > 100) errors.push({ path: `risk.customScenario.moves.${asset}`, message: 'must be a move from −100 % to +10 000 %' });
    }
    if (c.others !== undefined && (!finite(c.others) || c.others < -1 || c.others > 100)) errors.push({ path: 'risk.customScenario.others', message: 'must be a move from −100 % to +10 000 %' });
    if (c.volatilityFactor !== undefined && (!finite(c.volatilityFactor) || c.volatilityFactor <= 0 || c.volatilityFactor > 20)) errors.push({ path: 'risk.customScenario.volatilityFactor', message: 'must be more than 0 and at most 20' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { ...s, history } };
}

function stressReport(portfolio: Portfolio, scenario: StressScenario): StressReport {
  const r = runStress(portfolio, scenario);
  const str = (d: Dec) => (d.isZero() ? '0' : d.toSignificantDigits(20).toString());
  return {
    id: scenario.id, name: scenario.name, date: scenario.date, source: scenario.source, moves: r.moves,
    volatilityFactor: scenario.volatilityFactor ?? 1,
    regime: r.regime && scenario.regime ? { ...r.regime, source: scenario.regime.source } : null,
    requirementAfter: str(r.requirementAfter), regimeRequirement: str(r.regimeRequirement),
    equityBefore: str(r.equityBefore), equityAfter: str(r.equityAfter), loss: str(r.loss),
    healthFactorAfter: r.healthFactorAfter && str(r.healthFactorAfter),
    ...(r.healthFactorReason ? { healthFactorReason: r.healthFactorReason } : {}),
    poolLiquidated: r.poolLiquidated, liquidatedPositions: r.liquidatedPositions,
  };
}

/** A risk computation whose Monte Carlo part advances in slices (the worker reports progress between them). */
export interface RiskRun {
  monteCarlo: MonteCarloRun;
  /** The report, with the Monte Carlo figures of the scenarios run so far (null if none). */
  finish(): RiskReport;
}

export function startRisk(portfolio: Portfolio, options: RiskOptions): { ok: true; run: RiskRun } | { ok: false; errors: FieldError[] } {
  const checked = riskSettings(portfolio, options);
  if (!checked.ok) return checked;
  const s = checked.value;
  const ctx = makeContext(portfolio);
  const vectors = bookVectors(portfolio, s.horizonDays / TRADING_DAYS_PER_YEAR);
  const { matrix, lower } = correlationFactor(ctx, vectors.assets);
  const parametric = parametricRisk(vectors, matrix, s.confidence, s.horizonDays, s.distribution, s.dof);
  const monteCarlo = createMonteCarlo(vectors, lower, s);
  const custom = options.customScenario;
  const scenarios: StressScenario[] = [...STRESS_SCENARIOS];
  if (custom) scenarios.push({ id: 'custom', name: custom.name || 'Custom scenario', date: '', source: 'Built by the user', moves: custom.moves, others: custom.others ?? 0, volatilityFactor: custom.volatilityFactor ?? 1 });
  return {
    ok: true,
    run: {
      monteCarlo,
      finish() {
        const mc: MonteCarloResult | null = monteCarlo.advance(0) > 0 ? monteCarlo.result() : null;
        const historical = s.history ? historicalRisk(vectors, s.history, s.confidence, s.horizonDays) : null;
        return {
          confidence: s.confidence, horizonDays: s.horizonDays, distribution: s.distribution, dof: s.distribution === 't' ? s.dof : null,
          parametric: {
            var: money(parametric.var), es: money(parametric.es), sigma: money(parametric.sigma),
            method: s.distribution === 't' ? 'delta-t (multivariate Student-t)' : 'delta-normal',
            deltaGamma: { var: money(parametric.deltaGamma.var), es: money(parametric.deltaGamma.es) },
          },
          monteCarlo: mc && {
            var: money(mc.var), es: money(mc.es), standardError: money(mc.standardError), esStandardError: money(mc.esStandardError),
            scenarios: mc.scenarios, seed: s.seed, histogram: mc.histogram, returns: 'simple',
          },
          historical: historical && {
            var: money(historical.var), es: money(historical.es), observations: historical.observations, from: historical.from, to: historical.to,
            missing: historical.missing, histogram: historical.histogram,
          },
          stress: scenarios.map((sc) => stressReport(portfolio, sc)),
        };
      },
    },
  };
}

/** Everything at once (the command line). */
export function computeRisk(portfolio: Portfolio, options: RiskOptions): { ok: true; value: RiskReport } | { ok: false; errors: FieldError[] } {
  const started = startRisk(portfolio, options);
  if (!started.ok) return started;
  started.run.monteCarlo.advance(started.run.monteCarlo.total);
  return { ok: true, value: started.run.finish() };
}
