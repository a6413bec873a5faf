import { useApp } from '../../state/app-store';
import type { DraftPosition, PositionType } from '../../state/draft';
import { positionPath } from '../../state/paths';
import type { AppState } from '../../state/store';
import { TextField } from '../common/TextField';

const previewErrors = (s: AppState) => s.preview.errors;

/** The previewed trade's terms; messages come from the preview's own evaluation. */
export function PreviewForm({ trade }: { trade: DraftPosition }) {
  // The trade is evaluated as the book's last position: that is the path of its messages.
  const index = useApp((s) => s.draft.positions.length);
  const symbols = useApp((s) => Object.keys(s.draft.assets).join('\n'));
  const update = useApp((s) => s.updatePreview);
  const setType = useApp((s) => s.setPreviewType);
  const list = symbols === '' ? [] : symbols.split('\n');
  const field = (name: 'quantity' | 'entryPrice' | 'strike' | 'premium' | 'expiry', label: string, numeric = true) => (
    <label className="form-row">
      <span>{label}</span>
      <TextField label={`${label} of the previewed trade`} value={trade[name] ?? ''} path={positionPath(index, name)} numeric={numeric} errors={previewErrors} onChange={(t) => update({ [name]: t })} />
    </label>
  );
  return (
    <div className="preview-form">
      <label className="form-row">
        <span>Type</span>
        <select className="select" value={trade.type} onChange={(e) => setType(e.target.value as PositionType)} aria-label="Type of the previewed trade">
          <option value="perpetual">perpetual</option>
          <option value="future">future</option>
          <option value="option">option</option>
        </select>
      </label>
      <label className="form-row">
        <span>Asset</span>
        <select className="select" value={trade.asset} onChange={(e) => update({ asset: e.target.value })} aria-label="Asset of the previewed trade">
          {list.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {field('quantity', 'Quantity (negative: short)')}
      {trade.type === 'option' ? (
        <>
          <label className="form-row">
            <span>Right</span>
            <select className="select" value={trade.right ?? 'call'} onChange={(e) => update({ right: e.target.value === 'put' ? 'put' : 'call' })} aria-label="Call or put: the previewed trade">
              <option value="call">call</option>
              <option value="put">put</option>
            </select>
          </label>
          {field('strike', 'Strike')}
          {field('premium', 'Premium per unit')}
        </>
      ) : (
        field('entryPrice', 'Entry price')
      )}
      {trade.type !== 'perpetual' ? field('expiry', 'Expiry', false) : null}
      <label className="form-row">
        <span>Margin</span>
        <select
          className="select"
          aria-label="Margin mode of the previewed trade"
          value={trade.margin?.mode ?? 'cross'}
          onChange={(e) => update({ margin: e.target.value === 'isolated' ? { mode: 'isolated', collateral: trade.margin?.mode === 'isolated' ? trade.margin.collateral : '0' } : { mode: 'cross' } })}
        >
          <option value="cross">cross</option>
          <option value="isolated">isolated</option>
        </select>
      </label>
      {trade.margin?.mode === 'isolated' ? (
        <label className="form-row">
          <span>Collateral</span>
          <TextField
            label="Isolated collateral of the previewed trade"
            value={trade.margin.collateral}
            path={positionPath(index, 'margin', 'collateral')}
            numeric
            errors={previewErrors}
            onChange={(t) => update({ margin: { mode: 'isolated', collateral: t } })}
          />
        </label>
      ) : null}
    </div>
  );
}
