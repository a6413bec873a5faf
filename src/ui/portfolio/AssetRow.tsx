import { useApp } from '../../state/app-store';
import type { DraftPosition, OverrideField } from '../../state/draft';
import { assetPath, overridePath } from '../../state/paths';
import { assetResult } from '../../state/selectors';
import { formatExact, formatMoney, formatQuantity } from '../common/format';
import { TextField } from '../common/TextField';

export interface OverrideColumn {
  field: OverrideField;
  label: string;
}

// The assets positions trade, worked out once per positions list: each of a hundred rows asking
// "is my asset used?" of 2,000 positions at every keystroke would be 200,000 comparisons.
const tradedCache = new WeakMap<readonly DraftPosition[], ReadonlySet<string>>();
function tradedAssets(positions: readonly DraftPosition[]): ReadonlySet<string> {
  let traded = tradedCache.get(positions);
  if (!traded) {
    traded = new Set(positions.map((p) => p.asset));
    tradedCache.set(positions, traded);
  }
  return traded;
}

const STABLE_CHOICES = [
  { value: 'auto', label: 'auto' },
  { value: 'yes', label: 'yes' },
  { value: 'no', label: 'no' },
] as const;

/** One asset: its price, volatility, stablecoin flag and rule overrides, with the report's figures. */
export interface AssetRowProps {
  symbol: string;
  overrideColumns: readonly OverrideColumn[];
  /** A long list's window (AssetsTable): the row's place among all rows, and its measuring ref. */
  rowIndex?: number;
  measure?: (element: HTMLElement | null) => (() => void) | undefined;
}

export function AssetRow({ symbol, overrideColumns, rowIndex, measure }: AssetRowProps) {
  const asset = useApp((s) => s.draft.assets[symbol]);
  const override = useApp((s) => s.draft.overrides[symbol]);
  // The two figures the row shows, not the report's object for the asset: that object is new at
  // every report, and the row's inputs were set again each time with it.
  const delta = useApp((s) => assetResult(s.main.report, symbol)?.delta);
  const collateralValue = useApp((s) => assetResult(s.main.report, symbol)?.collateralValue);
  const usedByPositions = useApp((s) => tradedAssets(s.draft.positions).has(symbol));
  const setAssetField = useApp((s) => s.setAssetField);
  const setAssetStable = useApp((s) => s.setAssetStable);
  const setOverride = useApp((s) => s.setOverride);
  const removeAsset = useApp((s) => s.removeAsset);
  if (!asset) return null;
  const stable = asset.stable === undefined ? 'auto' : asset.stable ? 'yes' : 'no';
  return (
    <tr data-testid={`asset-${symbol}`} data-window-part={`${symbol}:row`} ref={measure} aria-rowindex={rowIndex}>
      <th scope="row">{symbol}</th>
      <td>
        <TextField label={`Price of ${symbol}`} value={asset.price} path={assetPath(symbol, 'price')} numeric onChange={(t) => setAssetField(symbol, 'price', t)} />
      </td>
      <td>
        <TextField
          label={`Volatility of ${symbol} (annual, 0.5 = 50%)`}
          value={asset.volatility}
          path={assetPath(symbol, 'volatility')}
          numeric
          onChange={(t) => setAssetField(symbol, 'volatility', t)}
        />
      </td>
      <td>
        <select
          className="select"
          aria-label={`Is ${symbol} a stablecoin`}
          value={stable}
          onChange={(e) => setAssetStable(symbol, e.target.value === 'auto' ? undefined : e.target.value === 'yes')}
        >
          {STABLE_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </td>
      {overrideColumns.map((c) => (
        <td key={c.field}>
          <TextField
            label={`${c.label} of ${symbol} (blank: the rule set's)`}
            value={override?.[c.field] ?? ''}
            placeholder="rule set"
            path={overridePath(symbol, c.field)}
            numeric
            onChange={(t) => setOverride(symbol, c.field, t)}
          />
        </td>
      ))}
      <td className="number" title={delta !== undefined ? `Net delta: ${formatExact(delta)} ${symbol}` : undefined}>
        {formatQuantity(delta)}
      </td>
      <td className="number">{formatMoney(collateralValue)}</td>
      <td>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => removeAsset(symbol)}
          disabled={usedByPositions}
          title={usedByPositions ? 'Positions trade this asset: delete them first' : undefined}
          aria-label={`Remove ${symbol}`}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
