// The capital each margin regime needs, drawn as plain SVG: a group of bars per regime (before,
// capital needed, cash to add), each with its figure on top, the move it survives under its name,
// and a tooltip with the exact figures that follows the pointer (or the arrow keys). Plain SVG for
// the health chart's reason: Recharts measured its ticks against the page and re-ran its store's
// selectors in an animation frame, 40–90 ms on a large book's import.
import { useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useWidth } from './AssetLadderChart';
import { barSlots, valueAxis, wrapWords } from './efficiency-plot';
import { survivalText, type EfficiencyRow } from './efficiency-data';
import { formatMoneyTick } from './format';
import { COLOR } from './palette';

const HEIGHT = 300;
const MARGIN = { top: 20, right: 16, bottom: 52, left: 80 } as const;
const AXIS = 'var(--ml-chart-axis)';
const FULL_WIDTH = { width: '100%', position: 'relative' } as const;
const SVG_STYLE = { display: 'block', overflow: 'visible' } as const;
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
  const [box, width] = useWidth();
  const [hover, setHover] = useState(-1);
  const plotWidth = Math.max(40, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const bottom = MARGIN.top + plotHeight;
  const axis = valueAxis(rows.flatMap((r) => barsOf(r, withBaseline).map((b) => b.value)));
  const y = (value: number) => MARGIN.top + ((axis.high - value) / (axis.high - axis.low)) * plotHeight;
  const band = plotWidth / Math.max(1, rows.length);

  const onPointer = (event: PointerEvent<SVGRectElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    const at = Math.floor(((event.clientX - bounds.left) / Math.max(1, bounds.width)) * rows.length);
    setHover(Math.min(rows.length - 1, Math.max(0, at)));
  };
  const onKey = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const step = event.key === 'ArrowRight' ? 1 : -1;
      setHover((h) => Math.min(rows.length - 1, Math.max(0, h < 0 ? 0 : h + step)));
    } else if (event.key === 'Escape') {
      setHover(-1);
    }
  };
  const row = hover >= 0 ? rows[hover] : undefined;
  const tipLeft = MARGIN.left + band * (hover + 0.5);
  // The tooltip sits in the plot's far corner from the point it describes: it never covers the
  // point, and never runs out of the card, whatever its width.
  const tipOnLeft = tipLeft > width / 2;

  return (
    <div ref={box} style={FULL_WIDTH} className="health-plot">
      <svg
        className="chart__plain-svg"
        style={SVG_STYLE}
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={title}
        fontSize={12}
        tabIndex={0}
        onKeyDown={onKey}
        onBlur={() => setHover(-1)}
      >
        <desc>The numbers are in the table that follows the chart.</desc>
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
        <rect
          x={MARGIN.left}
          y={MARGIN.top}
          width={plotWidth}
          height={plotHeight}
          fill="transparent"
          onPointerMove={onPointer}
          onPointerDown={onPointer}
          onPointerLeave={() => setHover(-1)}
        />
      </svg>
      {row ? (
        <div className="health-plot__tip" style={tipOnLeft ? { left: MARGIN.left + 4 } : { right: MARGIN.right + 4 }}>
          {tooltip(row)}
        </div>
      ) : null}
    </div>
  );
}
