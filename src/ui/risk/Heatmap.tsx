// A heatmap drawn as plain SVG: labelled rows and columns of coloured cells, a ring on marked
// cells, a glyph where colour alone must not carry the meaning, and a tooltip with exact values.
// Colours are CSS custom properties, so the theme switch needs no re-render; Save PNG finds the
// SVG by its class (heatmap-png.ts). The numbers are in the frame's table for screen readers.
import { useRef, useState, type PointerEvent } from 'react';
import { ChartTooltip, type TooltipRow } from '../charts/ChartTooltip';
import type { HeatColour } from './heat-scale';

export interface HeatmapCellView {
  /** Null: no such scenario in the grid (drawn as an empty outline). */
  colour: HeatColour | null;
  /** Text drawn in the cell, when it fits. */
  label?: string;
  /** A ring around the cell (the worst scenario, today). */
  marked?: boolean;
  /** A glyph in the cell ("×": liquidated), so the meaning does not rest on colour. */
  glyph?: string;
}

export interface HeatmapTooltip {
  title: string;
  rows: TooltipRow[];
}

export interface HeatmapProps {
  /** The SVG's accessible name. */
  title: string;
  /** Drawn above the grid (it names the map in a saved PNG). */
  heading?: string;
  columnLabels: string[];
  rowLabels: string[];
  cells: HeatmapCellView[][];
  xTitle: string;
  yTitle: string;
  tooltip: (row: number, column: number) => HeatmapTooltip | null;
  cellWidth?: number;
  cellHeight?: number;
  /** Label every n-th column / row on dense maps (the first, the middle and the last always). */
  labelEvery?: number;
  /** The narrowest the map is drawn, in CSS pixels: below it, it scrolls sideways rather than shrink past reading. */
  minCellWidth?: number;
  testId?: string;
}

const ROW_LABEL_WIDTH = 66;
const AXIS_TITLE = 18;
const HEADING = 22;
const COLUMN_LABELS = 18;
const PAD = 6;

interface Hover {
  row: number;
  column: number;
  /** Where the tooltip goes, in the wrapper's pixels: beside the pointer, on the side with room. */
  top: number;
  left?: number;
  right?: number;
}

function shown(i: number, n: number, every: number): boolean {
  return every <= 1 || i % every === 0 || i === n - 1 || i === Math.floor(n / 2);
}

export function Heatmap(props: HeatmapProps) {
  const { title, heading, columnLabels, rowLabels, cells, xTitle, yTitle, tooltip, cellWidth = 46, cellHeight = 30, labelEvery = 1, minCellWidth = 16, testId } = props;
  const wrapper = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const columns = columnLabels.length;
  const rows = rowLabels.length;
  const left = AXIS_TITLE + ROW_LABEL_WIDTH;
  const top = heading ? HEADING + PAD : PAD;
  const gridWidth = columns * cellWidth;
  const gridHeight = rows * cellHeight;
  const width = left + gridWidth + PAD * 2;
  const height = top + gridHeight + COLUMN_LABELS + AXIS_TITLE + PAD;

  const onMove = (row: number, column: number) => (event: PointerEvent<SVGRectElement>) => {
    const box = wrapper.current?.getBoundingClientRect();
    if (!box) return;
    const x = event.clientX - box.left;
    const side = x > box.width / 2 ? { right: Math.max(0, box.width - x + 14) } : { left: x + 14 };
    setHover({ row, column, top: event.clientY - box.top + 14, ...side });
  };
  const tip = hover ? tooltip(hover.row, hover.column) : null;

  return (
    <div className="heatmap" ref={wrapper} data-testid={testId}>
      {/* Focusable, so a keyboard can scroll a map wider than a phone's screen. */}
      <div className="heatmap__scroll" role="region" aria-label={`${title} (scrolls sideways)`} tabIndex={0}>
        <svg
          className="heatmap__svg"
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={title}
          style={{ maxWidth: width, minWidth: Math.min(width, left + columns * minCellWidth) }}
          onPointerLeave={() => setHover(null)}
        >
          {heading ? (
            <text className="chart__svg-text heatmap__heading" x={PAD} y={HEADING - 6}>
              {heading}
            </text>
          ) : null}
          <text className="chart__svg-text" transform={`translate(${AXIS_TITLE - 5},${top + gridHeight / 2}) rotate(-90)`} textAnchor="middle">
            {yTitle}
          </text>
          <text className="chart__svg-text" x={left + gridWidth / 2} y={top + gridHeight + COLUMN_LABELS + AXIS_TITLE - 2} textAnchor="middle">
            {xTitle}
          </text>
          {rowLabels.map((label, r) =>
            shown(r, rows, labelEvery) ? (
              <text key={`r${r}`} className="heatmap__tick" x={left - 6} y={top + r * cellHeight + cellHeight / 2} textAnchor="end" dominantBaseline="central">
                {label}
              </text>
            ) : null,
          )}
          {columnLabels.map((label, c) =>
            shown(c, columns, labelEvery) ? (
              <text key={`c${c}`} className="heatmap__tick" x={left + c * cellWidth + cellWidth / 2} y={top + gridHeight + 13} textAnchor="middle">
                {label}
              </text>
            ) : null,
          )}
          {cells.map((row, r) =>
            row.map((cell, c) => {
              const x = left + c * cellWidth;
              const y = top + r * cellHeight;
              const hovered = hover?.row === r && hover.column === c;
              return (
                <g key={`${r}-${c}`}>
                  {cell.colour ? (
                    <rect x={x} y={y} width={cellWidth} height={cellHeight} fill={cell.colour.fill} fillOpacity={cell.colour.opacity} className="heatmap__cell" onPointerMove={onMove(r, c)} />
                  ) : (
                    <rect x={x + 2} y={y + 2} width={cellWidth - 4} height={cellHeight - 4} className="heatmap__empty" onPointerMove={onMove(r, c)} />
                  )}
                  {cell.label ? (
                    <text className="heatmap__label" x={x + cellWidth / 2} y={y + cellHeight / 2} textAnchor="middle" dominantBaseline="central">
                      {cell.label}
                    </text>
                  ) : null}
                  {cell.glyph ? (
                    <text className="heatmap__glyph" x={x + cellWidth / 2} y={y + cellHeight / 2} textAnchor="middle" dominantBaseline="central">
                      {cell.glyph}
                    </text>
                  ) : null}
                  {cell.marked ? <rect x={x + 1.5} y={y + 1.5} width={cellWidth - 3} height={cellHeight - 3} className="heatmap__mark" /> : null}
                  {hovered ? <rect x={x + 0.5} y={y + 0.5} width={cellWidth - 1} height={cellHeight - 1} className="heatmap__hover" /> : null}
                </g>
              );
            }),
          )}
        </svg>
      </div>
      {hover && tip ? (
        <div className="heatmap__tooltip" style={{ top: hover.top, left: hover.left, right: hover.right }}>
          <ChartTooltip title={tip.title} rows={tip.rows} />
        </div>
      ) : null}
    </div>
  );
}
