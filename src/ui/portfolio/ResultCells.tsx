import { memo } from 'react';
import type { PositionReport } from '../../engine';
import { formatExact, formatMoney, formatMove, formatPrice, formatPriceInCell, MISSING } from '../common/format';
import type { RowLiquidation } from './position-row';

// The report's figures for a position. Nothing is computed here: each cell formats what the
// engine said (read into the row by position-row.ts), or "—" with the reason when it said nothing.

type CellProps = { result: PositionReport | null };

/** Coloured by the figure as shown: a loss of a tenth of a cent reads "0.00" and is not red. */
function signClass(shown: string): string {
  if (!/[1-9]/.test(shown)) return 'number';
  return shown.startsWith('−') ? 'number negative' : 'number positive';
}

export const MarkCell = memo(function MarkCell({ mark, option }: { mark: number | string | null; option: boolean }) {
  return (
    <span className="number" title={mark === null ? undefined : `${option ? 'Model value per unit' : 'Mark price'}: ${formatExact(mark)}`}>
      {formatPriceInCell(mark)}
    </span>
  );
});

export const NotionalCell = memo(function NotionalCell({ result }: CellProps) {
  const shown = formatMoney(result?.notional);
  // Every figure carries itself in its tooltip: one too wide for its column ends in an ellipsis.
  return (
    <span className="number" title={result ? `Notional: ${shown}` : undefined}>
      {shown}
    </span>
  );
});

export const PnlCell = memo(function PnlCell({ result }: CellProps) {
  const shown = formatMoney(result?.unrealizedPnl);
  return (
    <span className={signClass(shown)} title={result ? `Unrealized PnL: ${shown}` : undefined}>
      {shown}
    </span>
  );
});

/** Initial over maintenance, with a separator: the two figures a venue shows side by side. */
export const MarginFiguresCell = memo(function MarginFiguresCell({ result }: CellProps) {
  if (!result) return <span className="number">{MISSING}</span>;
  return (
    <span className="number margin-pair" title={`Initial margin ${formatMoney(result.initialMargin)} / maintenance margin ${formatMoney(result.maintenanceMargin)}`}>
      <span>{formatMoney(result.initialMargin)}</span>
      <span className="margin-pair__maintenance">
        <span className="margin-pair__separator" aria-hidden="true">
          /{' '}
        </span>
        <span className="visually-hidden">maintenance </span>
        {formatMoney(result.maintenanceMargin)}
      </span>
    </span>
  );
});

function liquidationTitle(result: PositionReport, liquidation: RowLiquidation): string {
  if (liquidation.reason) return liquidation.reason;
  if (result.marginMode === 'isolated') return `This isolated position is liquidated at ${formatExact(liquidation.price)}`;
  const sides = [liquidation.down ? `falls to ${formatPrice(liquidation.down)}` : null, liquidation.up ? `rises to ${formatPrice(liquidation.up)}` : null].filter(Boolean);
  return `Cross: the account is liquidated if ${result.asset} ${sides.join(' or ')}, other prices held`;
}

/** Isolated: the position's own liquidation price. Cross: the account's nearer one for its asset. */
export const LiquidationCell = memo(function LiquidationCell({ result, liquidation }: CellProps & { liquidation: RowLiquidation | null }) {
  if (!result || !liquidation) return <span className="number">{MISSING}</span>;
  const arrow = liquidation.direction === 'down' ? '↓ ' : liquidation.direction === 'up' ? '↑ ' : '';
  return (
    <span className="number" title={liquidationTitle(result, liquidation)}>
      {liquidation.price === null ? MISSING : `${arrow}${formatPriceInCell(liquidation.price)}`}
    </span>
  );
});

/** How far the price must move, signed, to reach that liquidation. */
export const DistanceCell = memo(function DistanceCell({ liquidation }: { liquidation: RowLiquidation | null }) {
  const distance = liquidation?.distance ?? null;
  // Within 10 % of the mark reads as danger.
  const near = distance !== null && Math.abs(distance) < 0.1;
  const shown = formatMove(distance);
  return (
    <span className={`number${near ? ' negative' : ''}`} title={distance === null ? undefined : `Move to liquidation: ${shown}`}>
      {shown}
    </span>
  );
});
