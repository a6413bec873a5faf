import { useId } from 'react';
import { axisPosition, moveFromToday, type Comparison, type LiquidationAxis, type LiquidationMark } from '../../state/venue-compare';
import { DataTable } from '../charts/DataTable';
import { seriesColor } from '../charts/palette';
import { formatExact, formatMove, formatPrice } from '../common/format';
import { liquidationTextTable } from './compare-rows';

// One axis per asset, one lane per rule set: where each venue would liquidate the book, beside
// today's price. Positions are percentages of the lane, so the chart keeps its text size at any
// width (a scaled viewBox would shrink the labels on a phone).

function percent(axis: LiquidationAxis, price: number): string {
  return `${(axisPosition(axis, price) * 100).toFixed(3)}%`;
}

function markLabel(axis: LiquidationAxis, mark: LiquidationMark): string {
  const move = moveFromToday(axis.today, mark.price);
  const way = mark.side === 'down' ? 'falling to' : 'rising to';
  return `${mark.ruleSet}: ${axis.asset} liquidates ${way} ${formatExact(mark.exact)}${move === null ? '' : ` (${formatMove(move)} from today)`}`;
}

/** A mark's price label sits beside it, on the side with room (the right, unless near the end). */
function labelPlacement(axis: LiquidationAxis, price: number): { dx: number; anchor: 'start' | 'end' } {
  // A fixed offset in pixels clears the mark's radius at any lane width.
  return axisPosition(axis, price) > 0.8 ? { dx: -11, anchor: 'end' } : { dx: 11, anchor: 'start' };
}

function Lane({ axis, name, row }: { axis: LiquidationAxis; name: string; row: number }) {
  const marks = axis.marks.filter((m) => m.row === row);
  return (
    <>
      <span className="venues-axes__venue">{name}</span>
      <svg className="venues-axes__lane" aria-hidden="true" focusable="false">
        {marks.length > 0 ? <line x1="0%" x2="100%" y1="50%" y2="50%" className="venues-axes__track" /> : null}
        {axis.today !== null ? <line x1={percent(axis, axis.today)} x2={percent(axis, axis.today)} y1="0%" y2="100%" className="venues-axes__today" /> : null}
        {marks.map((mark) => {
          const label = labelPlacement(axis, mark.price);
          return (
            <g key={mark.side} className="venues-axes__point">
              <title>{markLabel(axis, mark)}</title>
              <circle cx={percent(axis, mark.price)} cy="50%" r="7" fill={seriesColor(row)} className="venues-axes__mark" />
              <text x={percent(axis, mark.price)} y="50%" dy="0.35em" className="venues-axes__arrow" textAnchor="middle">
                {mark.side === 'down' ? '↓' : '↑'}
              </text>
              <text x={percent(axis, mark.price)} dx={label.dx} y="50%" dy="0.35em" className="venues-axes__price" textAnchor={label.anchor}>
                {formatPrice(mark.exact)}
              </text>
            </g>
          );
        })}
        {marks.length === 0 ? (
          <text x="50%" y="50%" dy="0.35em" textAnchor="middle" className="venues-axes__none">never liquidated by {axis.asset} alone</text>
        ) : null}
      </svg>
    </>
  );
}

function Axis({ axis, names }: { axis: LiquidationAxis; names: string[] }) {
  return (
    <div className="venues-axes__asset" data-testid="liquidation-axis" data-asset={axis.asset}>
      <h4 className="venues-axes__title">
        {axis.asset}
        {axis.today !== null ? <span className="muted"> today {formatPrice(axis.today)}</span> : null}
      </h4>
      <div className="venues-axes__grid">
        {names.map((name, row) => (
          <Lane key={name} axis={axis} name={name} row={row} />
        ))}
        <span />
        <div className="venues-axes__scale" aria-hidden="true">
          <span>{formatPrice(axis.min)}</span>
          <span>{formatPrice(axis.max)}</span>
        </div>
      </div>
    </div>
  );
}

/** The liquidation prices of every venue on one price axis per asset. */
export function LiquidationAxesChart({ comparison, axes }: { comparison: Comparison; axes: LiquidationAxis[] }) {
  const tableId = useId();
  const names = comparison.rules.map((r) => r.name);
  if (axes.length === 0) return <p className="muted">No rule set liquidates this book at any single asset’s price.</p>;
  return (
    <figure className="venues-axes" aria-describedby={tableId} aria-label="Liquidation prices of each venue, one axis per asset">
      <figcaption className="venues-axes__caption">
        Liquidation prices, one axis per asset (↓ falling, ↑ rising; the dashed line is today’s price). Hover a mark for the exact figure.
      </figcaption>
      {axes.map((axis) => (
        <Axis key={axis.asset} axis={axis} names={names} />
      ))}
      <DataTable table={liquidationTextTable(comparison)} id={tableId} />
    </figure>
  );
}
