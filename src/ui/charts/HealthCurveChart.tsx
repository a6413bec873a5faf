// The account's cover against a price move (account.healthFactor: the health factor of a lending
// pool, equity ÷ maintenance under exchange rules, named so on the axis): one line per asset
// (others held) and one for the joint move, the liquidation line at 1, today's point, and where
// each curve reaches liquidation.
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { ChartFrame } from './ChartFrame';
import { ChartTooltip } from './ChartTooltip';
import { formatHealthFactor, formatHealthFactorExact, formatMove, formatMoveTick, MISSING } from './format';
import {
  currentHealth,
  healthAxisMax,
  healthCsv,
  healthRows,
  healthSeries,
  healthTicks,
  labelledMarks,
  liquidationMarks,
  type HealthRow,
  type HealthSeries,
} from './health-curve-data';
import { drawnHealthSeries, omittedCurvesCaption } from './health-curve-drawn';
import { curveMeasure, healthText } from './health-curve-text';
import { healthValue } from './health-reading';
import { COVER_BOUNDS, COVER_LABEL } from './health-zone';
import { COLOR } from './palette';
import type { ChartProps, LegendItem } from './types';

const HEIGHT = 320;

// Recharts clones this element with the tooltip's props (active, payload).
function HealthTooltip({ active, payload, series }: Partial<TooltipContentProps> & { series: HealthSeries[] }) {
  const row = payload?.[0]?.payload as HealthRow | undefined;
  if (!active || !row) return null;
  return (
    <ChartTooltip
      title={`Price move ${formatMoveTick(row.move)}`}
      rows={series.map((s) => {
        const value = row[s.key] ?? null;
        return { label: s.label, value: value === null ? `${MISSING} (no requirement)` : formatHealthFactorExact(value), color: s.color };
      })}
    />
  );
}

export function HealthCurveChart({ report, baseline }: ChartProps) {
  // A book on many assets draws its nearest curves only (health-curve-drawn.ts); the CSV has all.
  const drawn = useMemo(() => drawnHealthSeries(report, healthSeries(report, baseline)), [report, baseline]);
  const series = drawn.series;
  const leftOff = omittedCurvesCaption(drawn);
  const rows = useMemo(() => healthRows(report, baseline), [report, baseline]);
  const text = useMemo(() => healthText(report, baseline, drawn), [report, baseline, drawn]);
  const axis = healthAxisMax(rows, series);
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
          {leftOff ? ` ${leftOff}` : ''}
        </p>
      }
    >
      <LineChart
        data={rows}
        responsive
        style={{ width: '100%', height: HEIGHT }}
        margin={{ top: 12, right: 20, bottom: 24, left: 8 }}
        title={title}
        desc="The numbers are in the table that follows the chart."
      >
        <CartesianGrid strokeDasharray="3 3" />
        {/* Below 1 the account is liquidated; the band above it is named by what it is, not a zone: the
            account's zone is the engine's, by distance in daily σ, and may differ. */}
        <ReferenceArea y1={0} y2={COVER_BOUNDS.liquidation} fill={COLOR.liquidation} fillOpacity={0.1} ifOverflow="hidden" />
        <ReferenceArea y1={COVER_BOUNDS.liquidation} y2={COVER_BOUNDS.within20} fill={COLOR.danger} fillOpacity={0.08} ifOverflow="hidden" />
        <XAxis
          type="number"
          dataKey="move"
          domain={[first, last]}
          tickFormatter={formatMoveTick}
          label={{ value: 'Price move (%)', position: 'insideBottom', offset: -14 }}
        />
        <YAxis
          type="number"
          domain={[0, axis.max]}
          allowDataOverflow
          ticks={healthTicks(axis.max)}
          interval={0}
          width={52}
          tickFormatter={(v: number) => String(v)}
          label={{ value: axis.clipped ? `${name} (cut at ${axis.max})` : name, angle: -90, position: 'insideLeft', offset: 4, style: { textAnchor: 'middle' } }}
        />
        <ReferenceLine
          y={1}
          stroke={COLOR.liquidation}
          strokeWidth={2}
          strokeDasharray="6 3"
          label={{ value: 'liquidation', position: 'insideBottomLeft', fill: COLOR.liquidation }}
        />
        <ReferenceLine x={0} stroke={COLOR.muted} strokeDasharray="2 3" />
        {series.map((s) => (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.label}
            stroke={s.color}
            strokeWidth={s.joint ? 3 : 2}
            strokeDasharray={s.baseline ? '6 4' : undefined}
            strokeOpacity={s.baseline ? 0.75 : 1}
            dot={false}
            activeDot={{ r: 4 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
        {before !== null ? <ReferenceDot x={0} y={before} r={4} fill={COLOR.surface} stroke={COLOR.baseline} strokeWidth={2} /> : null}
        {now !== null ? (
          <ReferenceDot
            x={0}
            y={now}
            r={5}
            fill={COLOR.text}
            stroke={COLOR.surface}
            strokeWidth={2}
            label={{ value: `now ${formatHealthFactor(now)}`, position: 'top', fill: COLOR.text }}
          />
        ) : null}
        {marks.map((m) => (
          <ReferenceDot
            key={`${m.seriesKey}-${m.side}`}
            x={m.move}
            y={1}
            r={5}
            fill={m.color}
            stroke={COLOR.liquidation}
            strokeWidth={2}
            label={m.labelled ? { value: formatMove(m.move / 100), position: 'bottom', fill: COLOR.text, fontSize: 11 } : undefined}
          />
        ))}
        <Tooltip content={<HealthTooltip series={series} />} />
      </LineChart>
    </ChartFrame>
  );
}
