// The cascade's plots over its steps (lines or bars by step) and the marks on them: the
// liquidation waves, the user's step, today's level and the playhead. The playhead reads the
// playback frame from the store by itself, so while the cascade plays only it re-renders.
import { memo, type ReactNode } from 'react';
import { COLOR } from '../charts/palette';
import { useCascade } from '../../state/cascade-store-instance';
import { Plot, type PlotGeometry } from './Plot';
import { rowOfStep, type StepRow, type StepRows } from './step-rows';
import { linePath, niceTicks } from './svg-scale';

export interface LineSeries {
  key: string;
  color: string;
  /** One value per row; null leaves a gap. */
  values: readonly (number | null)[];
  dashed?: boolean;
  /** Drawn as steps (a level held until the next row) rather than straight segments. */
  stepped?: boolean;
}

export interface HorizontalMark {
  y: number;
  color: string;
  label: string;
}

export interface StepPlotProps {
  rows: StepRows;
  title: string;
  height: number;
  yDomain: readonly [number, number];
  yFormat: (value: number) => string;
  yLabel: string;
  lines?: readonly LineSeries[];
  /** Bars from 0, one per row. */
  bars?: { values: readonly number[]; color: string };
  /** Dots on every line at the rows that liquidated someone, sized by notional. */
  waves?: boolean;
  horizontal?: readonly HorizontalMark[];
  playhead?: boolean;
  tooltip: (row: StepRow) => ReactNode;
}

/** The step being shown: a line at it, and the steps still to come dimmed. */
function StepPlayhead({ rows, g }: { rows: StepRows; g: PlotGeometry }) {
  const frame = useCascade((s) => s.frame);
  const row = rowOfStep(rows, frame);
  if (!row) return null;
  const x = g.x(row.key);
  const right = g.left + g.plotWidth;
  const dimFrom = Math.min(right, Math.max(g.left, g.x(row.key + rows.binSize / 2)));
  return (
    <g className="cascade-playhead" pointerEvents="none">
      {right - dimFrom > 0.5 ? <rect x={dimFrom} y={g.top} width={right - dimFrom} height={g.plotHeight} fill={COLOR.surface} fillOpacity={0.6} /> : null}
      <line x1={x} x2={x} y1={g.top} y2={g.top + g.plotHeight} stroke={COLOR.text} strokeWidth={1.5} />
    </g>
  );
}

function UserMark({ x, g }: { x: number; g: PlotGeometry }) {
  return (
    <g pointerEvents="none">
      <line x1={x} x2={x} y1={g.top} y2={g.top + g.plotHeight} stroke={COLOR.liquidation} strokeWidth={2} strokeDasharray="6 3" />
      <text x={x + 4} y={g.top + 11} fontSize={11} fill={COLOR.liquidation}>
        you
      </text>
    </g>
  );
}

export const StepPlot = memo(function StepPlot(props: StepPlotProps) {
  const { rows, title, height, yDomain, yFormat, yLabel, lines = [], bars, waves = false, horizontal = [], playhead = true, tooltip } = props;
  const keys = rows.rows.map((r) => r.key);
  const xTicks = niceTicks(Math.max(0, rows.domain[0]), rows.domain[1], 5, true);
  const yTicks = niceTicks(yDomain[0], yDomain[1], 5);
  const userRow = rows.userRow !== null ? rows.rows[rows.userRow] : undefined;
  let largest = 0;
  for (const r of rows.rows) largest = Math.max(largest, r.liquidatedNotional);

  const draw = (g: PlotGeometry, hover: number | null) => {
    const xs = keys.map((k) => g.x(k));
    const band = rows.rows.length > 0 ? Math.abs(g.x(rows.binSize) - g.x(0)) : 0;
    const barWidth = Math.max(1, Math.min(48, band * 0.8));
    const zero = g.y(Math.max(yDomain[0], Math.min(yDomain[1], 0)));
    return (
      <>
        {horizontal.map((h) => (
          <g key={h.label} pointerEvents="none">
            <line x1={g.left} x2={g.left + g.plotWidth} y1={g.y(h.y)} y2={g.y(h.y)} stroke={h.color} strokeDasharray="4 3" />
            <text x={g.left + g.plotWidth - 4} y={g.y(h.y) - 4} textAnchor="end" fontSize={11} fill={h.color}>
              {h.label}
            </text>
          </g>
        ))}
        {bars ? (
          <g fill={bars.color}>
            {bars.values.map((v, i) => {
              const top = g.y(Math.max(yDomain[0], Math.min(yDomain[1], v)));
              return v > 0 ? <rect key={keys[i]} x={xs[i]! - barWidth / 2} y={Math.min(top, zero)} width={barWidth} height={Math.max(0.5, Math.abs(zero - top))} opacity={hover === i ? 0.75 : 1} /> : null;
            })}
          </g>
        ) : null}
        {lines.map((s) => (
          <path
            key={s.key}
            d={linePath(xs, s.values.map((v) => (v === null ? null : g.y(v))), s.stepped)}
            fill="none"
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={s.dashed ? '6 4' : undefined}
            strokeLinejoin="round"
          />
        ))}
        {waves ? (
          <g className="cascade-waves" pointerEvents="none">
            {rows.rows.map((r, i) =>
              r.wave
                ? lines.map((s) => {
                    const v = s.values[i];
                    if (v === null || v === undefined) return null;
                    const radius = 2.5 + (largest > 0 ? 4 * Math.sqrt(r.liquidatedNotional / largest) : 0);
                    return <circle key={`${s.key}:${r.key}`} cx={xs[i]} cy={g.y(v)} r={radius} fill={COLOR.liquidation} fillOpacity={0.75} stroke={COLOR.surface} strokeWidth={1} />;
                  })
                : null,
            )}
          </g>
        ) : null}
        {hover !== null
          ? lines.map((s) => {
              const v = s.values[hover];
              return v === null || v === undefined ? null : <circle key={`hover:${s.key}`} cx={xs[hover]} cy={g.y(v)} r={4} fill={s.color} stroke={COLOR.surface} strokeWidth={1.5} pointerEvents="none" />;
            })
          : null}
        {userRow ? <UserMark x={g.x(userRow.key)} g={g} /> : null}
      </>
    );
  };

  return (
    <Plot
      title={title}
      height={height}
      xDomain={rows.domain}
      yDomain={yDomain}
      xTicks={xTicks}
      yTicks={yTicks}
      xFormat={(v) => String(v)}
      yFormat={yFormat}
      xLabel="Step"
      yLabel={yLabel}
      points={keys}
      tooltip={(i) => tooltip(rows.rows[i]!)}
      overlay={playhead ? (g) => <StepPlayhead rows={rows} g={g} /> : undefined}
    >
      {draw}
    </Plot>
  );
});
