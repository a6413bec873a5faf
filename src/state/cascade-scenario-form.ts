// The cascade panel's form over a scenario document. The document (a preset, or JSON the user
// pasted) is the source of truth; the form's boxes are text edits laid over it at JSON paths, so a
// half-typed "1." or a mistyped "abc" stays in its box and the engine, not the form, says what is
// wrong with it, at the same path. Percent boxes hold percent; the file holds fractions.
import { formatPath } from '../shared/path';
import { isRecord } from './is-record';

export type Unit = 'percent' | 'number' | 'integer' | 'money' | 'times';

export interface FieldSpec {
  /** The engine's path for the field ("market.BTC.impact.depthPerPercent"): its errors come by it. */
  path: string;
  keys: string[];
  label: string;
  unit: Unit;
  hint?: string;
  /** Shown when the document leaves the field out: the engine's default. */
  placeholder?: string;
}

export interface FieldEdit {
  keys: string[];
  unit: Unit;
  text: string;
}

export type Edits = Readonly<Record<string, FieldEdit>>;
export type ScenarioDocument = Record<string, unknown>;

export const UNIT_SUFFIX: Record<Unit, string> = { percent: '%', number: '', integer: '', money: '', times: '×' };

export function getAt(doc: unknown, keys: readonly string[]): unknown {
  let node: unknown = doc;
  for (const key of keys) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** A copy of `doc` with the value at `keys` replaced (undefined removes it); missing objects on the way are made. */
export function setAt(doc: ScenarioDocument, keys: readonly string[], value: unknown): ScenarioDocument {
  const [key, ...rest] = keys;
  if (key === undefined) return doc;
  const copy: ScenarioDocument = { ...doc };
  if (rest.length === 0) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  }
  const child = isRecord(doc[key]) ? (doc[key] as ScenarioDocument) : {};
  copy[key] = setAt(child, rest, value);
  return copy;
}

/** Round away the binary noise of a scaling (0.075 × 100 = 7.500000000000001). */
const clean = (n: number) => Number(n.toPrecision(12));

/** What a box shows for a value of the document. */
export function textOf(value: unknown, unit: Unit): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(unit === 'percent' ? clean(value * 100) : value) : '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What a box's text puts in the document: a number where the text is one (a true minus, spaces,
 * thousands separators and a trailing % allowed), else the text itself for the engine to refuse;
 * nothing for an empty box (the engine's default applies).
 */
export function valueOf(text: string, unit: Unit): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const plain = trimmed.replace(/\u2212/g, '-').replace(/[\s,_]/g, '').replace(/%$/, '');
  if (!NUMBER.test(plain)) return text;
  const n = Number(plain);
  if (!Number.isFinite(n)) return text;
  return unit === 'percent' ? Number((n / 100).toPrecision(15)) : n;
}

export function applyEdits(base: ScenarioDocument, edits: Edits): ScenarioDocument {
  let doc = base;
  for (const edit of Object.values(edits)) doc = setAt(doc, edit.keys, valueOf(edit.text, edit.unit));
  return doc;
}

export function fieldText(base: ScenarioDocument, edits: Edits, spec: FieldSpec): string {
  return edits[spec.path]?.text ?? textOf(getAt(base, spec.keys), spec.unit);
}

function spec(keys: string[], label: string, unit: Unit, extra: Partial<Pick<FieldSpec, 'hint' | 'placeholder'>> = {}): FieldSpec {
  return { path: formatPath(keys), keys, label, unit, ...extra };
}

/** The market's assets in the file's order. */
export function marketAssets(doc: ScenarioDocument): string[] {
  return isRecord(doc.market) ? Object.keys(doc.market) : [];
}

// ---- distributions (crowd.leverage, crowd.notional) ----

export type DistributionKind = 'fixed' | 'uniform' | 'lognormal' | 'pareto';
export const DISTRIBUTIONS: { kind: DistributionKind; label: string }[] = [
  { kind: 'fixed', label: 'everyone the same' },
  { kind: 'uniform', label: 'uniform between two values' },
  { kind: 'lognormal', label: 'lognormal (median and spread)' },
  { kind: 'pareto', label: 'Pareto (heavy tail)' },
];

const DISTRIBUTION_KEYS: Record<DistributionKind, { key: string; label: string; own?: Unit }[]> = {
  fixed: [{ key: 'value', label: 'value' }],
  uniform: [{ key: 'min', label: 'from' }, { key: 'max', label: 'to' }],
  lognormal: [{ key: 'median', label: 'median' }, { key: 'spread', label: 'spread (sd of log)', own: 'number' }, { key: 'min', label: 'at least' }, { key: 'max', label: 'at most' }],
  pareto: [{ key: 'min', label: 'from' }, { key: 'alpha', label: 'tail index α', own: 'number' }, { key: 'max', label: 'at most' }],
};

export function distributionKind(doc: ScenarioDocument, which: 'leverage' | 'notional'): DistributionKind | null {
  const d = getAt(doc, ['crowd', which, 'distribution']);
  return d === 'fixed' || d === 'uniform' || d === 'lognormal' || d === 'pareto' ? d : null;
}

function distributionFields(doc: ScenarioDocument, which: 'leverage' | 'notional'): FieldSpec[] {
  const kind = distributionKind(doc, which);
  if (!kind) return [];
  const unit: Unit = which === 'leverage' ? 'times' : 'money';
  const name = which === 'leverage' ? 'Leverage' : 'Notional';
  return DISTRIBUTION_KEYS[kind].map(({ key, label, own }) => spec(['crowd', which, key], `${name}: ${label}`, own ?? unit));
}

const DISTRIBUTION_DEFAULTS: Record<'leverage' | 'notional', Record<DistributionKind, Record<string, unknown>>> = {
  leverage: {
    fixed: { distribution: 'fixed', value: 10 },
    uniform: { distribution: 'uniform', min: 2, max: 20 },
    lognormal: { distribution: 'lognormal', median: 5, spread: 0.6, min: 1, max: 100 },
    pareto: { distribution: 'pareto', min: 2, alpha: 1.5, max: 100 },
  },
  notional: {
    fixed: { distribution: 'fixed', value: 10000 },
    uniform: { distribution: 'uniform', min: 1000, max: 100000 },
    lognormal: { distribution: 'lognormal', median: 10000, spread: 1.2, min: 100, max: 10000000 },
    pareto: { distribution: 'pareto', min: 1000, alpha: 1.2, max: 10000000 },
  },
};

export function setDistribution(doc: ScenarioDocument, which: 'leverage' | 'notional', kind: DistributionKind | null): ScenarioDocument {
  return setAt(doc, ['crowd', which], kind ? DISTRIBUTION_DEFAULTS[which][kind] : undefined);
}

// ---- the form's groups ----

export function crowdFields(doc: ScenarioDocument): FieldSpec[] {
  return [
    spec(['crowd', 'count'], 'Traders', 'integer', { hint: 'generated from the parameters (up to 2,000,000)' }),
    spec(['crowd', 'longShare'], 'Long share', 'percent', { placeholder: '50' }),
    ...distributionFields(doc, 'leverage'),
    ...distributionFields(doc, 'notional'),
    spec(['crowd', 'entrySpread'], 'Entry spread', 'percent', { hint: "sd of log(entry ÷ today's price)", placeholder: '5' }),
    spec(['crowd', 'multiAssetShare'], 'Multi-asset share', 'percent', { hint: 'traders holding several assets in one account', placeholder: '0' }),
    spec(['crowd', 'crossShare'], 'Cross-margined share', 'percent', { hint: 'of the multi-asset traders; the rest isolate each position', placeholder: '100' }),
    spec(['seed'], 'Seed', 'integer', { hint: 'same seed, same crowd', placeholder: '1' }),
  ];
}

export type ImpactModelName = 'square-root' | 'linear-depth' | 'constant-product';
export const IMPACT_MODELS: { model: ImpactModelName; label: string }[] = [
  { model: 'linear-depth', label: 'order book: linear depth' },
  { model: 'square-root', label: 'square-root law' },
  { model: 'constant-product', label: 'constant-product pool (x·y = k)' },
];

export function impactModel(doc: ScenarioDocument, asset: string): ImpactModelName | null {
  const m = getAt(doc, ['market', asset, 'impact', 'model']);
  return m === 'square-root' || m === 'linear-depth' || m === 'constant-product' ? m : null;
}

export function marketFields(doc: ScenarioDocument, asset: string): FieldSpec[] {
  const at = (key: string) => ['market', asset, key];
  const impact = (key: string) => ['market', asset, 'impact', key];
  const fields = [spec(at('price'), `${asset} price today`, 'money')];
  const model = impactModel(doc, asset);
  if (model === 'linear-depth') fields.push(spec(impact('depthPerPercent'), `${asset} depth per 1 % move`, 'money', { hint: 'notional of bids (or offers) per 1 % of price' }));
  if (model === 'square-root') {
    fields.push(spec(impact('dailyVolume'), `${asset} daily volume`, 'money'));
    fields.push(spec(impact('dailyVolatility'), `${asset} daily volatility`, 'percent'));
    fields.push(spec(impact('coefficient'), `${asset} coefficient Y`, 'number', { placeholder: '1' }));
  }
  if (model === 'constant-product') {
    fields.push(spec(impact('quoteReserve'), `${asset} pool's quote reserve`, 'money'));
    fields.push(spec(impact('fee'), `${asset} pool fee`, 'percent', { placeholder: '0.3' }));
  }
  fields.push(spec(at('recovery'), `${asset} recovery per step`, 'percent', { hint: 'share of the displacement that fades between steps', placeholder: '0' }));
  return fields;
}

const IMPACT_DEFAULTS: Record<ImpactModelName, Record<string, unknown>> = {
  'linear-depth': { model: 'linear-depth', depthPerPercent: 10_000_000 },
  'square-root': { model: 'square-root', dailyVolume: 10_000_000_000, dailyVolatility: 0.03, coefficient: 1 },
  'constant-product': { model: 'constant-product', quoteReserve: 300_000_000, fee: 0.003 },
};

export function setImpactModel(doc: ScenarioDocument, asset: string, model: ImpactModelName): ScenarioDocument {
  return setAt(doc, ['market', asset, 'impact'], { ...IMPACT_DEFAULTS[model] });
}

export type RulesKind = 'exchange' | 'lending';
export function rulesKind(doc: ScenarioDocument): RulesKind {
  return getAt(doc, ['rules', 'kind']) === 'lending' ? 'lending' : 'exchange';
}

/** A rate given as one number or per asset: one box, or one box per asset. */
function rateFields(doc: ScenarioDocument, key: string, label: string, placeholder: string): FieldSpec[] {
  const value = getAt(doc, ['rules', key]);
  if (isRecord(value)) return Object.keys(value).map((asset) => spec(['rules', key, asset], `${label}, ${asset}`, 'percent'));
  return [spec(['rules', key], label, 'percent', { placeholder })];
}

export function rulesFields(doc: ScenarioDocument): FieldSpec[] {
  const lending = rulesKind(doc) === 'lending';
  return [
    ...(lending
      ? rateFields(doc, 'liquidationThreshold', 'Liquidation threshold', 'by asset')
      : rateFields(doc, 'maintenanceRate', 'Maintenance margin', 'by asset')),
    spec(['rules', 'closeFactor'], 'Close factor', 'percent', { hint: lending ? 'share of the debt one liquidation repays' : 'share of the position one liquidation closes', placeholder: lending ? '50' : '100' }),
    lending
      ? spec(['rules', 'liquidationBonus'], 'Liquidation bonus', 'percent', { placeholder: '5' })
      : spec(['rules', 'liquidationPenalty'], 'Liquidation penalty', 'percent', { placeholder: '0.5' }),
    spec(['rules', 'insuranceFund'], 'Insurance fund', 'money', { placeholder: '0' }),
    spec(['rules', 'liquidationDelaySteps'], 'Liquidation delay (steps)', 'integer', { placeholder: '0' }),
    spec(['rules', 'oracleLagSteps'], 'Oracle lag (steps)', 'integer', { placeholder: '0' }),
  ];
}

/** Switching the kind keeps the fund and the timing and resets what only one kind has. */
export function setRulesKind(doc: ScenarioDocument, kind: RulesKind): ScenarioDocument {
  const rules = isRecord(doc.rules) ? doc.rules : {};
  const kept = Object.fromEntries(['insuranceFund', 'liquidationDelaySteps', 'oracleLagSteps'].filter((k) => rules[k] !== undefined).map((k) => [k, rules[k]]));
  const next = kind === 'lending'
    ? { kind, closeFactor: 0.5, fullCloseBelowHealth: 0.95, liquidationBonus: 0.05, whenFundIsEmpty: 'bad-debt', ...kept }
    : { kind, liquidationPenalty: 0.005, penaltyTo: 'insurance-fund', whenFundIsEmpty: 'socialised-loss', ...kept };
  return { ...doc, rules: next };
}

export function shockMode(doc: ScenarioDocument): 'moves' | 'event' {
  return getAt(doc, ['shock', 'event']) !== undefined ? 'event' : 'moves';
}

export function shockFields(doc: ScenarioDocument): FieldSpec[] {
  if (shockMode(doc) === 'event') return [];
  return marketAssets(doc).map((asset) => spec(['shock', 'moves', asset], `Shock to ${asset}`, 'percent', { hint: 'negative: a fall', placeholder: '0' }));
}

export function setShockMode(doc: ScenarioDocument, mode: 'moves' | 'event', eventId: string): ScenarioDocument {
  if (mode === 'event') return { ...doc, shock: { event: eventId } };
  const first = marketAssets(doc)[0];
  return { ...doc, shock: { moves: first ? { [first]: -0.1 } : {} } };
}

export function runFields(): FieldSpec[] {
  return [
    spec(['steps', 'limit'], 'Step limit', 'integer', { placeholder: '1000' }),
    spec(['criticalShock', 'maxMove'], 'Critical shock searched up to', 'percent', { placeholder: '50' }),
  ];
}

/** A checkbox's state: the document's value, else the engine's default. */
export function flag(doc: ScenarioDocument, keys: readonly string[], fallback: boolean): boolean {
  const value = getAt(doc, keys);
  return typeof value === 'boolean' ? value : fallback;
}

/** Every field the form shows for a document, for finding which errors have a box of their own. */
export function allFields(doc: ScenarioDocument): FieldSpec[] {
  return [...crowdFields(doc), ...marketAssets(doc).flatMap((a) => marketFields(doc, a)), ...rulesFields(doc), ...shockFields(doc), ...runFields()];
}

/** A percent box shows the engine's message about a fraction: say so. */
export function fieldMessage(message: string, unit: Unit): string {
  return unit === 'percent' ? `${message} — the file holds a fraction, this box percent` : message;
}
