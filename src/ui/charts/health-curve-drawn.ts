// What the health chart draws of a large book. A curve per asset reads well for a dozen; for a
// book on 100 assets it was 100 lines of 101 points and 200 liquidation dots, and Recharts
// registering each of them blocked the page for most of a second at every report. So the chart
// draws the joint move and the assets nearest to a liquidation (their own move, others held); a
// caption counts the rest, and the CSV and the table keep every curve.
import type { Report } from '../../engine';
import { curveLiquidationMoves, type HealthSeries } from './health-curve-data';

/** Asset curves drawn at most, besides the joint move. */
export const HEALTH_CURVES_DRAWN = 8;

export interface DrawnHealthSeries {
  series: HealthSeries[];
  /** Asset curves of the report left off. */
  omitted: number;
}

/** |nearest liquidation move| of an asset's curve; Infinity when no move of it alone liquidates. */
function nearness(report: Report, curve: string): number {
  const { down, up } = curveLiquidationMoves(report, curve);
  const near = Math.min(...[down, up].filter((m): m is number => m !== null && Number.isFinite(m)).map(Math.abs));
  return Number.isFinite(near) ? near : Number.POSITIVE_INFINITY;
}

/**
 * Every series when the report has at most `limit` asset curves; else the joint move and the
 * `limit` assets nearest to a liquidation (ties: the report's order), with their baseline curves,
 * in the order given.
 */
export function drawnHealthSeries(report: Report, series: readonly HealthSeries[], limit = HEALTH_CURVES_DRAWN): DrawnHealthSeries {
  const assets = report.healthCurves.curves.map((c) => c.name).filter((name) => name !== 'joint');
  if (assets.length <= limit) return { series: [...series], omitted: 0 };
  const ranked = assets.map((name, order) => ({ name, order, near: nearness(report, name) }));
  ranked.sort((a, b) => a.near - b.near || a.order - b.order);
  // A Set of user text: asset names such as "constructor" are ordinary names here.
  const kept = new Set(ranked.slice(0, limit).map((r) => r.name));
  return { series: series.filter((s) => s.joint || kept.has(s.curve)), omitted: assets.length - kept.size };
}

/** "Drawn: the joint move and the 8 assets nearest to a liquidation; 91 more are not. The CSV has every curve." */
export function omittedCurvesCaption(drawn: DrawnHealthSeries): string | null {
  if (drawn.omitted === 0) return null;
  const assets = new Set(drawn.series.filter((s) => !s.joint).map((s) => s.curve)).size;
  return `Drawn: the joint move and the ${assets.toLocaleString('en-US')} assets nearest to a liquidation; ${drawn.omitted.toLocaleString('en-US')} more ${drawn.omitted === 1 ? 'is' : 'are'} not. The CSV has every curve.`;
}
