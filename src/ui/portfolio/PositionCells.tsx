import { memo } from 'react';
import { useApp } from '../../state/app-store';
import type { DraftPosition, PositionType } from '../../state/draft';
import { positionPath } from '../../state/paths';
import { TextField } from '../common/TextField';

// The editable cells of the positions table. Each takes the position and its index (what edits
// address and the engine's path), reads its message from the store by that path, and edits through
// the store's actions. Memoised: a new report re-renders the figures, not the inputs.

const TYPES: readonly PositionType[] = ['perpetual', 'future', 'option'];

type CellProps = { index: number; position: DraftPosition };

export const IdCell = memo(function IdCell({ index, position }: CellProps) {
  const set = useApp((s) => s.setPositionText);
  return <TextField label={`Id of position ${index + 1}`} value={position.id} path={positionPath(index, 'id')} onChange={(t) => set(index, 'id', t)} />;
});

export const TypeCell = memo(function TypeCell({ index, position }: CellProps) {
  const setType = useApp((s) => s.setPositionType);
  return (
    <select className="select" aria-label={`Type of ${position.id}`} value={position.type} onChange={(e) => setType(index, e.target.value as PositionType)}>
      {TYPES.map((t) => (
        <option key={t} value={t}>
          {t}
        </option>
      ))}
    </select>
  );
});

export const AssetCell = memo(function AssetCell({ index, position }: CellProps) {
  const symbols = useApp((s) => Object.keys(s.draft.assets).join('\n'));
  const set = useApp((s) => s.setPositionText);
  const error = useApp((s) => s.main.errors.find((e) => e.path === positionPath(index, 'asset'))?.message);
  const list = symbols === '' ? [] : symbols.split('\n');
  const options = list.includes(position.asset) ? list : [position.asset, ...list];
  return (
    <span className={`field${error ? ' field--invalid' : ''}`}>
      <select className="select" aria-label={`Asset of ${position.id}`} aria-invalid={error ? true : undefined} value={position.asset} onChange={(e) => set(index, 'asset', e.target.value)}>
        {options.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      {error ? <span className="field__error">{error}</span> : null}
    </span>
  );
});

export const QuantityCell = memo(function QuantityCell({ index, position }: CellProps) {
  const set = useApp((s) => s.setPositionText);
  return (
    <TextField
      label={`Quantity of ${position.id} (negative: short)`}
      value={position.quantity}
      path={positionPath(index, 'quantity')}
      numeric
      onChange={(t) => set(index, 'quantity', t)}
    />
  );
});

/** Entry price for futures; right, strike, premium and optional volatility for options. */
export const TermsCell = memo(function TermsCell({ index, position }: CellProps) {
  const set = useApp((s) => s.setPositionText);
  const setRight = useApp((s) => s.setPositionRight);
    if (position.type !== 'option') {
    return (
      <TextField label={`Entry price of ${position.id}`} value={position.entryPrice ?? ''} path={positionPath(index, 'entryPrice')} numeric onChange={(t) => set(index, 'entryPrice', t)} />
    );
  }
  return (
    <div className="stack">
      <select className="select" aria-label={`Call or put: ${position.id}`} value={position.right ?? 'call'} onChange={(e) => setRight(index, e.target.value === 'put' ? 'put' : 'call')}>
        <option value="call">call</option>
        <option value="put">put</option>
      </select>
      <TextField label={`Strike of ${position.id}`} placeholder="strike" value={position.strike ?? ''} path={positionPath(index, 'strike')} numeric onChange={(t) => set(index, 'strike', t)} />
      <TextField label={`Premium per unit of ${position.id}`} placeholder="premium" value={position.premium ?? ''} path={positionPath(index, 'premium')} numeric onChange={(t) => set(index, 'premium', t)} />
      <TextField
        label={`Volatility of ${position.id} (blank: the asset's)`}
        placeholder="vol (asset's)"
        value={position.volatility ?? ''}
        path={positionPath(index, 'volatility')}
        numeric
        onChange={(t) => set(index, 'volatility', t)}
      />
    </div>
  );
});

export const ExpiryCell = memo(function ExpiryCell({ index, position }: CellProps) {
  const set = useApp((s) => s.setPositionText);
  if (position.type === 'perpetual') return <span className="muted">none</span>;
  return <TextField label={`Expiry of ${position.id}`} value={position.expiry ?? ''} path={positionPath(index, 'expiry')} onChange={(t) => set(index, 'expiry', t)} />;
});

/** Cross, or isolated with the collateral set aside for it. */
export const MarginCell = memo(function MarginCell({ index, position }: CellProps) {
  const setMode = useApp((s) => s.setPositionMargin);
  const setCollateral = useApp((s) => s.setPositionCollateral);
  const margin = position.margin;
  return (
    <div className="stack">
      <select className="select" aria-label={`Margin mode of ${position.id}`} value={margin?.mode ?? 'cross'} onChange={(e) => setMode(index, e.target.value === 'isolated' ? 'isolated' : 'cross')}>
        <option value="cross">cross</option>
        <option value="isolated">isolated</option>
      </select>
      {margin?.mode === 'isolated' ? (
        <TextField
          label={`Isolated collateral of ${position.id}`}
          placeholder="collateral"
          value={margin.collateral}
          path={positionPath(index, 'margin', 'collateral')}
          numeric
          onChange={(t) => setCollateral(index, t)}
        />
      ) : null}
    </div>
  );
});

export const ActionsCell = memo(function ActionsCell({ index, position }: CellProps) {
  const duplicate = useApp((s) => s.duplicatePosition);
  const remove = useApp((s) => s.deletePosition);
  return (
    <div className="row-actions">
      <button type="button" className="button button--quiet" onClick={() => duplicate(index)} aria-label={`Duplicate ${position.id}`}>
        Duplicate
      </button>
      <button type="button" className="button button--quiet" onClick={() => remove(index)} aria-label={`Delete ${position.id}`}>
        Delete
      </button>
    </div>
  );
});
