import type { DraftMargin, DraftOverride, DraftPortfolio, DraftPortfolioMargin, DraftPosition } from './draft';
import { OVERRIDE_FIELDS, PORTFOLIO_MARGIN_NUMBERS } from './draft';
import { isRecord } from './is-record';

// Conversion between the draft (numbers as typed text) and the file format (JSON numbers). Text that
// is a number becomes a number; anything else is passed on as typed, so that the engine's own
// message for that path is the one the user sees.

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A JSON number field from its text: the number when the text is one, else the text itself. */
export function numberFromText(text: string): number | string {
  const trimmed = text.trim();
  if (NUMBER_TEXT.test(trimmed)) {
    const value = Number(trimmed);
    if (Number.isFinite(value)) return value;
  }
  return text;
}

/**
 * The text of a JSON value in a number field: plain decimals stay as they are written. A list or an
 * object (only a damaged saved entry holds one) is named, not stringified: String() of an array
 * nested thousands deep overflows the stack.
 */
function textFromNumber(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return '(a list)';
  if (typeof value === 'object' || typeof value === 'function') return '(an object)';
  return String(value);
}

/** A decimal-string field: surrounding spaces are forgiven, the rest is the engine's to judge. */
function decimalText(text: string): string {
  return text.trim();
}

function marginToJson(margin: DraftMargin): Record<string, unknown> {
  return margin.mode === 'isolated' ? { mode: 'isolated', collateral: decimalText(margin.collateral) } : { mode: 'cross' };
}

export function positionToJson(position: DraftPosition): Record<string, unknown> {
  const out: Record<string, unknown> = { id: position.id, type: position.type, asset: position.asset.trim(), quantity: decimalText(position.quantity) };
  if (position.type === 'option') {
    out.right = position.right ?? 'call';
    out.strike = decimalText(position.strike ?? '');
    out.expiry = (position.expiry ?? '').trim();
    out.premium = decimalText(position.premium ?? '');
    if (position.volatility !== undefined && position.volatility.trim() !== '') out.volatility = numberFromText(position.volatility);
  } else {
    out.entryPrice = decimalText(position.entryPrice ?? '');
    if (position.type === 'future') out.expiry = (position.expiry ?? '').trim();
  }
  if (position.margin) out.margin = marginToJson(position.margin);
  return out;
}

function overrideToJson(override: DraftOverride): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (override.maintenance !== undefined) out.maintenance = override.maintenance;
  for (const field of OVERRIDE_FIELDS) {
    const text = override[field];
    if (text !== undefined && text.trim() !== '') out[field] = numberFromText(text);
  }
  return out;
}

function portfolioMarginToJson(settings: DraftPortfolioMargin): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (settings.grid !== undefined && settings.grid.trim() !== '') out.grid = settings.grid.trim();
  for (const field of PORTFOLIO_MARGIN_NUMBERS) {
    const text = settings[field];
    if (text !== undefined && text.trim() !== '') out[field] = numberFromText(text);
  }
  if (settings.interAssetOffset !== undefined) out.interAssetOffset = settings.interAssetOffset;
  return out;
}

/**
 * A record keyed by user text, without a prototype: an asset named "toString" with no balance must
 * read as no balance (undefined), not as Object.prototype.toString (the blank page of issue 15).
 */
export function prototypeFreeRecord<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}

function mapValues<T, U>(record: Record<string, T>, fn: (value: T) => U): Record<string, U> {
  return prototypeFreeRecord(Object.keys(record).map((key) => [key, fn(record[key]!)] as const));
}

// Drafts are never changed in place (an edit makes a new draft that shares every position it did not
// touch: document-text.ts), so a position's JSON is made once and shared, frozen so that nobody
// changes it. Writing out all 1,000 positions of a large book at every keystroke was 8 ms of the
// edit's path to the worker.
const positionJsons = new WeakMap<DraftPosition, Readonly<Record<string, unknown>>>();

export function sharedPositionJson(position: DraftPosition): Readonly<Record<string, unknown>> {
  let json = positionJsons.get(position);
  if (json === undefined) {
    json = positionToJson(position);
    if (json.margin) Object.freeze(json.margin);
    positionJsons.set(position, Object.freeze(json));
  }
  return json;
}

/** The draft as a portfolio document, ready for the engine, an export or a share link. */
export function draftToJson(draft: DraftPortfolio): Record<string, unknown> {
  const out: Record<string, unknown> = { format: 'margin-lab/portfolio', version: 1, name: draft.name };
  if (draft.description !== undefined) out.description = draft.description;
  out.asOf = draft.asOf.trim();
  out.quote = draft.quote;
  out.rules = draft.rules;
  if (draft.rate !== undefined && draft.rate.trim() !== '') out.rate = numberFromText(draft.rate);
  out.assets = mapValues(draft.assets, (asset) => ({
    price: decimalText(asset.price),
    volatility: numberFromText(asset.volatility),
    ...(asset.stable !== undefined ? { stable: asset.stable } : {}),
  }));
  if (Object.keys(draft.correlations).length > 0) out.correlations = mapValues(draft.correlations, numberFromText);
  if (Object.keys(draft.balances).length > 0) out.balances = mapValues(draft.balances, decimalText);
  if (draft.positions.length > 0) out.positions = draft.positions.map(sharedPositionJson);
  const overrides = Object.entries(draft.overrides)
    .map(([symbol, override]) => [symbol, overrideToJson(override)] as const)
    .filter(([, override]) => Object.keys(override).length > 0);
  if (overrides.length > 0) out.overrides = Object.fromEntries(overrides);
  if (draft.portfolioMargin) {
    const settings = portfolioMarginToJson(draft.portfolioMargin);
    if (Object.keys(settings).length > 0) out.portfolioMargin = settings;
  }
  return out;
}

type Json = Record<string, unknown>;

function text(value: unknown): string {
  return typeof value === 'string' ? value : textFromNumber(value);
}

function optionalText(value: unknown): string | undefined {
  return value === undefined ? undefined : text(value);
}

function marginFromJson(value: unknown): DraftMargin | undefined {
  if (!isRecord(value)) return undefined;
  return value.mode === 'isolated' ? { mode: 'isolated', collateral: text(value.collateral) } : { mode: 'cross' };
}

function positionFromJson(value: unknown): DraftPosition {
  const p = isRecord(value) ? value : {};
  const type = p.type === 'future' || p.type === 'option' ? p.type : 'perpetual';
  const position: DraftPosition = { id: text(p.id), type, asset: text(p.asset), quantity: text(p.quantity) };
  const optional = {
    entryPrice: optionalText(p.entryPrice),
    expiry: optionalText(p.expiry),
    right: p.right === 'put' ? 'put' : p.right === 'call' ? 'call' : undefined,
    strike: optionalText(p.strike),
    premium: optionalText(p.premium),
    volatility: optionalText(p.volatility),
    margin: marginFromJson(p.margin),
  } as const;
  for (const [key, field] of Object.entries(optional)) {
    if (field !== undefined) (position as unknown as Json)[key] = field;
  }
  return position;
}

function overrideFromJson(value: unknown): DraftOverride {
  const o = isRecord(value) ? value : {};
  const out: DraftOverride = {};
  if (o.maintenance !== undefined) out.maintenance = o.maintenance;
  for (const field of OVERRIDE_FIELDS) {
    if (o[field] !== undefined) out[field] = text(o[field]);
  }
  return out;
}

function portfolioMarginFromJson(value: Json): DraftPortfolioMargin {
  const out: DraftPortfolioMargin = {};
  if (value.grid !== undefined) out.grid = text(value.grid);
  for (const field of PORTFOLIO_MARGIN_NUMBERS) {
    if (value[field] !== undefined) out[field] = text(value[field]);
  }
  if (typeof value.interAssetOffset === 'boolean') out.interAssetOffset = value.interAssetOffset;
  return out;
}

/**
 * A draft from a portfolio document. Meant for documents the engine has accepted; anything else
 * still gives a draft (missing fields become empty text) so the engine can say what is wrong.
 */
export function draftFromJson(value: unknown): DraftPortfolio {
  const doc = isRecord(value) ? value : {};
  const assets = isRecord(doc.assets) ? doc.assets : prototypeFreeRecord<unknown>([]);
  const draft: DraftPortfolio = {
    name: text(doc.name ?? 'Untitled portfolio'),
    asOf: text(doc.asOf),
    quote: text(doc.quote ?? 'USD'),
    rules: text(doc.rules ?? 'generic-cex'),
    assets: mapValues(assets, (raw) => {
      const asset = isRecord(raw) ? raw : {};
      return {
        price: text(asset.price),
        volatility: text(asset.volatility),
        ...(typeof asset.stable === 'boolean' ? { stable: asset.stable } : {}),
      };
    }),
    correlations: isRecord(doc.correlations) ? mapValues(doc.correlations, text) : prototypeFreeRecord([]),
    balances: isRecord(doc.balances) ? mapValues(doc.balances, text) : prototypeFreeRecord([]),
    positions: Array.isArray(doc.positions) ? doc.positions.map(positionFromJson) : [],
    overrides: isRecord(doc.overrides) ? mapValues(doc.overrides, overrideFromJson) : prototypeFreeRecord([]),
  };
  if (typeof doc.description === 'string') draft.description = doc.description;
  if (doc.rate !== undefined) draft.rate = text(doc.rate);
  if (isRecord(doc.portfolioMargin)) draft.portfolioMargin = portfolioMarginFromJson(doc.portfolioMargin);
  return draft;
}
