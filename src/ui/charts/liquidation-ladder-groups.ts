// What the liquidation ladder draws of a large book. A chart per asset and a lane per isolated
// position is readable for a dozen; for 2,000 positions on 100 assets it was 99 charts and
// thousands of points that blocked the page for seconds, and no one reads them. So the ladder draws
// the assets nearest to a liquidation and, in each, the isolated positions nearest to theirs; a
// caption says how many are left off and where their prices lie, and the CSV keeps every one.
import type { Report } from '../../engine';
import { formatPrice } from './format';
import { assetLadder, type AssetLadder } from './liquidation-ladder-data';
import { toFiniteNumber } from './numbers';

/** Charts drawn at most (assets nearest to a liquidation). */
export const LADDER_ASSETS_DRAWN = 6;
/** Isolated-position lanes drawn per asset at most (nearest to their liquidation). */
export const LADDER_POSITIONS_DRAWN = 10;

export interface DrawnLadders {
  ladders: AssetLadder[];
  /** Non-stable assets with no chart. */
  omittedAssets: number;
}

/** |price ÷ today − 1|; null without both numbers. */
function distance(price: string | null | undefined, today: number | null): number | null {
  const x = toFiniteNumber(price);
  return x === null || today === null || today === 0 ? null : Math.abs(x / today - 1);
}

/** Keeps the smaller distance per key (a Map: keys are user text). */
function nearer(into: Map<string, number>, key: string, d: number | null) {
  if (d === null) return;
  const had = into.get(key);
  if (had === undefined || d < had) into.set(key, d);
}

/** Per asset, how near its nearest liquidation is: the account's (this asset alone) or an isolated position's. */
function assetDistances(report: Report): Map<string, number> {
  const out = new Map<string, number>();
  const today = new Map(report.account.assets.map((a) => [a.asset, toFiniteNumber(a.price)]));
  for (const a of report.account.assets) {
    if (a.stable) continue;
    const account = report.account.liquidationPrices[a.asset];
    nearer(out, a.asset, distance(account?.down, today.get(a.asset) ?? null));
    nearer(out, a.asset, distance(account?.up, today.get(a.asset) ?? null));
  }
  for (const p of report.account.positions) {
    if (p.marginMode === 'isolated') nearer(out, p.asset, distance(p.liquidationPrice, today.get(p.asset) ?? null));
  }
  return out;
}

/** The `limit` keys nearest first (ties: first seen), as a set. */
function nearest(distances: Map<string, number>, limit: number): Set<string> {
  return new Set([...distances].sort((a, b) => a[1] - b[1]).slice(0, limit).map(([key]) => key));
}

/** Isolated positions of an asset in both books, by how near each is to its liquidation. */
function positionDistances(report: Report, baseline: Report | undefined, asset: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const book of baseline ? [report, baseline] : [report]) {
    const today = toFiniteNumber(book.account.assets.find((a) => a.asset === asset)?.price);
    for (const p of book.account.positions) {
      if (p.asset === asset && p.marginMode === 'isolated') nearer(out, p.id, distance(p.liquidationPrice, today));
    }
  }
  return out;
}

/**
 * The ladders to draw: every non-stable asset when there are at most `assets` of them, else those
 * nearest to a liquidation (an asset with none comes last), in the report's order; in each, every
 * isolated position when there are at most `positions`, else the nearest.
 */
export function drawnLadders(report: Report, baseline?: Report, limits = { assets: LADDER_ASSETS_DRAWN, positions: LADDER_POSITIONS_DRAWN }): DrawnLadders {
  const candidates = report.account.assets.filter((a) => !a.stable).map((a) => a.asset);
  let chosen = candidates;
  if (candidates.length > limits.assets) {
    const near = assetDistances(report);
    const ranked = new Map(candidates.map((asset) => [asset, near.get(asset) ?? Number.POSITIVE_INFINITY]));
    const keep = nearest(ranked, limits.assets);
    chosen = candidates.filter((asset) => keep.has(asset));
  }
  const ladders = chosen.flatMap((asset) => {
    const distances = positionDistances(report, baseline, asset);
    const keep = distances.size > limits.positions ? nearest(distances, limits.positions) : null;
    return assetLadder(report, baseline, asset, keep ? (id) => keep.has(id) : undefined) ?? [];
  });
  return { ladders, omittedAssets: candidates.length - chosen.length };
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "1,980 more isolated positions are not drawn (liquidation prices 12.5 to 90,000 USD); the CSV has every one." */
export function omittedPositionsCaption(ladder: AssetLadder, quote: string): string | null {
  const o = ladder.omitted;
  if (!o) return null;
  const range = o.lowest === o.highest ? `liquidation price ${formatPrice(o.lowest)} ${quote}` : `liquidation prices ${formatPrice(o.lowest)} to ${formatPrice(o.highest)} ${quote}`;
  return `The ${count(o.drawn, 'isolated position', 'isolated positions')} nearest to liquidation are drawn; ${count(o.count, 'more is', 'more are')} not (${range}). The CSV has every one.`;
}

/** "Drawn: the 6 assets nearest to a liquidation; 93 more are not. The CSV has every one." */
export function omittedAssetsCaption(drawn: DrawnLadders): string | null {
  if (drawn.omittedAssets === 0) return null;
  return `Drawn: the ${count(drawn.ladders.length, 'asset', 'assets')} nearest to a liquidation; ${count(drawn.omittedAssets, 'more is', 'more are')} not. The CSV has every one.`;
}
