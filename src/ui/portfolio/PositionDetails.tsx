import type { ReactNode } from 'react';
import { useApp } from '../../state/app-store';
import type { PositionType } from '../../state/draft';
import { positionPath } from '../../state/paths';
import { formatDate, formatExact, formatMoney, formatQuantity, formatRatio, MISSING } from '../common/format';
import { TextField } from '../common/TextField';
import type { PositionRow } from './position-row';

// What a position's row opens: every field of it, each with its label in view, its greeks and the
// engine's warnings. One row opens at a time, so the book has one asset picker whatever its size.

const TYPES: readonly PositionType[] = ['perpetual', 'future', 'option'];

function Labelled({ label, children, hint, wide = false }: { label: string; children: ReactNode; hint?: string; wide?: boolean }) {
  return (
    <div className={wide ? 'detail detail--wide' : 'detail'}>
      <span className="detail__label" aria-hidden="true">
        {label}
      </span>
      {children}
      {hint ? <span className="detail__hint">{hint}</span> : null}
    </div>
  );
}

function Figure({ label, value, exact }: { label: string; value: string; exact?: string }) {
  return (
    <div className="detail">
      <span className="detail__label">{label}</span>
      <span className="number" title={exact}>
        {value}
      </span>
    </div>
  );
}

function AssetPicker({ index, id, asset }: { index: number; id: string; asset: string }) {
  const symbols = useApp((s) => Object.keys(s.draft.assets).join('\n'));
  const set = useApp((s) => s.setPositionText);
  const list = symbols === '' ? [] : symbols.split('\n');
  const options = list.includes(asset) ? list : [asset, ...list];
  return (
    <select className="select" aria-label={`Asset of ${id}`} value={asset} onChange={(e) => set(index, 'asset', e.target.value)}>
      {options.map((s) => (
        <option key={s} value={s}>
          {s}
        </option>
      ))}
    </select>
  );
}

export function PositionDetails({ row, onTypeChange }: { row: PositionRow; onTypeChange: (index: number, type: PositionType) => void }) {
  const { index, position, result } = row;
  const id = position.id;
  const set = useApp((s) => s.setPositionText);
  const setRight = useApp((s) => s.setPositionRight);
  const setMode = useApp((s) => s.setPositionMargin);
  const setCollateral = useApp((s) => s.setPositionCollateral);
  const duplicate = useApp((s) => s.duplicatePosition);
  const remove = useApp((s) => s.deletePosition);
  const margin = position.margin;
  const field = (name: 'entryPrice' | 'strike' | 'premium' | 'volatility' | 'expiry', label: string, numeric = true) => (
    <TextField label={`${label} of ${id}`} value={position[name] ?? ''} path={positionPath(index, name)} numeric={numeric} onChange={(t) => set(index, name, t)} />
  );
  return (
    <div className="position-details" role="group" aria-label={`Details of ${id}`}>
      <div className="position-details__fields">
        <Labelled label="Id" wide>
          <TextField label={`Id of position ${index + 1}`} value={id} path={positionPath(index, 'id')} onChange={(t) => set(index, 'id', t)} />
        </Labelled>
        <Labelled label="Type">
          <select className="select" aria-label={`Type of ${id}`} value={position.type} onChange={(e) => onTypeChange(index, e.target.value as PositionType)}>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled label="Asset">
          <AssetPicker index={index} id={id} asset={position.asset} />
        </Labelled>
        {position.type === 'option' ? (
          <>
            <Labelled label="Call or put">
              <select className="select" aria-label={`Call or put: ${id}`} value={position.right ?? 'call'} onChange={(e) => setRight(index, e.target.value === 'put' ? 'put' : 'call')}>
                <option value="call">call</option>
                <option value="put">put</option>
              </select>
            </Labelled>
            <Labelled label="Strike">{field('strike', 'Strike')}</Labelled>
            <Labelled label="Premium per unit">{field('premium', 'Premium per unit')}</Labelled>
            <Labelled label="Volatility" hint="blank: the asset’s; 0.6 is 60 %">
              {field('volatility', 'Volatility')}
            </Labelled>
          </>
        ) : (
          <Labelled label="Entry price">{field('entryPrice', 'Entry price')}</Labelled>
        )}
        {position.type !== 'perpetual' ? (
          <Labelled label="Expiry" hint={formatDate(position.expiry)} wide>
            {field('expiry', 'Expiry', false)}
          </Labelled>
        ) : null}
        <Labelled label="Margin mode">
          <select className="select" aria-label={`Margin mode of ${id}`} value={margin?.mode ?? 'cross'} onChange={(e) => setMode(index, e.target.value === 'isolated' ? 'isolated' : 'cross')}>
            <option value="cross">cross</option>
            <option value="isolated">isolated</option>
          </select>
        </Labelled>
        {margin?.mode === 'isolated' ? (
          <Labelled label="Isolated collateral">
            <TextField label={`Isolated collateral of ${id}`} value={margin.collateral} path={positionPath(index, 'margin', 'collateral')} numeric onChange={(t) => setCollateral(index, t)} />
          </Labelled>
        ) : null}
      </div>
      <div className="position-details__figures">
        <Figure label="Delta" value={formatQuantity(result?.delta)} exact={formatExact(result?.delta)} />
        <Figure label="Gamma" value={formatQuantity(result?.gamma)} exact={formatExact(result?.gamma)} />
        <Figure label="Vega (per vol point)" value={formatQuantity(result?.vega)} exact={formatExact(result?.vega)} />
        <Figure label="Theta (per day)" value={formatQuantity(result?.theta)} exact={formatExact(result?.theta)} />
        {result?.marginMode === 'isolated' ? (
          <>
            <Figure label="Margin balance" value={formatMoney(result.marginBalance)} />
            <Figure label="Margin balance ÷ maintenance (1 = liquidation)" value={result.healthFactor === null ? MISSING : formatRatio(result.healthFactor)} />
          </>
        ) : null}
      </div>
      {row.warnings.length > 0 ? (
        <ul className="position-details__warnings" aria-label={`Warnings for ${id}`}>
          {row.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      <div className="row-actions">
        <button type="button" className="button button--quiet" onClick={() => duplicate(index)} aria-label={`Duplicate ${id}`}>
          Duplicate
        </button>
        <button type="button" className="button button--quiet" onClick={() => remove(index)} aria-label={`Delete ${id}`}>
          Delete
        </button>
      </div>
    </div>
  );
}
