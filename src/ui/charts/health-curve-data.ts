// Shaping report.healthCurves for the health-factor chart: rows on the report's move grid (x in
// percent points), one key per curve, the baseline's curves resampled onto the same grid.
import type { HealthCurve, Report } from '../../engine';
import type { CsvTable } from './csv';
import { fractionToPercent, toFiniteNumber } from './numbers';
import { COLOR, seriesColor } from './palette';
import { interpolateAt } from '../../state/curve-math';

export { interpolateAt };

export interface HealthSeries {
  key: string;
  /** The curve's name as the report gives it: "joint" or an asset symbol. */
  curve: string;
  /** What the legend and the tooltip say. */
  label: string;
  color: string;
  joint: boolean;
  /** A curve of the baseline (the book before the what-if or trade), drawn dashed. */
  baseline: boolean;
}

export type HealthRow = { move: number } & Record<string, number | null>;

export interface HealthMark {
  seriesKey: string;
  label: string;
  color: string;
  side: 'down' | 'up';
  /** Percent points. */
  move: number;
}

const JOINT = 'joint';

function curveLabel(name: string): string {
  return name === JOINT ? 'Joint move' : name;
}

function clean(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) ? value : null;
}

export function healthSeries(report: Report, baseline?: Report): HealthSeries[] {
  const colors = new Map<string, string>();
  let assetIndex = 0;
  const colorOf = (name: string) => {
    if (name === JOINT) return COLOR.joint;
    let color = colors.get(name);
    if (color === undefined) {
      color = seriesColor(assetIndex++);
      colors.set(name, color);
    }
    return color;
  };
  const make = (curves: HealthCurve[], isBaseline: boolean) =>
    curves.map((curve, i): HealthSeries => ({
      key: `${isBaseline ? 'before' : 'now'}${i}`,
      curve: curve.name,
      label: isBaseline ? `${curveLabel(curve.name)} (before)` : curveLabel(curve.name),
      color: colorOf(curve.name),
      joint: curve.name === JOINT,
      baseline: isBaseline,
    }));
  return [...make(report.healthCurves.curves, false), ...(baseline ? make(baseline.healthCurves.curves, true) : [])];
}

export function healthRows(report: Report, baseline?: Report): HealthRow[] {
  const { moves, curves } = report.healthCurves;
  return moves.map((move, m) => {
    const row: HealthRow = { move: fractionToPercent(move) };
    curves.forEach((curve, i) => {
      row[`now${i}`] = clean(curve.healthFactor[m]);
    });
    baseline?.healthCurves.curves.forEach((curve, i) => {
      row[`before${i}`] = interpolateAt(baseline.healthCurves.moves, curve.healthFactor, move);
    });
    return row;
  });
}

/**
 * The y-axis top: the data's maximum rounded up to a half, kept within 2 … 5 so the liquidation
 * line stays in view and one huge health factor does not flatten every other curve.
 */
export function healthAxisMax(rows: HealthRow[], series: HealthSeries[]): { max: number; clipped: boolean } {
  let highest = -Infinity;
  for (const row of rows) {
    for (const s of series) {
      const v = row[s.key];
      if (typeof v === 'number' && Number.isFinite(v) && v > highest) highest = v;
    }
  }
  if (highest === -Infinity) return { max: 2, clipped: false };
  const max = Math.min(5, Math.max(2, Math.ceil(highest * 1.05 * 2) / 2));
  return { max, clipped: highest > max };
}

/**
 * The lowest point of the drawn curves, or null when none has one. When even it is above the
 * axis, the plot is empty but for its axes, and the caption says why.
 */
export function lowestHealth(rows: HealthRow[], series: HealthSeries[]): { value: number; move: number; label: string } | null {
  let lowest: { value: number; move: number; label: string } | null = null;
  for (const row of rows) {
    for (const s of series) {
      const v = row[s.key];
      if (typeof v === 'number' && Number.isFinite(v) && (lowest === null || v < lowest.value)) lowest = { value: v, move: row.move, label: s.label };
    }
  }
  return lowest;
}

/** Ticks for the y-axis: every half up to 2.5, every whole beyond, always the top itself. */
export function healthTicks(max: number): number[] {
  const step = max <= 2.5 ? 0.5 : 1;
  const ticks: number[] = [];
  for (let t = 0; t < max - 1e-9; t += step) ticks.push(t);
  ticks.push(max);
  return ticks;
}

/**
 * Which marks get a text label: a mark closer than minGap (percent points) to one already
 * labelled stays a bare dot, so labels never print over each other; the tooltip and the
 * table still give its move.
 */
export function labelledMarks(marks: HealthMark[], minGap: number, occupied: readonly number[] = []): (HealthMark & { labelled: boolean })[] {
  // `occupied`: moves already carrying a label near the liquidation line (the "now" label).
  const placed: number[] = [...occupied];
  return marks.map((mark) => {
    const labelled = placed.every((x) => Math.abs(x - mark.move) >= minGap);
    if (labelled) placed.push(mark.move);
    return { ...mark, labelled };
  });
}

/** The liquidation moves of the report's curves, where the health factor crosses 1. */
export function liquidationMarks(report: Report, series: HealthSeries[]): HealthMark[] {
  const marks: HealthMark[] = [];
  for (const s of series) {
    if (s.baseline) continue;
    const moves = curveLiquidationMoves(report, s.curve);
    for (const side of ['down', 'up'] as const) {
      const move = clean(moves[side]);
      if (move !== null) marks.push({ seriesKey: s.key, label: s.label, color: s.color, side, move: fractionToPercent(move) });
    }
  }
  return marks;
}

/** Where a curve reaches 1: the joint move for "joint", the asset's own liquidation moves otherwise. */
export function curveLiquidationMoves(report: Report, curve: string): { down: number | null; up: number | null } {
  if (curve === JOINT) return report.account.jointMove;
  const prices = report.account.liquidationPrices[curve];
  return { down: prices?.downMove ?? null, up: prices?.upMove ?? null };
}

/** The health factor now (move 0): the account's, or the first curve's value at 0. */
export function currentHealth(report: Report): number | null {
  const account = toFiniteNumber(report.account.healthFactor);
  if (account !== null) return account;
  const { moves, curves } = report.healthCurves;
  for (const curve of curves) {
    const v = interpolateAt(moves, curve.healthFactor, 0);
    if (v !== null) return v;
  }
  return null;
}

export function healthCsv(report: Report, baseline?: Report): CsvTable {
  const series = healthSeries(report, baseline);
  const rows = healthRows(report, baseline);
  return {
    header: ['price move (%)', ...series.map((s) => `${s.label} health factor`)],
    rows: rows.map((row) => [row.move, ...series.map((s) => row[s.key] ?? null)]),
  };
}
