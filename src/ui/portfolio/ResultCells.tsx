import { memo } from 'react';
import type { LiquidationPricesReport, PositionReport } from '../../engine';
import { formatMoney, formatPrice, formatQuantity, MISSING } from '../common/format';

// The report's figures for a position. Nothing is computed here: each cell formats what the
// engine said, or "—" with the reason when it said nothing.

type CellProps = { result: PositionReport | null };

function signClass(value: string | undefined): string {
  if (!value || value === '0') return 'number';
  return value.startsWith('-') ? 'number negative' : 'number positive';
}

export const PnlCell = memo(function PnlCell({ result }: CellProps) {
  const pnl = result?.unrealizedPnl;
  return <span className={signClass(pnl)}>{formatMoney(pnl)}</span>;
});

export const MarginFiguresCell = memo(function MarginFiguresCell({ result }: CellProps) {
  const r = result;
  if (!r) return <span className="number">{MISSING}</span>;
  return (
    <span className="number stack stack--tight">
      <span title="Maintenance margin">{formatMoney(r.maintenanceMargin)}</span>
      <span className="muted" title="Initial margin">
        {formatMoney(r.initialMargin)}
      </span>
    </span>
  );
});

/** Isolated: the position's own liquidation price. Cross: the account's, for its asset. */
export const LiquidationCell = memo(function LiquidationCell({ result, accountLiquidation }: CellProps & { accountLiquidation: LiquidationPricesReport | null }) {
  const r = result;
  if (!r) return <span className="number">{MISSING}</span>;
  if (r.marginMode === 'isolated') {
    return (
      <span className="number" title={r.liquidationPrice === null ? (r.liquidationPriceReason ?? 'no price liquidates it') : 'Liquidation price of this isolated position'}>
        {formatPrice(r.liquidationPrice)}
      </span>
    );
  }
  const account = accountLiquidation;
  return (
    <span className="number stack stack--tight" title={`Cross: the account's liquidation prices for ${r.asset}, others held`}>
      <span>↓ {formatPrice(account?.down)}</span>
      <span>↑ {formatPrice(account?.up)}</span>
    </span>
  );
});

export const NotionalCell = memo(function NotionalCell({ result }: CellProps) {
  return <span className="number">{formatMoney(result?.notional)}</span>;
});

export const DeltaCell = memo(function DeltaCell({ result }: CellProps) {
  return <span className="number">{formatQuantity(result?.delta)}</span>;
});
