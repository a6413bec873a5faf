// The health-factor chart as a table for screen readers: per curve, the health factor now, at a
// few moves, and the liquidation moves.
import type { Report } from '../../engine';
import { formatHealthFactor, formatMove, MISSING } from './format';
import { curveLiquidationMoves, healthSeries, interpolateAt } from './health-curve-data';
import type { DrawnHealthSeries } from './health-curve-drawn';
import type { TextTable } from './text-table';

const SAMPLE_MOVES = [-0.5, -0.25, -0.1, 0.1, 0.25, 0.5];

/**
 * What the health curves plot, named for what it is: account.healthFactor, numerator ÷
 * requirement, 1 = liquidation. On a lending pool that is Aave's health factor; under exchange and
 * portfolio rules it is equity ÷ maintenance, 1 ÷ the margin ratio the headline shows.
 */
export function curveMeasure(report: Report): { name: string; title: string } {
  const name = curveMeasureName(report.rules.kind);
  return { name, title: `${name} against price move` };
}

/** The name alone, by the book's kind of rule set (the health heatmap plots the same ratio). */
export function curveMeasureName(kind: Report['rules']['kind'] | undefined): string {
  return kind === 'lending' ? 'Health factor' : 'Equity ÷ maintenance';
}

/**
 * `drawn`: the curves the chart draws (health-curve-drawn.ts). On a book of 100 assets the table of
 * every curve was 1,100 hidden cells rewritten at every report; it follows the chart instead, and
 * its caption says where the rest are, as the chart's own caption does.
 */
export function healthText(report: Report, baseline?: Report, drawn?: DrawnHealthSeries): TextTable {
  const { moves, curves } = report.healthCurves;
  const first = moves[0];
  const last = moves[moves.length - 1];
  const samples = SAMPLE_MOVES.filter((m) => first !== undefined && last !== undefined && m >= first && m <= last);
  const kept = drawn && drawn.omitted > 0 ? new Set(drawn.series.map((s) => s.curve)) : null;
  const series = healthSeries(report)
    .map((s, i) => ({ ...s, values: curves[i]?.healthFactor ?? [] }))
    .filter((s) => !s.baseline && (kept === null || kept.has(s.curve)));
  const before = (name: string) => {
    const curve = baseline?.healthCurves.curves.find((c) => c.name === name);
    return curve && baseline ? formatHealthFactor(interpolateAt(baseline.healthCurves.moves, curve.healthFactor, 0)) : MISSING;
  };
  return {
    caption: `${curveMeasure(report).title} (1 = liquidation)${drawn && drawn.omitted > 0 ? `: the curves drawn; ${drawn.omitted.toLocaleString('en-US')} more are in the CSV` : ''}`,
    columns: [
      'Curve',
      ...(baseline ? ['Before'] : []),
      'Now',
      ...samples.map((m) => `At ${formatMove(m)}`),
      'Liquidated at move down',
      'Liquidated at move up',
    ],
    rows: series.map((s) => {
      const values = s.values;
      const liquidation = curveLiquidationMoves(report, s.curve);
      return [
        s.label,
        ...(baseline ? [before(s.curve)] : []),
        formatHealthFactor(interpolateAt(moves, values, 0)),
        ...samples.map((m) => formatHealthFactor(interpolateAt(moves, values, m))),
        liquidation.down === null ? 'none' : formatMove(liquidation.down),
        liquidation.up === null ? 'none' : formatMove(liquidation.up),
      ];
    }),
  };
}
