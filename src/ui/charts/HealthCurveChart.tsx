// The account's cover against a price move (account.healthFactor: the health factor of a lending
// pool, equity ÷ maintenance under exchange rules, named so on the axis): one line per asset
// (others held) and one for the joint move, the liquidation line at 1, today's point, and where
// each curve reaches liquidation.
import { useMemo } from 'react';
import { ChartFrame } from './ChartFrame';
import { HealthCurvePlot } from './HealthCurvePlot';
import { formatHealthFactor, formatMoveTick } from './format';
import {
  currentHealth,
  healthAxisMax,
  healthCsv,
  healthRows,
  healthSeries,
  healthTicks,
  labelledMarks,
  liquidationMarks,
  lowestHealth,
} from './health-curve-data';
import { drawnHealthSeries, omittedCurvesCaption } from './health-curve-drawn';
import { curveMeasure, healthText } from './health-curve-text';
import { healthValue } from './health-reading';
import { COVER_LABEL } from './health-zone';
import { COLOR } from './palette';
import type { ChartProps, LegendItem } from './types';

/** Why the plot is empty: every curve above the axis, and how far the lowest point of all is from liquidation. */
function emptyPlotText(lowest: { value: number; move: number; label: string }, max: number, first: number, last: number): string {
  const where = `${lowest.label === 'Joint move' ? 'the joint move' : lowest.label} at ${formatMoveTick(lowest.move)}`;
  const range = `from ${formatMoveTick(first)} to ${formatMoveTick(last)}`;
  return lowest.value > max
    ? `Every curve stays above ${max} ${range} (the lowest, ${formatHealthFactor(lowest.value)}, is ${where}): no move in this range comes near liquidation.`
    : `Every curve drawn stays above ${max} ${range}; one left off goes lower: ${formatHealthFactor(lowest.value)}, ${where} (the CSV has it).`;
}

export function HealthCurveChart({ report, baseline }: ChartProps) {
  // A book on many assets draws its nearest curves only (health-curve-drawn.ts); the CSV has all.
  const allSeries = useMemo(() => healthSeries(report, baseline), [report, baseline]);
  const drawn = useMemo(() => drawnHealthSeries(report, allSeries), [report, allSeries]);
  const series = drawn.series;
  const leftOff = omittedCurvesCaption(drawn);
  const rows = useMemo(() => healthRows(report, baseline), [report, baseline]);
  const text = useMemo(() => healthText(report, baseline, drawn), [report, baseline, drawn]);
  const axis = healthAxisMax(rows, series);
  // Every drawn point above the axis: an empty plot needs its reason in words, and the lowest point
  // of every curve of the book now (drawn or left off) says whether any move comes near liquidation.
  const lowestDrawn = lowestHealth(rows, series);
  const lowest = lowestHealth(rows, allSeries.filter((s) => !s.baseline));
  const emptyPlot = lowestDrawn !== null && lowestDrawn.value > axis.max;
  const now = currentHealth(report);
  const before = baseline ? currentHealth(baseline) : null;
  const first = rows[0]?.move ?? -50;
  const last = rows[rows.length - 1]?.move ?? 50;
  // Labels need about a tenth of the axis to themselves.
  // The "now" label sits just above today's health; near 1 it shares the line's height with the marks' labels.
  const nowNearLine = now !== null && Math.abs(now - 1) < axis.max * 0.2;
  const marks = labelledMarks(liquidationMarks(report, series), (last - first) / 10, nowNearLine ? [0] : []);
  const { name, title } = curveMeasure(report);
  const lending = report.rules.kind === 'lending';

  const legend: LegendItem[] = [
    ...series.map((s): LegendItem => ({ label: s.label, color: s.color, shape: s.baseline ? 'dashed' : 'line' })),
    { label: 'Liquidation point', color: COLOR.liquidation, shape: 'dot' },
  ];

  if (rows.length === 0 || series.length === 0) {
    return (
      <ChartFrame title={title} fileStem="health-factor" portfolioName={report.name}>
        <p className="chart__empty">No health curves: the book has no positions or borrowings that carry a requirement.</p>
      </ChartFrame>
    );
  }

  return (
    <ChartFrame
      title={title}
      fileStem="health-factor"
      portfolioName={report.name}
      text={text}
      legend={legend}
      csv={() => healthCsv(report, baseline)}
      caption={
        <p className="chart__caption">
          {name} now: <strong>{formatHealthFactor(now)}</strong>
          {baseline ? <> (before: {formatHealthFactor(before)})</> : null}
          {lending ? '' : `, 1 ÷ the margin ratio of ${healthValue(report)}`}. Liquidation at 1; shaded below it, liquidated, and above it
          the band {COVER_LABEL.within20}. Each asset moves alone, others held; the joint
          curve moves every non-stable asset together.
          {axis.clipped ? ` Values above ${axis.max} run off the top; the tooltip shows them.` : ''}
          {emptyPlot && lowest ? ` ${emptyPlotText(lowest, axis.max, first, last)}` : ''}
          {leftOff ? ` ${leftOff}` : ''}
        </p>
      }
    >
      <HealthCurvePlot
        title={title}
        rows={rows}
        series={series}
        first={first}
        last={last}
        axisMax={axis.max}
        yTicks={healthTicks(axis.max)}
        yLabel={axis.clipped ? `${name} (cut at ${axis.max})` : name}
        now={now}
        before={before}
        marks={marks}
      />
    </ChartFrame>
  );
}
