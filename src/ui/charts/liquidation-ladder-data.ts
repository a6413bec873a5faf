// Shaping the liquidation ladder: per non-stable asset, a price axis with lanes (today, the
// account with this asset moving alone, the account with every asset moving together, each
// isolated position) and a point for each price, with its distance from today.
import type { PositionReport, Report } from '../../engine';
import { formatMove, formatPrice } from './format';
import { toFiniteNumber } from './numbers';

export type LadderKind = 'today' | 'account' | 'joint' | 'position';

export interface LadderPoint {
  /** Price as a chart number. */
  x: number;
  /** Lane. */
  y: number;
  kind: LadderKind;
  label: string;
  /** The exact decimal string from the report. */
  price: string;
  /** Fraction from today's price (−0.23 = 23 % below); null for today itself. */
  distance: number | null;
  baseline: boolean;
}

export interface LadderLane {
  y: number;
  label: string;
}

export interface AssetLadder {
  asset: string;
  price: string;
  lanes: LadderLane[];
  points: LadderPoint[];
  /** The baseline's points on the same lanes (empty without a baseline). */
  before: LadderPoint[];
  domain: [number, number];
  ticks: number[];
  /** What has no point, and why. */
  notes: string[];
  /** Isolated positions with a liquidation price left off the chart (a large book), with their price range; null when all are drawn. */
  omitted: OmittedPositions | null;
}

export interface OmittedPositions {
  /** Isolated positions drawn, and those left off. */
  drawn: number;
  count: number;
  /** Lowest and highest of their liquidation prices (exact strings from the report). */
  lowest: string;
  highest: string;
}

/** Which isolated positions get a lane of their own; every one when absent. */
export type KeepPosition = (id: string) => boolean;

/** Notes naming single positions with no liquidation price, at most; the rest are counted in one line. */
const POSITION_NOTES = 5;

function side(position: PositionReport): string {
  const q = toFiniteNumber(position.quantity);
  return q === null || q === 0 ? '' : q > 0 ? ' long' : ' short';
}

function distanceFrom(today: number | null, price: number): number | null {
  return today === null || today === 0 ? null : price / today - 1;
}

/** Lane keys: "today", "account", "joint", or "position:<id>". */
type LaneOf = (key: string) => number;

interface AssetPoints {
  points: LadderPoint[];
  notes: string[];
  /** Points of positions without a lane of their own (`keep` said no). */
  left: LadderPoint[];
}

function pointsOf(report: Report, asset: string, laneOf: LaneOf, baseline: boolean, keep?: KeepPosition): AssetPoints {
  const points: LadderPoint[] = [];
  const notes: string[] = [];
  const left: LadderPoint[] = [];
  const assetReport = report.account.assets.find((a) => a.asset === asset);
  if (!assetReport) return { points, notes, left };
  const today = toFiniteNumber(assetReport.price);
  const add = (kind: LadderKind, lane: string, label: string, price: string | null | undefined, distance: number | null | undefined) => {
    const x = toFiniteNumber(price);
    if (price === null || price === undefined || x === null) return false;
    const fromToday = kind === 'today' ? null : (distance ?? distanceFrom(today, x));
    points.push({ x, y: laneOf(lane), kind, label, price, distance: fromToday, baseline });
    return true;
  };
  add('today', 'today', 'Today', assetReport.price, null);
  const account = report.account.liquidationPrices[asset];
  const down = add('account', 'account', 'Account liquidation (down)', account?.down, account?.downMove);
  const up = add('account', 'account', 'Account liquidation (up)', account?.up, account?.upMove);
  if (!down && !up) notes.push(`Account: no price of ${asset} alone (others held) liquidates it.`);
  const joint = report.account.jointMove;
  add('joint', 'joint', 'Joint move liquidation (down)', joint.downPrices?.[asset], joint.down);
  add('joint', 'joint', 'Joint move liquidation (up)', joint.upPrices?.[asset], joint.up);
  let unpriced = 0;
  for (const position of report.account.positions) {
    if (position.asset !== asset || position.marginMode !== 'isolated') continue;
    const label = `Position ${position.id}${side(position)} (isolated)`;
    const x = toFiniteNumber(position.liquidationPrice);
    if (x !== null && keep && !keep(position.id)) {
      left.push({ x, y: -1, kind: 'position', label, price: position.liquidationPrice!, distance: distanceFrom(today, x), baseline });
    } else if (!add('position', `position:${position.id}`, label, position.liquidationPrice, null)) {
      unpriced += 1;
      if (unpriced <= POSITION_NOTES) notes.push(`${label}: no liquidation price${position.liquidationPriceReason ? ` (${position.liquidationPriceReason})` : ''}.`);
    }
  }
  if (unpriced > POSITION_NOTES) notes.push(`… and ${(unpriced - POSITION_NOTES).toLocaleString('en-US')} more isolated positions with no liquidation price.`);
  return { points, notes, left };
}

/** 1, 2 or 5 times a power of ten, the first at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}

/**
 * The price axis: all points with some room either side, widened to round numbers, with a tick at
 * each round step (Recharts would otherwise split the domain evenly: 40,000, 46,500, …). Never below 0.
 */
export function ladderAxis(xs: number[]): { domain: [number, number]; ticks: number[] } {
  if (xs.length === 0) return { domain: [0, 1], ticks: [0, 1] };
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const pad = hi > lo ? (hi - lo) * 0.06 : Math.abs(hi) * 0.1 || 1;
  const step = niceStep((hi - lo + 2 * pad) / 5);
  // toPrecision drops float noise such as 0.44000000000000006 from the tick labels.
  const round = (v: number) => Number(v.toPrecision(12));
  const first = Math.max(0, Math.floor((lo - pad) / step));
  const last = Math.ceil((hi + pad) / step);
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(round(k * step));
  return { domain: [round(first * step), round(last * step)], ticks };
}

/** Isolated positions in this asset that have a liquidation price to draw. */
function isolatedIds(report: Report | undefined, asset: string, keep?: KeepPosition): string[] {
  return (report?.account.positions ?? [])
    .filter((p) => p.asset === asset && p.marginMode === 'isolated' && toFiniteNumber(p.liquidationPrice) !== null && (!keep || keep(p.id)))
    .map((p) => p.id);
}

function hasJointPrice(report: Report | undefined, asset: string): boolean {
  const joint = report?.account.jointMove;
  return toFiniteNumber(joint?.downPrices?.[asset]) !== null || toFiniteNumber(joint?.upPrices?.[asset]) !== null;
}

/** Today and Account always; Joint when either book has a joint liquidation price; then the positions. */
function lanesOf(report: Report, baseline: Report | undefined, asset: string, keep?: KeepPosition): { lanes: LadderLane[]; laneOf: LaneOf; positionLanes: number } {
  const lanes: (LadderLane & { key: string })[] = [
    { key: 'today', y: 0, label: 'Today' },
    { key: 'account', y: 1, label: 'Account' },
  ];
  if (hasJointPrice(report, asset) || hasJointPrice(baseline, asset)) lanes.push({ key: 'joint', y: lanes.length, label: 'Joint move' });
  const fixed = lanes.length;
  for (const id of new Set([...isolatedIds(report, asset, keep), ...isolatedIds(baseline, asset, keep)])) {
    lanes.push({ key: `position:${id}`, y: lanes.length, label: id });
  }
  // A point only asks for its lane once it has a price, and every such lane exists. A Map: ids are user text.
  const byKey = new Map(lanes.map((lane) => [lane.key, lane.y]));
  const laneOf: LaneOf = (key) => byKey.get(key) ?? 0;
  return { lanes: lanes.map(({ y, label }) => ({ y, label })), laneOf, positionLanes: lanes.length - fixed };
}

/** The lowest and highest of the points left off, by price. */
function omittedOf(left: readonly LadderPoint[], drawn: number): OmittedPositions | null {
  if (left.length === 0) return null;
  let low = left[0]!;
  let high = left[0]!;
  for (const p of left) {
    if (p.x < low.x) low = p;
    if (p.x > high.x) high = p;
  }
  return { drawn, count: left.length, lowest: low.price, highest: high.price };
}

/** One asset's ladder; `keep` chooses the isolated positions drawn (all when absent). */
export function assetLadder(report: Report, baseline: Report | undefined, asset: string, keep?: KeepPosition): AssetLadder | null {
  const assetReport = report.account.assets.find((a) => a.asset === asset);
  if (!assetReport || assetReport.stable) return null;
  const { lanes, laneOf, positionLanes } = lanesOf(report, baseline, asset, keep);
  const now = pointsOf(report, asset, laneOf, false, keep);
  const before = baseline ? pointsOf(baseline, asset, laneOf, true, keep).points : [];
  return {
    asset,
    price: assetReport.price,
    lanes,
    points: now.points,
    before,
    ...ladderAxis([...now.points, ...before].map((p) => p.x)),
    notes: now.notes,
    omitted: omittedOf(now.left, positionLanes),
  };
}

/** Every non-stable asset's ladder with every point: what the CSV export holds. */
export function liquidationLadders(report: Report, baseline?: Report): AssetLadder[] {
  return report.account.assets.filter((a) => !a.stable).flatMap((a) => assetLadder(report, baseline, a.asset) ?? []);
}

/** The label beside a point: the price, and for a liquidation price its distance from today. */
export function pointTag(point: LadderPoint): string {
  return point.distance === null ? formatPrice(point.price) : `${formatPrice(point.price)} (${formatMove(point.distance)})`;
}

/** Where a point's label goes: beside it, to the right or the left; null for a bare dot (the tooltip and the table still give it). */
export type LabelSide = 'right' | 'left' | null;

/**
 * One-line labels beside the points, never over each other: a label faces the middle of the axis
 * (so it stays inside the chart) and takes `share` of the axis; a label that would overlap one
 * already placed in its lane is left off. Lanes are a row each, so labels of two lanes never meet.
 */
export function labelSides(points: readonly LadderPoint[], domain: [number, number], share = 0.34): LabelSide[] {
  const span = domain[1] - domain[0];
  const width = span > 0 ? span * share : 0;
  const middle = (domain[0] + domain[1]) / 2;
  const placed = new Map<number, [number, number][]>();
  return points.map((point) => {
    const side: 'right' | 'left' = point.x > middle ? 'left' : 'right';
    const box: [number, number] = side === 'right' ? [point.x, point.x + width] : [point.x - width, point.x];
    const lane = placed.get(point.y) ?? [];
    if (lane.some(([a, b]) => box[0] < b && a < box[1])) return null;
    lane.push(box);
    placed.set(point.y, lane);
    return side;
  });
}
