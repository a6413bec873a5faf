// One book, every venue: the same portfolio evaluated under each rule set through the engine's
// public face, reduced to what a trader compares (issue 12, item 2). The book's `overrides` are its
// own venue's parameters (an imported account's brackets), so they apply under its own rule set
// only; under the others, each venue's published parameters stand.
import { evaluateJson, RULE_SET_NAMES, type RuleSetName } from '../index';
import { Dec } from '../money';
import type { FieldError, HealthReport, ParseResult, Report } from '../report-types';

/**
 * Each venue's own `account.health.zone`, judged by the distance to its nearest liquidation in daily
 * σ (never by the ratio: a comfortable-looking ratio can be a 2 σ day from liquidation); "none"
 * only for a report without one.
 */
export type CompareZone = HealthReport['zone'] | 'none';

export interface RuleSetComparison {
  name: RuleSetName;
  title: string;
  /** Whether the book's own overrides applied (only under the rule set the book names). */
  overridesApplied: boolean;
  initialMargin: string;
  maintenanceMargin: string;
  /** What the venue's rule set calls its ratio: exchanges the margin ratio, lending the health factor. */
  measure: HealthReport['measure'];
  /**
   * That ratio, as the venue's `account.health.value`: a margin ratio is maintenance ÷ adjusted
   * equity (a fraction, 1 = liquidation, lower is safer); a health factor is Σ collateral ×
   * threshold ÷ debt (below 1 = liquidation, higher is safer). Null where there is none (no debt,
   * no equity left).
   */
  ratio: string | null;
  /** Why `ratio` is null. */
  ratioReason?: string;
  /** At or past liquidation now under this venue's rules. */
  liquidated: boolean;
  zone: CompareZone;
  /** Quote cash to add before the book meets its initial margin (lending: its borrow limit); "0" when it does. */
  cashNeeded: string;
  liquidationPrices: Record<string, { down: string | null; up: string | null }>;
  jointMove: { down: number | null; up: number | null };
}

export interface Comparison {
  book: string;
  rules: RuleSetComparison[];
}

function summarise(name: RuleSetName, report: Report, overridesApplied: boolean): RuleSetComparison {
  const lending = report.rules.kind === 'lending';
  const health = report.account.health;
  const shortfall = lending ? new Dec(report.lending?.borrowCapacity ?? '0').neg() : new Dec(report.account.freeMargin).neg();
  const liquidationPrices = Object.create(null) as RuleSetComparison['liquidationPrices'];
  for (const [asset, prices] of Object.entries(report.account.liquidationPrices)) liquidationPrices[asset] = { down: prices.down, up: prices.up };
  return {
    name,
    title: report.rules.title,
    overridesApplied,
    initialMargin: report.account.initialMargin,
    maintenanceMargin: report.account.maintenanceMargin,
    measure: health?.measure ?? (lending ? 'health factor' : 'margin ratio'),
    ratio: health ? health.value : null,
    ...(health?.reason ? { ratioReason: health.reason } : {}),
    liquidated: health?.liquidated ?? report.account.liquidatable,
    zone: health?.zone ?? 'none',
    cashNeeded: shortfall.isPositive() && !shortfall.isZero() ? shortfall.toString() : '0',
    liquidationPrices,
    jointMove: { down: report.account.jointMove.down, up: report.account.jointMove.up },
  };
}

/** Rule-set names from user text, or an error naming each unknown one. */
export function ruleSetNames(list: readonly string[]): ParseResult<RuleSetName[]> {
  const known = new Set<string>(RULE_SET_NAMES);
  const unknown = list.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    return { ok: false, errors: unknown.map((n) => ({ path: '--rules', message: `"${n}" is not a rule set: one of ${RULE_SET_NAMES.join(', ')}` })) };
  }
  if (list.length === 0) return { ok: false, errors: [{ path: '--rules', message: `names no rule set: one or more of ${RULE_SET_NAMES.join(', ')}, comma-separated` }] };
  return { ok: true, value: [...new Set(list)] as RuleSetName[] };
}

/** The book under each rule set (every one by default), or every problem of the file as `path: reason`. */
export function compareRuleSets(json: unknown, names: readonly RuleSetName[] = RULE_SET_NAMES): ParseResult<Comparison> {
  const own = evaluateJson(json);
  if (!own.ok) return own;
  const file = json as Record<string, unknown>;
  const rules: RuleSetComparison[] = [];
  for (const name of names) {
    const mine = name === own.report.rules.name;
    const { overrides: _overrides, ...withoutOverrides } = file;
    const result = mine ? own : evaluateJson({ ...withoutOverrides, rules: name });
    if (!result.ok) return { ok: false, errors: result.errors.map((e): FieldError => ({ path: e.path, message: `${e.message} (under rule set ${name})` })) };
    rules.push(summarise(name, result.report, mine && file.overrides !== undefined));
  }
  return { ok: true, value: { book: typeof file.name === 'string' ? file.name : '', rules } };
}
