import type { DraftAsset, DraftPortfolio, DraftPosition, PositionType } from './draft';

// Starting points for new things: a blank portfolio, common assets, a new position.

/** ISO time to the second, as the file format writes it. */
function isoSeconds(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function blankPortfolio(now: Date): DraftPortfolio {
  return {
    name: 'New portfolio',
    asOf: isoSeconds(now),
    quote: 'USD',
    rules: 'generic-cex',
    assets: { USDC: { price: '1', volatility: '0' } },
    correlations: {},
    balances: { USDC: '10000' },
    positions: [],
    overrides: {},
  };
}

/**
 * Assets offered in the "add asset" list. Prices are round placeholders to edit, not quotes: the
 * app makes no network requests, so it cannot know today's price.
 */
export const COMMON_ASSETS: Readonly<Record<string, DraftAsset>> = {
  BTC: { price: '90000', volatility: '0.5' },
  ETH: { price: '3000', volatility: '0.7' },
  SOL: { price: '150', volatility: '0.9' },
  BNB: { price: '600', volatility: '0.6' },
  XRP: { price: '2', volatility: '0.9' },
  DOGE: { price: '0.2', volatility: '1.1' },
  ADA: { price: '0.6', volatility: '1' },
  AVAX: { price: '30', volatility: '1' },
  LINK: { price: '15', volatility: '0.9' },
  USDC: { price: '1', volatility: '0' },
  USDT: { price: '1', volatility: '0' },
  DAI: { price: '1', volatility: '0' },
};

export const CUSTOM_ASSET: DraftAsset = { price: '1', volatility: '0.8' };

/** An id not yet used in the book: `base`, else `base-2`, `base-3`, … */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const root = base.trim() === '' ? 'position' : base.trim();
  if (!used.has(root)) return root;
  const stem = root.replace(/-\d+$/, '');
  for (let n = 2; ; n += 1) {
    const candidate = `${stem}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The first asset that is not a stablecoin (or the first at all): what a new position trades. */
export function defaultTradedAsset(draft: DraftPortfolio): string {
  const symbols = Object.keys(draft.assets);
  return symbols.find((s) => draft.assets[s]?.volatility.trim() !== '0' && draft.assets[s]?.stable !== true) ?? symbols[0] ?? 'BTC';
}

/** A date `days` after `asOf` at 08:00 UTC (the usual crypto expiry time), or '' if asOf is unreadable. */
function expiryAfter(asOf: string, days: number): string {
  const start = Date.parse(asOf);
  if (!Number.isFinite(start)) return '';
  const date = new Date(start + days * 86_400_000);
  date.setUTCHours(8, 0, 0, 0);
  return isoSeconds(date);
}

/** The fields a position of `type` needs, taken from `from` where it has them, else from the asset's price. */
export function reshapePosition(from: DraftPosition, type: PositionType, draft: DraftPortfolio): DraftPosition {
  const price = draft.assets[from.asset]?.price ?? '';
  const base: DraftPosition = { id: from.id, type, asset: from.asset, quantity: from.quantity };
  if (from.margin) base.margin = from.margin;
  if (type === 'option') {
    return {
      ...base,
      right: from.right ?? 'call',
      strike: from.strike ?? from.entryPrice ?? price,
      expiry: from.expiry ?? expiryAfter(draft.asOf, 30),
      premium: from.premium ?? '0',
      ...(from.volatility !== undefined ? { volatility: from.volatility } : {}),
    };
  }
  const entryPrice = from.entryPrice ?? price;
  return type === 'future' ? { ...base, entryPrice, expiry: from.expiry ?? expiryAfter(draft.asOf, 30) } : { ...base, entryPrice };
}

/** A new long perpetual of one unit on the book's main asset, at today's price. */
export function newPosition(draft: DraftPortfolio, type: PositionType = 'perpetual'): DraftPosition {
  const asset = defaultTradedAsset(draft);
  const id = uniqueId(`${asset.toLowerCase()}-${type === 'perpetual' ? 'perp' : type}`, draft.positions.map((p) => p.id));
  return reshapePosition({ id, type: 'perpetual', asset, quantity: '1' }, type, draft);
}
