// Shaping the Monte Carlo loss histogram (edges and counts from the report) for the bar chart,
// its CSV and its screen-reader table. Losses are positive money; a malformed histogram gives no
// bins rather than NaN.
import type { HistogramReport, RiskReport } from '../../engine';
import type { CsvTable } from '../charts/csv';
import { formatMoney, formatPercent } from '../charts/format';
import { toFiniteNumber } from '../charts/numbers';
import type { TextTable } from '../charts/text-table';

export interface HistogramBin {
  /** Lower and upper edge of the bin, in money (loss positive). */
  from: number;
  to: number;
  /** The bin's centre: where its bar stands on the loss axis. */
  mid: number;
  count: number;
  /** count ÷ all scenarios counted. */
  share: number;
}

/** Bins from edges (one more than counts); [] when the two do not fit together or hold a non-finite number. */
export function histogramBins(histogram: HistogramReport | null | undefined): HistogramBin[] {
  if (!histogram) return [];
  const { edges, counts } = histogram;
  if (counts.length === 0 || edges.length !== counts.length + 1) return [];
  if (!edges.every(Number.isFinite) || !counts.every((c) => Number.isFinite(c) && c >= 0)) return [];
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((count, i) => {
    const from = edges[i]!;
    const to = edges[i + 1]!;
    return { from, to, mid: (from + to) / 2, count, share: total > 0 ? count / total : 0 };
  });
}

export interface TailLines {
  /** Monte Carlo VaR and ES as chart numbers; null when missing. */
  var: number | null;
  es: number | null;
}

export function tailLines(report: RiskReport): TailLines {
  return { var: toFiniteNumber(report.monteCarlo?.var), es: toFiniteNumber(report.monteCarlo?.es) };
}

/** The loss axis: every bin, and the VaR and ES lines even where they fall past the last bin. */
export function histogramDomain(bins: readonly HistogramBin[], lines: TailLines): [number, number] | null {
  if (bins.length === 0) return null;
  let lo = bins[0]!.from;
  let hi = bins[bins.length - 1]!.to;
  for (const x of [lines.var, lines.es]) {
    if (x === null) continue;
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
  }
  if (hi <= lo) hi = lo + 1;
  return [lo, hi];
}

/** Round ticks for the loss axis: steps of 1, 2, 2.5 or 5 × a power of ten, about `target` of them, inside [lo, hi]. */
export function niceTicks(lo: number, hi: number, target = 6): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / Math.max(1, target);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / magnitude;
  const step = (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 2.5 ? 2.5 : scaled <= 5 ? 5 : 10) * magnitude;
  const ticks: number[] = [];
  for (let k = Math.ceil(lo / step); k * step <= hi + step * 1e-9; k += 1) ticks.push(Number((k * step).toPrecision(12)) + 0);
  return ticks;
}

/** "99%" from 0.99: the confidence as people say it. */
export function confidenceText(confidence: number): string {
  if (!Number.isFinite(confidence)) return '—';
  return `${Math.round(confidence * 1e6) / 1e4}%`;
}

export function histogramCsv(report: RiskReport, quote: string): CsvTable {
  return {
    header: [`loss from (${quote})`, `loss to (${quote})`, 'scenarios', 'share of scenarios'],
    rows: histogramBins(report.monteCarlo?.histogram).map((b) => [b.from, b.to, b.count, b.share]),
  };
}

export function histogramText(report: RiskReport, quote: string): TextTable {
  const mc = report.monteCarlo;
  const tail = mc
    ? ` Value at risk ${formatMoney(mc.var)} ${quote}, expected shortfall ${formatMoney(mc.es)} ${quote} at ${confidenceText(report.confidence)} over ${report.horizonDays} day${report.horizonDays === 1 ? '' : 's'}.`
    : '';
  return {
    caption: `Monte Carlo losses over the horizon, in ${quote} (a negative loss is a gain).${tail}`,
    columns: [`Loss (${quote})`, 'Scenarios', 'Share'],
    rows: histogramBins(mc?.histogram).map((b) => [`${formatMoney(b.from)} to ${formatMoney(b.to)}`, String(b.count), formatPercent(b.share)]),
  };
}
