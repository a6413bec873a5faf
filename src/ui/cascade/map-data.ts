// The liquidation map as chart rows: per asset, the crowd's long and short notional by the price
// (others held at today's) at which it is liquidated, with the prices worth marking on it.
import type { CascadeResult } from '../../engine';
import { fractionToPercent } from '../charts/numbers';

export interface MapRow {
  /** Price at the middle of the bin: the bar's x position. */
  price: number;
  /** The bin's edges as prices and as moves from today's (fractions). */
  fromPrice: number;
  toPrice: number;
  fromMove: number;
  toMove: number;
  long: number;
  short: number;
}

export interface MapMark {
  kind: 'today' | 'shocked' | 'lowest' | 'critical' | 'user';
  label: string;
  price: number;
  move: number;
}

export interface AssetMap {
  asset: string;
  today: number;
  rows: MapRow[];
  /** x-axis domain: the outer bin edges. */
  domain: [number, number];
  /** Notional liquidated beyond ±50 % (outside the bins). */
  longBeyond: number;
  shortBeyond: number;
  longTotal: number;
  shortTotal: number;
  marks: MapMark[];
}

const finite = (value: number | null | undefined): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

function mark(kind: MapMark['kind'], label: string, today: number, move: number | null | undefined): MapMark | null {
  if (typeof move !== 'number' || !Number.isFinite(move)) return null;
  return { kind, label, price: today * (1 + move), move };
}

export function liquidationMaps(result: CascadeResult): AssetMap[] {
  const maps: AssetMap[] = [];
  for (const asset of result.assets) {
    const map = result.liquidationMap[asset];
    const today = result.todayPrices[asset];
    if (!map || !today || !(today > 0)) continue;
    const rows: MapRow[] = [];
    let longTotal = finite(map.longBeyond), shortTotal = finite(map.shortBeyond);
    for (let i = 0; i + 1 < map.moves.length; i++) {
      const fromMove = map.moves[i]!, toMove = map.moves[i + 1]!;
      const long = finite(map.longNotional[i]), short = finite(map.shortNotional[i]);
      longTotal += long;
      shortTotal += short;
      rows.push({ price: today * (1 + (fromMove + toMove) / 2), fromPrice: today * (1 + fromMove), toPrice: today * (1 + toMove), fromMove, toMove, long, short });
    }
    const first = rows[0], last = rows[rows.length - 1];
    const marks = [
      mark('today', "today's price", today, 0),
      mark('shocked', 'after the shock', today, result.shockedPrices[asset] !== undefined ? result.shockedPrices[asset]! / today - 1 : null),
      mark('lowest', result.totals.largestMoves[asset]! >= 0 ? 'highest reached' : 'lowest reached', today, result.totals.largestMoves[asset]),
      mark('critical', 'critical shock', today, result.criticalShock?.moves[asset] ?? null),
      mark('user', 'your liquidation', today, result.user?.placement.liquidationMoves[asset] ?? null),
    ].filter((m): m is MapMark => m !== null && (m.kind === 'today' || m.move !== 0));
    maps.push({
      asset,
      today,
      rows,
      domain: [first?.fromPrice ?? today * 0.5, last?.toPrice ?? today * 1.5],
      longBeyond: finite(map.longBeyond),
      shortBeyond: finite(map.shortBeyond),
      longTotal,
      shortTotal,
      marks,
    });
  }
  return maps;
}

/** "−10.0 % to −7.5 %" style bounds as percent points, for axis ticks. */
export function binMovePoints(row: MapRow): [number, number] {
  return [fractionToPercent(row.fromMove), fractionToPercent(row.toMove)];
}

/** Ticks at today's price and every 20 % from it, inside the domain: five labels fit on a phone. */
export function mapTicks(map: AssetMap): number[] {
  const ticks: number[] = [];
  for (let k = -2; k <= 2; k++) {
    const price = map.today * (1 + k / 5);
    if (price >= map.domain[0] - 1e-9 && price <= map.domain[1] + 1e-9) ticks.push(price);
  }
  return ticks;
}
