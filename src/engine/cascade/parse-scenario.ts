import { z } from 'zod';
import { parsePortfolio } from '../format/parse';
import { formatPath } from '../../shared/path';
import type { FieldError, ParseResult } from '../report-types';
import { RULE_SETS } from '../rules';
import { cascadeScenarioSchema, type CascadeScenarioFile, type Distribution, type RulesFile } from './scenario-schema';
import { STRESS_EVENTS } from './stress-events';
import type { CascadeRules, CascadeScenario } from './types';

// Zod probes `new Function` for speed, which a strict Content-Security-Policy reports (format/parse.ts).
z.config({ jitless: true });

/** Accounts and positions one scenario may create: a run's arrays stay within a few hundred MB. */
const MAX_POSITIONS = 5_000_000;

function issueToErrors(issue: z.core.$ZodIssue): FieldError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'is not a field of the cascade scenario format (a typo?)' }));
  }
  if (issue.code === 'invalid_key') {
    return [{ path: formatPath(issue.path), message: issue.issues[0]?.message ?? 'is not a valid name' }];
  }
  // With reportInput, an issue whose input is undefined is a field left out.
  const isMissing = issue.code !== 'custom' && (issue as { input?: unknown }).input === undefined;
  return [{ path: formatPath(issue.path), message: isMissing ? 'is required' : issue.message }];
}

/** Defaults by asset from the engine's own rule sets, so the cascade and the report agree on a venue. */
function defaultMaintenanceRate(asset: string): number {
  const rules = RULE_SETS['generic-cex'];
  const symbol = asset.toUpperCase();
  return (Object.hasOwn(rules.assets, symbol) ? rules.assets[symbol]! : rules.defaultAsset).maintenance[0]!.rate;
}

function defaultLiquidationThreshold(asset: string): number {
  const rules = RULE_SETS.lending;
  const symbol = asset.toUpperCase();
  return (Object.hasOwn(rules.assets, symbol) ? rules.assets[symbol]! : rules.defaultAsset).liquidationThreshold;
}

function distributionErrors(d: Distribution, path: string, atLeast: number, unit: string): FieldError[] {
  const errors: FieldError[] = [];
  const low = (field: string, value: number | undefined) => {
    if (value !== undefined && value < atLeast) errors.push({ path: `${path}.${field}`, message: `must be at least ${atLeast} (${unit})` });
  };
  if (d.distribution === 'fixed') low('value', d.value);
  if (d.distribution === 'uniform' || d.distribution === 'lognormal' || d.distribution === 'pareto') low('min', d.min);
  if (d.distribution === 'lognormal') low('median', d.median);
  if ('max' in d && d.max !== undefined && 'min' in d && d.min !== undefined && d.max < d.min) errors.push({ path: `${path}.max`, message: 'must be at least min' });
  return errors;
}

function rulesErrors(r: RulesFile, assets: Set<string>): FieldError[] {
  const errors: FieldError[] = [];
  const notFor = (field: keyof RulesFile, kind: string, instead: string) => {
    if (r[field] !== undefined) errors.push({ path: `rules.${field}`, message: `does not apply to kind "${kind}"${instead}` });
  };
  if (r.kind === 'exchange') {
    notFor('liquidationThreshold', 'exchange', ' (use maintenanceRate)');
    notFor('quoteLiquidationThreshold', 'exchange', '');
    notFor('liquidationBonus', 'exchange', ' (use liquidationPenalty)');
  } else {
    notFor('maintenanceRate', 'lending', ' (use liquidationThreshold)');
    notFor('liquidationPenalty', 'lending', ' (use liquidationBonus)');
    if (r.penaltyTo === 'insurance-fund') errors.push({ path: 'rules.penaltyTo', message: 'a lending pool pays its liquidation bonus to the liquidator' });
    if (r.whenFundIsEmpty === 'socialised-loss') errors.push({ path: 'rules.whenFundIsEmpty', message: 'a lending pool has no auto-deleveraging: its uncovered shortfall is bad debt' });
  }
  for (const field of ['maintenanceRate', 'liquidationThreshold'] as const) {
    const value = r[field];
    if (typeof value === 'object') {
      for (const asset of Object.keys(value)) if (!assets.has(asset)) errors.push({ path: formatPath(['rules', field, asset]), message: `unknown asset "${asset}": the market has no such asset` });
    }
  }
  return errors;
}

function crossFieldErrors(f: CascadeScenarioFile): FieldError[] {
  const errors: FieldError[] = [];
  const assets = new Set(Object.keys(f.market));
  const unknown = (asset: string) => `unknown asset "${asset}": add it to market with its price and impact`;
  if (assets.size === 0) errors.push({ path: 'market', message: 'must list at least one asset' });
  if (assets.size > 50) errors.push({ path: 'market', message: 'must list at most 50 assets' });
  for (const asset of Object.keys(f.crowd.assets ?? {})) if (!assets.has(asset)) errors.push({ path: formatPath(['crowd', 'assets', asset]), message: unknown(asset) });
  errors.push(...distributionErrors(f.crowd.leverage, 'crowd.leverage', 1, 'leverage is notional ÷ collateral'));
  errors.push(...distributionErrors(f.crowd.notional, 'crowd.notional', 0, 'quote currency'));
  let positions = f.crowd.count * (f.crowd.multiAssetShare > 0 ? f.crowd.assetsPerTrader : 1);
  f.crowd.cohorts.forEach((cohort, c) => {
    positions += cohort.count * cohort.positions.length;
    cohort.positions.forEach((p, i) => {
      if (!assets.has(p.asset)) errors.push({ path: `crowd.cohorts[${c}].positions[${i}].asset`, message: unknown(p.asset) });
    });
    if ((cohort.leverage === undefined) === (cohort.collateral === undefined)) {
      errors.push({ path: `crowd.cohorts[${c}]`, message: 'must give either leverage or collateral (one of the two)' });
    }
  });
  if (positions > MAX_POSITIONS) errors.push({ path: 'crowd.count', message: `makes ${positions} positions: at most ${MAX_POSITIONS} (fewer traders, or fewer assets each)` });
  errors.push(...rulesErrors(f.rules, assets));
  if (f.shock.moves) {
    for (const asset of Object.keys(f.shock.moves)) if (!assets.has(asset)) errors.push({ path: formatPath(['shock', 'moves', asset]), message: unknown(asset) });
  } else if (f.shock.event && !Object.keys(STRESS_EVENTS[f.shock.event]!.moves).some((a) => assets.has(a))) {
    errors.push({ path: 'shock.event', message: `moves ${Object.keys(STRESS_EVENTS[f.shock.event]!.moves).join(', ')}: the market has none of them` });
  }
  return errors;
}

function resolveRules(r: RulesFile, assets: readonly string[]): CascadeRules {
  const exchange = r.kind === 'exchange';
  const byAsset = (value: number | Record<string, number> | undefined, fallback: (a: string) => number) =>
    Object.fromEntries(assets.map((a) => [a, typeof value === 'number' ? value : value && Object.hasOwn(value, a) ? value[a]! : fallback(a)]));
  return {
    kind: r.kind,
    maintenanceRate: exchange ? byAsset(r.maintenanceRate, defaultMaintenanceRate) : {},
    liquidationThreshold: exchange ? {} : byAsset(r.liquidationThreshold, defaultLiquidationThreshold),
    quoteLiquidationThreshold: r.quoteLiquidationThreshold ?? RULE_SETS.lending.stableAsset.liquidationThreshold,
    // Exchanges close the whole position (generic-cex); Aave v3 repays 50 %, all of it at health ≤ 0.95.
    closeFactor: r.closeFactor ?? (exchange ? RULE_SETS['generic-cex'].closeFactor : RULE_SETS.lending.closeFactor),
    fullCloseBelowHealth: r.fullCloseBelowHealth ?? (exchange ? 0 : RULE_SETS.lending.fullCloseBelowHealth),
    fullCloseBelowNotional: r.fullCloseBelowNotional ?? 0,
    liquidationPenalty: r.liquidationPenalty ?? (exchange ? 0.005 : 0),
    // Aave v2 risk review (Nov 2021): WETH 5 %.
    liquidationBonus: r.liquidationBonus ?? (exchange ? 0 : 0.05),
    penaltyTo: r.penaltyTo ?? (exchange ? 'insurance-fund' : 'liquidators'),
    liquidationDelaySteps: r.liquidationDelaySteps,
    oracleLagSteps: r.oracleLagSteps,
    insuranceFund: r.insuranceFund,
    whenFundIsEmpty: r.whenFundIsEmpty ?? (exchange ? 'socialised-loss' : 'bad-debt'),
  };
}

function prefixPath(prefix: string, path: string): string {
  if (path === '(file)') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/**
 * Fields named "__proto__", wherever they are. JSON.parse keeps such a field as an own property,
 * but zod's records skip it silently: refuse it by name instead. The walk keeps its own stack, so
 * a deeply nested value cannot overflow the call stack.
 */
function reservedNames(json: unknown): FieldError[] {
  const errors: FieldError[] = [];
  // Breadth first, each node remembering its parent: a path is spelt out only for an error, so a
  // value nested 100,000 deep costs 100,000 steps, not 100,000² copies of a path.
  const values: unknown[] = [json], parents: number[] = [-1], keys: PropertyKey[] = [''];
  const pathOf = (node: number): PropertyKey[] => {
    const path: PropertyKey[] = [];
    for (let n = node; n > 0; n = parents[n]!) path.push(keys[n]!);
    return path.reverse();
  };
  for (let node = 0; node < values.length && node < 1_000_000 && errors.length < 20; node++) {
    const value = values[node];
    if (value === null || typeof value !== 'object') continue;
    if (Object.hasOwn(value, '__proto__')) errors.push({ path: formatPath([...pathOf(node), '__proto__']), message: 'is a reserved name, not a field or an asset symbol' });
    for (const [key, child] of Object.entries(value)) {
      if (child === null || typeof child !== 'object') continue;
      values.push(child);
      parents.push(node);
      keys.push(Array.isArray(value) ? Number(key) : key);
    }
  }
  return errors;
}

/** A scenario ready to run from parsed JSON, or every error with its JSON path. */
export function parseCascadeScenario(json: unknown): ParseResult<CascadeScenario> {
  const reserved = reservedNames(json);
  if (reserved.length > 0) return { ok: false, errors: reserved };
  const result = cascadeScenarioSchema.safeParse(json, { reportInput: true });
  if (!result.success) return { ok: false, errors: result.error.issues.flatMap(issueToErrors) };
  const f = result.data;
  const errors = crossFieldErrors(f);
  let portfolio: CascadeScenario['portfolio'] = null;
  if (typeof f.portfolio === 'string') {
    errors.push({ path: 'portfolio', message: 'a file path is read by the command line only: put the portfolio object here' });
  } else if (f.portfolio !== undefined) {
    const parsed = parsePortfolio(f.portfolio);
    if (parsed.ok) portfolio = parsed.value;
    else errors.push(...parsed.errors.map((e) => ({ path: prefixPath('portfolio', e.path), message: e.message })));
  }
  if (errors.length > 0) return { ok: false, errors };
  const assets = Object.keys(f.market);
  const event = f.shock.event ?? null;
  const moves = event === null
    ? f.shock.moves ?? {}
    : Object.fromEntries(Object.entries(STRESS_EVENTS[event]!.moves).filter(([a]) => assets.includes(a)));
  return {
    ok: true,
    value: {
      name: f.name,
      ...(f.description !== undefined ? { description: f.description } : {}),
      quote: f.quote,
      seed: f.seed,
      market: f.market,
      crowd: f.crowd,
      rules: resolveRules(f.rules, assets),
      shock: { moves, event },
      steps: f.steps,
      criticalShock: f.criticalShock,
      portfolio,
    },
  };
}
