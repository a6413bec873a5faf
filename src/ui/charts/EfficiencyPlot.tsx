// The capital each margin regime needs, drawn as plain SVG: a group of bars per regime (before,
// capital needed, cash to add), each with its figure on top, the move it survives under its name,
// and a tooltip with the exact figures that follows the pointer (or the arrow keys). Plain SVG for
// the health chart's reason: Recharts measured its ticks against the page and re-ran its store's
// selectors in an animation frame, 40–90 ms on a large book's import.
import { useState, type ReactNode } from 'react';
import { barSlots, valueAxis, wrapWords } from './efficiency-plot';
import { survivalText, type EfficiencyRow } from './efficiency-data';
import { formatMoneyTick } from './format';
import { COLOR } from './palette';
import { PLOT_AXIS as AXIS, PlotFrame, usePlotBox } from './PlotFrame';

const HEIGHT = 300;
const MARGIN = { top: 20, right: 16, bottom: 52, left: 80 } as const;
/** About a character's width at 11 px, for wrapping the text under a bar group. */
const SMALL_CHAR_WIDTH = 6;

interface Bar {
  key: string;
  value: number | null;
  color: string;
  opacity?: number;
  label: string | null;
}

function barsOf(row: EfficiencyRow, withBaseline: boolean): Bar[] {
  return [
    ...(withBaseline ? [{ key: 'before', value: row.before, color: COLOR.baseline, opacity: 0.7, label: null }] : []),
    { key: 'required', value: row.required, color: COLOR.bar, label: formatMoneyTick(row.required ?? 0) },
    { key: 'cashToAdd', value: row.cashToAdd, color: COLOR.liquidation, label: row.cashToAdd ? formatMoneyTick(row.cashToAdd) : 'none' },
  ];
}

export interface EfficiencyPlotProps {
  title: string;
  rows: EfficiencyRow[];
  quote: string;
  withBaseline: boolean;
  /** The tooltip's content for a regime. */
  tooltip: (row: EfficiencyRow) => ReactNode;
}

export function EfficiencyPlot({ title, rows, quote, withBaseline, tooltip }: EfficiencyPlotProps) {
  const plot = usePlotBox(HEIGHT, MARGIN);
  const { plotWidth, plotHeight, bottom } = plot;
  const [hover, setHover] = useState(-1);
  const axis = valueAxis(rows.flatMap((r) => barsOf(r, withBaseline).map((b) => b.value)));
  const y = (value: number) => MARGIN.top + ((axis.high - value) / (axis.high - axis.low)) * plotHeight;
  const band = plotWidth / Math.max(1, rows.length);
  const row = hover >= 0 ? rows[hover] : undefined;

  return (
    <PlotFrame
      plot={plot}
      title={title}
      rowCount={rows.length}
      rowAt={(fraction) => Math.floor(fraction * rows.length)}
      firstKeyed={0}
      hover={hover}
      setHover={setHover}
      hoverX={MARGIN.left + band * (hover + 0.5)}
      tip={row ? tooltip(row) : null}
    >
      {row ? <rect x={MARGIN.left + band * hover} y={MARGIN.top} width={band} height={plotHeight} fill={COLOR.muted} fillOpacity={0.12} /> : null}
      {axis.ticks.map((tick) => (
        <g key={tick}>
          <line x1={MARGIN.left} x2={MARGIN.left + plotWidth} y1={y(tick)} y2={y(tick)} stroke={COLOR.grid} strokeDasharray="3 3" />
          <line x1={MARGIN.left - 6} x2={MARGIN.left} y1={y(tick)} y2={y(tick)} stroke={AXIS} />
          <text className="chart__svg-text" x={MARGIN.left - 9} y={y(tick)} dy="0.35em" textAnchor="end">
            {formatMoneyTick(tick)}
          </text>
        </g>
      ))}
      <line x1={MARGIN.left} x2={MARGIN.left + plotWidth} y1={y(0)} y2={y(0)} stroke={AXIS} />
      <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={bottom} stroke={AXIS} />
      <text className="chart__svg-text" transform={`translate(14 ${MARGIN.top + plotHeight / 2}) rotate(-90)`} textAnchor="middle">
        {`Capital (${quote})`}
      </text>
      {rows.map((r, group) => {
        const bars = barsOf(r, withBaseline);
        const slots = barSlots(MARGIN.left, plotWidth, rows.length, group, bars.length);
        const centre = MARGIN.left + band * (group + 0.5);
        return (
          <g key={r.regime} data-regime={r.regime}>
            {bars.map((bar, i) => {
              const slot = slots[i]!;
              if (bar.value === null || !Number.isFinite(bar.value)) return null;
              const top = y(Math.max(0, bar.value));
              const height = Math.abs(y(bar.value) - y(0));
              return (
                <g key={bar.key}>
                  <rect x={slot.x} y={top} width={slot.width} height={height} fill={bar.color} fillOpacity={bar.opacity} />
                  {bar.label !== null ? (
                    <text className="chart__svg-text" x={slot.x + slot.width / 2} y={top - 5} textAnchor="middle" fontSize={11}>
                      {bar.label}
                    </text>
                  ) : null}
                </g>
              );
            })}
            <text className="chart__svg-text" x={centre} y={bottom + 16} textAnchor="middle" fontWeight={600}>
              {r.label}
            </text>
            <text x={centre} y={bottom + 31} textAnchor="middle" fontSize={11} fill={COLOR.muted}>
              {wrapWords(survivalText(r.survivableMove), Math.max(8, Math.floor(band / SMALL_CHAR_WIDTH)))
                .slice(0, 2)
                .map((line, i) => (
                  <tspan key={i} x={centre} dy={i === 0 ? 0 : 13}>
                    {line}
                  </tspan>
                ))}
            </text>
          </g>
        );
      })}
    </PlotFrame>
  );
}
