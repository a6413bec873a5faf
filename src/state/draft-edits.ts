import type { DraftMargin, DraftPortfolio, DraftPosition, OptionRight, OverrideField, PositionTextField, PositionType } from './draft';
import { COMMON_ASSETS, CUSTOM_ASSET, reshapePosition, uniqueId } from './defaults';
import { prototypeFreeRecord } from './json-form';

// Pure edits of a draft: each returns a new draft and leaves the old one as it was (the undo
// history keeps the old ones).

function withPosition(draft: DraftPortfolio, index: number, change: (p: DraftPosition) => DraftPosition): DraftPortfolio {
  const current = draft.positions[index];
  if (!current) return draft;
  const positions = draft.positions.slice();
  positions[index] = change(current);
  return { ...draft, positions };
}

// Records keyed by asset symbols stay prototype-free through every edit (a spread into {} would
// bring Object.prototype back, and with it `balances.toString` for a book without that balance).
function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!Object.hasOwn(record, key)) return record;
  return prototypeFreeRecord<T>(Object.keys(record).filter((k) => k !== key).map((k) => [k, record[k] as T] as const));
}

function withKey<T>(record: Record<string, T>, key: string, value: T): Record<string, T> {
  const copy = prototypeFreeRecord<T>(Object.keys(record).map((k) => [k, record[k] as T] as const));
  copy[key] = value;
  return copy;
}

export function setAssetField(draft: DraftPortfolio, symbol: string, field: 'price' | 'volatility', text: string): DraftPortfolio {
  const asset = Object.hasOwn(draft.assets, symbol) ? draft.assets[symbol] : undefined;
  if (!asset) return draft;
  return { ...draft, assets: withKey(draft.assets, symbol, { ...asset, [field]: text }) };
}

export function setAssetStable(draft: DraftPortfolio, symbol: string, stable: boolean | undefined): DraftPortfolio {
  const asset = Object.hasOwn(draft.assets, symbol) ? draft.assets[symbol] : undefined;
  if (!asset) return draft;
  const { stable: _old, ...rest } = asset;
  return { ...draft, assets: withKey(draft.assets, symbol, stable === undefined ? rest : { ...rest, stable }) };
}

export function addAsset(draft: DraftPortfolio, symbol: string, asset: DraftPortfolio['assets'][string]): DraftPortfolio {
  if (Object.hasOwn(draft.assets, symbol)) return draft;
  return { ...draft, assets: withKey(draft.assets, symbol, asset) };
}

/** Remove an asset with its balance, overrides and correlations; positions on it stay (and the engine flags them). */
export function removeAsset(draft: DraftPortfolio, symbol: string): DraftPortfolio {
  if (!Object.hasOwn(draft.assets, symbol)) return draft;
  const correlations = prototypeFreeRecord(Object.entries(draft.correlations).filter(([pair]) => !pair.split('/').includes(symbol)));
  return {
    ...draft,
    assets: without(draft.assets, symbol),
    balances: without(draft.balances, symbol),
    overrides: without(draft.overrides, symbol),
    correlations,
  };
}

/** Set one rule override of an asset; empty text removes it (the rule set's own value applies). */
export function setOverride(draft: DraftPortfolio, symbol: string, field: OverrideField, text: string): DraftPortfolio {
  const current = { ...((Object.hasOwn(draft.overrides, symbol) ? draft.overrides[symbol] : undefined) ?? {}) };
  if (text === '') delete current[field];
  else current[field] = text;
  const overrides = Object.keys(current).length === 0 ? without(draft.overrides, symbol) : withKey(draft.overrides, symbol, current);
  return { ...draft, overrides };
}

export function setBalance(draft: DraftPortfolio, symbol: string, text: string): DraftPortfolio {
  return { ...draft, balances: withKey(draft.balances, symbol, text) };
}

export function removeBalance(draft: DraftPortfolio, symbol: string): DraftPortfolio {
  return { ...draft, balances: without(draft.balances, symbol) };
}

export function setPositionText(draft: DraftPortfolio, index: number, field: PositionTextField, text: string): DraftPortfolio {
  return withPosition(draft, index, (p) => ({ ...p, [field]: text }));
}

export function setPositionType(draft: DraftPortfolio, index: number, type: PositionType): DraftPortfolio {
  return withPosition(draft, index, (p) => (p.type === type ? p : reshapePosition(p, type, draft)));
}

export function setPositionRight(draft: DraftPortfolio, index: number, right: OptionRight): DraftPortfolio {
  return withPosition(draft, index, (p) => ({ ...p, right }));
}

/** Cross, or isolated with its collateral (kept from before, else empty for the user to fill). */
export function setPositionMargin(draft: DraftPortfolio, index: number, mode: DraftMargin['mode']): DraftPortfolio {
  return withPosition(draft, index, (p) => {
    if (mode === 'cross') return { ...p, margin: { mode: 'cross' } };
    const collateral = p.margin?.mode === 'isolated' ? p.margin.collateral : '0';
    return { ...p, margin: { mode: 'isolated', collateral } };
  });
}

export function setPositionCollateral(draft: DraftPortfolio, index: number, collateral: string): DraftPortfolio {
  return withPosition(draft, index, (p) => ({ ...p, margin: { mode: 'isolated', collateral } }));
}

/**
 * Add a position with an id not yet used. A position on an asset the book lacks brings the asset
 * along (a common asset's placeholder price, else a custom one's), in the same undoable step: the
 * file format wants every traded asset listed, and a trader adding "SOL" means the book to hold SOL.
 */
export function addPosition(draft: DraftPortfolio, position: DraftPosition): DraftPortfolio {
  const id = uniqueId(position.id, draft.positions.map((p) => p.id));
  return { ...withAsset(draft, position.asset), positions: [...draft.positions, { ...position, id }] };
}

/** The draft with `symbol` among its assets: as it is if already there, else with a placeholder price. */
export function withAsset(draft: DraftPortfolio, symbol: string): DraftPortfolio {
  if (Object.hasOwn(draft.assets, symbol)) return draft;
  const template = Object.hasOwn(COMMON_ASSETS, symbol) ? COMMON_ASSETS[symbol]! : CUSTOM_ASSET;
  return { ...draft, assets: { ...draft.assets, [symbol]: { ...template } } };
}

/** A copy of the position right after it, with a fresh id. */
export function duplicatePosition(draft: DraftPortfolio, index: number): DraftPortfolio {
  const original = draft.positions[index];
  if (!original) return draft;
  const copy = { ...original, id: uniqueId(`${original.id}-2`, draft.positions.map((p) => p.id)) };
  const positions = draft.positions.slice();
  positions.splice(index + 1, 0, copy);
  return { ...draft, positions };
}

export function deletePosition(draft: DraftPortfolio, index: number): DraftPortfolio {
  if (!draft.positions[index]) return draft;
  return { ...draft, positions: draft.positions.filter((_, i) => i !== index) };
}
