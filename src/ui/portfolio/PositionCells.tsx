import { memo, useContext } from 'react';
import { useApp } from '../../state/app-store';
import type { DraftPosition } from '../../state/draft';
import { positionPath } from '../../state/paths';
import { formatExact, formatPrice, MISSING } from '../common/format';
import { TextField } from '../common/TextField';
import { DetailsContext } from './details-context';
import type { PositionFlag, PositionRow } from './position-row';

// The cells of a position's row that come from the book (what the trader typed). Size is edited in
// the row, the most edited field; the rest is edited in the row's details. Memoised: a new report
// re-renders the figures, not these.

type CellProps = { index: number; position: DraftPosition };

const TYPE_WORDS = { perpetual: 'perpetual', future: 'future', option: 'option' } as const;

/**
 * "btc-perp" over "BTC · perpetual" (or "BTC · call 70,000"): what the position is, and the button
 * that opens its details (margin mode, collateral, option terms, greeks, warnings, actions).
 */
export const InstrumentCell = memo(function InstrumentCell({ position, rowId }: { position: DraftPosition; rowId: string }) {
  const { open, toggle, detailsId } = useContext(DetailsContext);
  const isOpen = open === rowId;
  const what = position.type === 'option' ? `${position.right ?? 'call'} ${formatPrice(position.strike)}` : TYPE_WORDS[position.type];
  return (
    <span className="instrument" title={position.id}>
      <button type="button" className="expand-button" aria-expanded={isOpen} aria-controls={isOpen ? detailsId : undefined} aria-label={`Details of ${position.id}`} onClick={() => toggle(rowId)}>
        <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
      </button>
      <span className="instrument__text">
        <span className="instrument__id">{position.id || MISSING}</span>
        <span className="instrument__what">
          {position.asset} · {what}
        </span>
      </span>
    </span>
  );
});

export const SideCell = memo(function SideCell({ side }: { side: PositionRow['side'] }) {
  if (side === null) return <span className="muted">{MISSING}</span>;
  return <span className={`side side--${side}`}>{side === 'long' ? 'Long' : 'Short'}</span>;
});

/** The signed size, edited in place: negative is short. */
export const SizeCell = memo(function SizeCell({ index, position }: CellProps) {
  const set = useApp((s) => s.setPositionText);
  return <TextField label={`Quantity of ${position.id} (negative: short)`} value={position.quantity} path={positionPath(index, 'quantity')} numeric className="field--size" onChange={(t) => set(index, 'quantity', t)} />;
});

/** Entry price of a future, premium per unit of an option, as typed (exact value in the tooltip). */
export const EntryCell = memo(function EntryCell({ position }: CellProps) {
  const entry = position.type === 'option' ? position.premium : position.entryPrice;
  return (
    <span className="number" title={entry ? `${position.type === 'option' ? 'Premium per unit' : 'Entry price'}: ${formatExact(entry)}` : undefined}>
      {formatPrice(entry)}
    </span>
  );
});

const FLAG_TEXT: Record<PositionFlag, string> = { liquidatable: 'Liquidatable', expired: 'Expired', 'no collateral': 'No collateral' };

/** The flags and the engine's warnings for the position (their text in the tooltip and the details). */
export const FlagsCell = memo(function FlagsCell({ flags, warnings }: { flags: readonly PositionFlag[]; warnings: readonly string[] }) {
  if (flags.length === 0 && warnings.length === 0) return null;
  return (
    <span className="flags" title={warnings.length > 0 ? warnings.join('\n') : undefined}>
      {flags.map((f) => (
        <span key={f} className={`flag flag--${f.replace(' ', '-')}`}>
          {FLAG_TEXT[f]}
        </span>
      ))}
      {warnings.length > flags.filter((f) => f === 'expired').length ? (
        <span className="flag flag--warning">
          <span aria-hidden="true">⚠ {warnings.length}</span>
          <span className="visually-hidden">{`${warnings.length} warning${warnings.length === 1 ? '' : 's'}: ${warnings.join('; ')}`}</span>
        </span>
      ) : null}
    </span>
  );
});
