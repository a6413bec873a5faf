// One asset's rung of the liquidation ladder, drawn as plain SVG: a price axis, a lane per marker
// kind and per isolated position, a dot per price with its label. Plain SVG rather than Recharts:
// a Recharts chart registers every axis, line and label in a store of its own at each render, and
// six of them took 0.7 s of main thread per report on a large book; these draw in a few ms. The
// exact figures are in each dot's tooltip and in the table that follows the chart.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { formatExact, formatMove, formatPrice } from './format';
import { labelSides, pointTag, type AssetLadder, type LadderKind, type LadderPoint } from './liquidation-ladder-data';
import { beforeOf } from './liquidation-ladder-table';
import { toFiniteNumber } from './numbers';
import { COLOR } from './palette';

const LANE_HEIGHT = 36;
const MARGIN = { top: 18, right: 28, bottom: 40, left: 88 };
const DOT_RADIUS = 5;
const FULL_WIDTH = { width: '100%' } as const;
/** A label beside a dot near the edge may reach into the margin. */
const SVG_STYLE = { display: 'block', overflow: 'visible' } as const;
/** Before the box is measured (a server render, the first frame). */
const DEFAULT_WIDTH = 640;

export const LADDER_KIND_COLOR: Record<LadderKind, string> = {
  today: COLOR.today,
  account: COLOR.liquidation,
  joint: COLOR.danger,
  position: COLOR.position,
};

/**
 * The width of an element, followed as it resizes. Read from the ResizeObserver's entries, never
 * from clientWidth: on a large page a read right after a render forces a layout of the whole page
 * (100 ms on a 2,000-position book); the observer reports after the browser's own layout.
 */
export function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[entries.length - 1]?.contentRect.width ?? 0;
      if (measured > 0) setWidth((old) => (Math.abs(old - measured) < 1 ? old : measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [box, width];
}

/** What the dot's tooltip says: the marker, its exact price, its distance, and the price before. */
function dotTitle(ladder: AssetLadder, point: LadderPoint, quote: string): string {
  const lines = [`${ladder.asset}: ${point.label}${point.baseline ? ' (before)' : ''}`, `Price: ${formatExact(point.price)} ${quote}`];
  if (point.distance !== null) lines.push(`From today: ${formatMove(point.distance)}`);
  const before = point.baseline ? undefined : beforeOf(ladder, point);
  if (before) lines.push(`Before: ${formatExact(before.price)} ${quote}`);
  return lines.join('\n');
}

/** About a character's width at the axis's 12 px, for keeping tick labels apart. */
const CHAR_WIDTH = 7;

/**
 * Every k-th tick, k the smallest that keeps the labels a character apart on this width (a phone
 * shows 28,000 … 34,000 in steps of 2,000, not seven labels run together); always the first.
 */
export function spacedTicks(ticks: readonly number[], plotWidth: number): number[] {
  if (ticks.length < 2) return [...ticks];
  const widest = Math.max(...ticks.map((t) => formatPrice(t).length)) + 1;
  const spacing = plotWidth / (ticks.length - 1);
  const every = Math.max(1, Math.ceil((widest * CHAR_WIDTH) / spacing));
  return ticks.filter((_, i) => i % every === 0);
}

function laneText(label: string): string {
  return label.length > 12 ? `${label.slice(0, 11)}…` : label;
}

export function AssetLadderChart({ ladder, quote }: { ladder: AssetLadder; quote: string }) {
  const [box, width] = useWidth();
  const height = MARGIN.top + MARGIN.bottom + ladder.lanes.length * LANE_HEIGHT;
  const plotWidth = Math.max(40, width - MARGIN.left - MARGIN.right);
  const [low, high] = ladder.domain;
  const span = high - low || 1;
  const x = (value: number) => MARGIN.left + ((value - low) / span) * plotWidth;
  const y = (lane: number) => MARGIN.top + (lane + 0.5) * LANE_HEIGHT;
  const axisY = height - MARGIN.bottom;
  const today = toFiniteNumber(ladder.price);
  const sides = labelSides(ladder.points, ladder.domain);
  const ticks = spacedTicks(ladder.ticks, plotWidth);
  const title = `${ladder.asset} liquidation prices`;

  return (
    <>
      <h4 className="chart__subtitle">
        {ladder.asset}: today {formatPrice(ladder.price)} {quote}
      </h4>
      <div ref={box} style={FULL_WIDTH}>
        <svg className="chart__plain-svg" style={SVG_STYLE} width={width} height={height} role="img" aria-label={title} fontSize={12}>
          <desc>The numbers are in the table that follows the chart.</desc>
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={x(tick)} x2={x(tick)} y1={MARGIN.top} y2={axisY} stroke={COLOR.grid} strokeDasharray="3 3" />
              <text className="chart__svg-text" x={x(tick)} y={axisY + 16} textAnchor="middle" fill={COLOR.text}>
                {formatPrice(tick)}
              </text>
            </g>
          ))}
          <line x1={MARGIN.left} x2={MARGIN.left + plotWidth} y1={axisY} y2={axisY} stroke={COLOR.muted} />
          <text className="chart__svg-text" x={MARGIN.left + plotWidth / 2} y={height - 4} textAnchor="middle" fill={COLOR.text}>
            {`${ladder.asset} price (${quote})`}
          </text>
          {ladder.lanes.map((lane) => (
            <text key={lane.y} className="chart__svg-text" x={MARGIN.left - 8} y={y(lane.y)} dy="0.35em" textAnchor="end" fill={COLOR.text}>
              <title>{lane.label}</title>
              {laneText(lane.label)}
            </text>
          ))}
          {today !== null ? <line x1={x(today)} x2={x(today)} y1={MARGIN.top} y2={axisY} stroke={COLOR.today} strokeDasharray="4 3" /> : null}
          {ladder.before.map((point, i) => (
            <circle key={`before-${i}`} cx={x(point.x)} cy={y(point.y)} r={DOT_RADIUS} fill={COLOR.surface} stroke={COLOR.baseline} strokeWidth={2}>
              <title>{dotTitle(ladder, point, quote)}</title>
            </circle>
          ))}
          {ladder.points.map((point, i) => {
            const side = sides[i];
            const cx = x(point.x);
            const cy = y(point.y);
            return (
              <g key={i} data-kind={point.kind}>
                <circle cx={cx} cy={cy} r={DOT_RADIUS} fill={LADDER_KIND_COLOR[point.kind]}>
                  <title>{dotTitle(ladder, point, quote)}</title>
                </circle>
                {side ? (
                  <text className="chart__svg-text" x={side === 'right' ? cx + 8 : cx - 8} y={cy} dy="0.35em" textAnchor={side === 'right' ? 'start' : 'end'} fill={COLOR.text} fontSize={11}>
                    {pointTag(point)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
    </>
  );
}
