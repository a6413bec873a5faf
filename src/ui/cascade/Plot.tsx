// A plain-SVG plot: axes with ticks and units, a grid, whatever series the caller draws, and a
// tooltip that follows the pointer or the arrow keys. Its width comes from a ResizeObserver (no
// forced layout); it re-renders for a resize or a hover only. The wrapper carries the class the
// charts' Save PNG looks for (export.ts: `.recharts-wrapper > svg`), so the picture saves like
// every other chart of the app.
import { useCallback, useMemo, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { COLOR } from '../charts/palette';
import { linearScale, nearestIndex, type LinearScale } from './svg-scale';

export interface PlotGeometry {
  width: number;
  height: number;
  left: number;
  top: number;
  plotWidth: number;
  plotHeight: number;
  x: LinearScale;
  y: LinearScale;
}

export interface PlotProps {
  /** The picture's name (its SVG <title>) and the keyboard hint's subject. */
  title: string;
  height: number;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  xTicks: readonly number[];
  yTicks: readonly number[];
  xFormat: (value: number) => string;
  yFormat: (value: number) => string;
  /** Axis titles, with their units. */
  xLabel: string;
  yLabel: string;
  yAxisWidth?: number;
  /** The x values the tooltip snaps to, ascending. */
  points: readonly number[];
  tooltip: (index: number) => ReactNode;
  /** The series, drawn over the grid; `hover` is the index the tooltip shows, if any. */
  children: (g: PlotGeometry, hover: number | null) => ReactNode;
  /** Drawn over the series (a playhead): elements that re-render by themselves. */
  overlay?: (g: PlotGeometry) => ReactNode;
}

const MARGIN = { top: 14, right: 16, bottom: 40 };
const Y_LABEL_SPACE = 18;

function useMeasuredWidth(): [(node: HTMLDivElement | null) => (() => void) | undefined, number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((node: HTMLDivElement | null) => {
    if (!node || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      setWidth((old) => (old === w ? old : w));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export function Plot(props: PlotProps) {
  const { title, height, xDomain, yDomain, xTicks, yTicks, xFormat, yFormat, xLabel, yLabel, yAxisWidth = 52, points, tooltip, children, overlay } = props;
  const [ref, width] = useMeasuredWidth();
  const [hover, setHover] = useState<number | null>(null);
  const [keyboard, setKeyboard] = useState(false);
  const left = yAxisWidth + Y_LABEL_SPACE;
  const g = useMemo((): PlotGeometry | null => {
    const plotWidth = width - left - MARGIN.right;
    const plotHeight = height - MARGIN.top - MARGIN.bottom;
    if (plotWidth < 20 || plotHeight < 20) return null;
    return {
      width,
      height,
      left,
      top: MARGIN.top,
      plotWidth,
      plotHeight,
      x: linearScale(xDomain, [left, left + plotWidth]),
      y: linearScale(yDomain, [MARGIN.top + plotHeight, MARGIN.top]),
    };
  }, [width, height, left, xDomain, yDomain]);
  const pixels = useMemo(() => (g ? points.map((p) => g.x(p)) : []), [g, points]);
  const shown = hover !== null && hover < points.length ? hover : null;

  const onPointer = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box) return;
    setKeyboard(false);
    setHover(nearestIndex(pixels, event.clientX - box.left));
  };
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = points.length - 1;
    if (last < 0) return;
    const current = shown ?? -1;
    const next = { ArrowRight: Math.min(last, current + 1), ArrowLeft: Math.max(0, current < 0 ? last : current - 1), Home: 0, End: last }[event.key];
    if (event.key === 'Escape') setHover(null);
    if (next === undefined) return;
    event.preventDefault();
    setKeyboard(true);
    setHover(next);
  };

  const hoverX = g && shown !== null ? g.x(points[shown]!) : null;
  return (
    <div
      ref={ref}
      className="recharts-wrapper cascade-plot"
      style={{ height }}
      role="group"
      aria-label={`${title}: the arrow keys read the values point by point`}
      tabIndex={0}
      onKeyDown={onKey}
      onBlur={() => setHover(null)}
    >
      {g ? (
        <svg width={g.width} height={g.height} viewBox={`0 0 ${g.width} ${g.height}`} aria-hidden="true" className="cascade-plot__svg">
          <title>{title}</title>
          <g className="cascade-plot__grid">
            {yTicks.map((t) => (
              <line key={t} x1={g.left} x2={g.left + g.plotWidth} y1={g.y(t)} y2={g.y(t)} stroke={COLOR.grid} strokeDasharray="3 3" />
            ))}
          </g>
          {children(g, shown)}
          {overlay?.(g)}
          {hoverX !== null ? <line x1={hoverX} x2={hoverX} y1={g.top} y2={g.top + g.plotHeight} stroke={COLOR.muted} strokeDasharray="2 2" pointerEvents="none" /> : null}
          <g className="cascade-plot__axis" fontSize={11}>
            <line x1={g.left} x2={g.left + g.plotWidth} y1={g.top + g.plotHeight} y2={g.top + g.plotHeight} stroke="var(--ml-chart-axis)" />
            <line x1={g.left} x2={g.left} y1={g.top} y2={g.top + g.plotHeight} stroke="var(--ml-chart-axis)" />
            {xTicks.map((t) => (
              <g key={`x${t}`}>
                <line x1={g.x(t)} x2={g.x(t)} y1={g.top + g.plotHeight} y2={g.top + g.plotHeight + 4} stroke="var(--ml-chart-axis)" />
                <text x={g.x(t)} y={g.top + g.plotHeight + 16} textAnchor="middle" className="chart__svg-text">
                  {xFormat(t)}
                </text>
              </g>
            ))}
            {yTicks.map((t) => (
              <g key={`y${t}`}>
                <line x1={g.left - 4} x2={g.left} y1={g.y(t)} y2={g.y(t)} stroke="var(--ml-chart-axis)" />
                <text x={g.left - 6} y={g.y(t) + 4} textAnchor="end" className="chart__svg-text">
                  {yFormat(t)}
                </text>
              </g>
            ))}
            <text x={g.left + g.plotWidth / 2} y={g.height - 4} textAnchor="middle" className="chart__svg-text" fontSize={12}>
              {xLabel}
            </text>
            <text transform={`rotate(-90) translate(${-(g.top + g.plotHeight / 2)} 13)`} textAnchor="middle" className="chart__svg-text" fontSize={12}>
              {yLabel}
            </text>
          </g>
          <rect
            x={g.left}
            y={g.top}
            width={g.plotWidth}
            height={g.plotHeight}
            fill="transparent"
            onPointerMove={onPointer}
            onPointerDown={onPointer}
            onPointerLeave={() => setHover(null)}
          />
        </svg>
      ) : null}
      {g && shown !== null && hoverX !== null ? (
        <div
          className="cascade-plot__tooltip"
          style={{ left: hoverX, top: g.top, transform: hoverX > g.left + g.plotWidth / 2 ? 'translateX(calc(-100% - 10px))' : 'translateX(10px)' }}
          aria-live={keyboard ? 'polite' : 'off'}
        >
          {tooltip(shown)}
        </div>
      ) : null}
    </div>
  );
}
