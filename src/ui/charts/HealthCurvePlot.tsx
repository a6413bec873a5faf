// The health curves drawn as plain SVG: axes, the liquidation line and bands, a path per curve,
// today's point and each curve's liquidation marks, and a tooltip that follows the pointer (or the
// arrow keys). Plain SVG rather than Recharts, as the liquidation ladder is: Recharts registers
// every line, dot and label in a store of its own and re-runs its selectors at each report, 40–90 ms
// of main thread per report that no transition can split; this draws in a few.
import { useId, useMemo, useState } from 'react';
import { ChartTooltip } from './ChartTooltip';
import { formatHealthFactor, formatHealthFactorExact, formatMove, formatMoveTick, MISSING } from './format';
import type { HealthMark, HealthRow, HealthSeries } from './health-curve-data';
import { curvePath, nearestRow, niceTicks } from './health-plot';
import { COVER_BOUNDS } from './health-zone';
import { COLOR } from './palette';
import { PLOT_AXIS as AXIS, PlotFrame, usePlotBox } from './PlotFrame';

const HEIGHT = 320;
const MARGIN = { top: 12, right: 20, bottom: 52, left: 60 } as const;
/** Pixels per x tick label ("−12.5%" and a gap). */
const TICK_SPACING = 64;

export interface HealthPlotProps {
  title: string;
  rows: HealthRow[];
  series: HealthSeries[];
  /** The x domain in percent points, and the y axis top with its ticks. */
  first: number;
  last: number;
  axisMax: number;
  yTicks: number[];
  yLabel: string;
  now: number | null;
  before: number | null;
  marks: (HealthMark & { labelled: boolean })[];
}

function tooltipRows(row: HealthRow, series: HealthSeries[]) {
  return series.map((s) => {
    const value = row[s.key] ?? null;
    return { label: s.label, value: value === null ? `${MISSING} (no requirement)` : formatHealthFactorExact(value), color: s.color };
  });
}

export function HealthCurvePlot({ title, rows, series, first, last, axisMax, yTicks, yLabel, now, before, marks }: HealthPlotProps) {
  const plot = usePlotBox(HEIGHT, MARGIN);
  const { plotWidth, plotHeight, bottom, right } = plot;
  const [hover, setHover] = useState(-1);
  const clipId = useId();
  const span = last - first || 1;
  const x = (move: number) => MARGIN.left + ((move - first) / span) * plotWidth;
  const y = (value: number) => MARGIN.top + (1 - value / axisMax) * plotHeight;
  const inX = (move: number) => move >= first && move <= last;
  const inY = (value: number) => value >= 0 && value <= axisMax;

  // The paths change with the data and the width only, not as the pointer moves.
  const paths = useMemo(() => {
    const toX = (move: number) => MARGIN.left + ((move - first) / span) * plotWidth;
    const toY = (value: number) => MARGIN.top + (1 - value / axisMax) * plotHeight;
    return series.map((s) => ({
      series: s,
      d: curvePath(
        rows.map((row) => ({ x: row.move, y: row[s.key] ?? null })),
        -axisMax,
        2 * axisMax,
        toX,
        toY,
      ),
    }));
  }, [rows, series, first, span, plotWidth, axisMax, plotHeight]);
  // About four intervals, as Recharts drew them (−50 %, −25 %, 0, +25 %, +50 %), fewer on a narrow plot.
  const xTicks = useMemo(() => niceTicks(first, last, Math.max(2, Math.min(4, Math.floor(plotWidth / TICK_SPACING)))), [first, last, plotWidth]);

  const moves = useMemo(() => rows.map((r) => r.move), [rows]);
  const row = hover >= 0 ? rows[hover] : undefined;

  return (
    <PlotFrame
      plot={plot}
      title={title}
      rowCount={rows.length}
      rowAt={(fraction) => nearestRow(moves, first + fraction * span)}
      firstKeyed={nearestRow(moves, 0)}
      hover={hover}
      setHover={setHover}
      hoverX={row ? x(row.move) : 0}
      tip={row ? <ChartTooltip title={`Price move ${formatMoveTick(row.move)}`} rows={tooltipRows(row, series)} /> : null}
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={MARGIN.left} y={MARGIN.top} width={plotWidth} height={plotHeight} />
        </clipPath>
      </defs>
      {/* Below 1 the account is liquidated; the band above it is named by what it is, not a zone. */}
      <g clipPath={`url(#${clipId})`}>
        <rect x={MARGIN.left} width={plotWidth} y={y(COVER_BOUNDS.liquidation)} height={Math.max(0, bottom - y(COVER_BOUNDS.liquidation))} fill={COLOR.liquidation} fillOpacity={0.1} />
        <rect
          x={MARGIN.left}
          width={plotWidth}
          y={y(Math.min(axisMax, COVER_BOUNDS.within20))}
          height={Math.max(0, y(COVER_BOUNDS.liquidation) - y(Math.min(axisMax, COVER_BOUNDS.within20)))}
          fill={COLOR.danger}
          fillOpacity={0.08}
        />
      </g>
      {yTicks.map((tick) => (
        <g key={`y${tick}`}>
          <line x1={MARGIN.left} x2={right} y1={y(tick)} y2={y(tick)} stroke={COLOR.grid} strokeDasharray="3 3" />
          <line x1={MARGIN.left - 6} x2={MARGIN.left} y1={y(tick)} y2={y(tick)} stroke={AXIS} />
          <text className="chart__svg-text chart__tick chart__tick--y" x={MARGIN.left - 9} y={y(tick)} dy="0.35em" textAnchor="end">
            {String(tick)}
          </text>
        </g>
      ))}
      {xTicks.map((tick) => (
        <g key={`x${tick}`}>
          <line x1={x(tick)} x2={x(tick)} y1={MARGIN.top} y2={bottom} stroke={COLOR.grid} strokeDasharray="3 3" />
          <line x1={x(tick)} x2={x(tick)} y1={bottom} y2={bottom + 6} stroke={AXIS} />
          <text className="chart__svg-text chart__tick chart__tick--x" x={x(tick)} y={bottom + 18} textAnchor="middle">
            {formatMoveTick(tick)}
          </text>
        </g>
      ))}
      <line x1={MARGIN.left} x2={right} y1={bottom} y2={bottom} stroke={AXIS} />
      <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={bottom} stroke={AXIS} />
      <text className="chart__svg-text" x={MARGIN.left + plotWidth / 2} y={HEIGHT - 10} textAnchor="middle">
        Price move (%)
      </text>
      <text className="chart__svg-text" transform={`translate(14 ${MARGIN.top + plotHeight / 2}) rotate(-90)`} textAnchor="middle">
        {yLabel}
      </text>
      {inY(1) ? (
        <g>
          <line x1={MARGIN.left} x2={right} y1={y(1)} y2={y(1)} stroke={COLOR.liquidation} strokeWidth={2} strokeDasharray="6 3" />
          {/* At the right end: the marks of a fall, the common case, sit on the left. */}
          <text x={right - 6} y={y(1) - 6} fill={COLOR.liquidation} textAnchor="end">
            liquidation
          </text>
        </g>
      ) : null}
      {inX(0) ? <line x1={x(0)} x2={x(0)} y1={MARGIN.top} y2={bottom} stroke={COLOR.muted} strokeDasharray="2 3" /> : null}
      <g clipPath={`url(#${clipId})`} fill="none">
        {paths.map(({ series: s, d }) => (
          <path
            key={s.key}
            data-curve={s.curve}
            d={d}
            stroke={s.color}
            strokeWidth={s.joint ? 3 : 2}
            strokeDasharray={s.baseline ? '6 4' : undefined}
            strokeOpacity={s.baseline ? 0.75 : 1}
            strokeLinejoin="round"
          />
        ))}
      </g>
      {before !== null && inY(before) && inX(0) ? <circle cx={x(0)} cy={y(before)} r={4} fill={COLOR.surface} stroke={COLOR.baseline} strokeWidth={2} /> : null}
      {now !== null && inY(now) && inX(0) ? (
        <g>
          <circle cx={x(0)} cy={y(now)} r={5} fill={COLOR.text} stroke={COLOR.surface} strokeWidth={2} />
          <text className="chart__svg-text" x={x(0)} y={y(now) - 10} textAnchor="middle">
            {`now ${formatHealthFactor(now)}`}
          </text>
        </g>
      ) : null}
      {marks.filter((m) => inX(m.move)).map((m) => (
        <g key={`${m.seriesKey}-${m.side}`}>
          <circle cx={x(m.move)} cy={y(1)} r={5} fill={m.color} stroke={COLOR.liquidation} strokeWidth={2}>
            <title>{`${m.label}: liquidated at a move of ${formatMove(m.move / 100)}`}</title>
          </circle>
          {m.labelled ? (
            <text className="chart__svg-text" x={x(m.move)} y={y(1) + 18} textAnchor="middle" fontSize={11}>
              {formatMove(m.move / 100)}
            </text>
          ) : null}
        </g>
      ))}
      {row ? (
        <g pointerEvents="none">
          <line x1={x(row.move)} x2={x(row.move)} y1={MARGIN.top} y2={bottom} stroke={AXIS} />
          {series.map((s) => {
            const value = row[s.key];
            return typeof value === 'number' && inY(value) ? <circle key={s.key} cx={x(row.move)} cy={y(value)} r={4} fill={s.color} stroke={COLOR.surface} strokeWidth={2} /> : null;
          })}
        </g>
      ) : null}
    </PlotFrame>
  );
}
