// The health-factor chart as a table for screen readers: per curve, the health factor now, at a
// few moves, and the liquidation moves.
import type { Report } from '../../engine';
import { formatHealthFactor, formatMove, MISSING } from './format';
import { curveLiquidationMoves, healthSeries, interpolateAt } from './health-curve-data';
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

export function healthText(report: Report, baseline?: Report): TextTable {
  const { moves, curves } = report.healthCurves;
  const first = moves[0];
  const last = moves[moves.length - 1];
  const samples = SAMPLE_MOVES.filter((m) => first !== undefined && last !== undefined && m >= first && m <= last);
  const series = healthSeries(report).filter((s) => !s.baseline);
  const before = (name: string) => {
    const curve = baseline?.healthCurves.curves.find((c) => c.name === name);
    return curve && baseline ? formatHealthFactor(interpolateAt(baseline.healthCurves.moves, curve.healthFactor, 0)) : MISSING;
  };
  return {
    caption: `${curveMeasure(report).title} (1 = liquidation)`,
    columns: [
      'Curve',
      ...(baseline ? ['Before'] : []),
      'Now',
      ...samples.map((m) => `At ${formatMove(m)}`),
      'Liquidated at move down',
      'Liquidated at move up',
    ],
    rows: series.map((s, i) => {
      const values = curves[i]?.healthFactor ?? [];
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
