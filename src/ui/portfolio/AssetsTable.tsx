import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/app-store';
import { selectIsLending } from '../../state/selectors';
import { EditableTable } from '../common/EditableTable';
import { Section } from '../common/Section';
import { AddAssetForm } from './AddAssetForm';
import { AssetRow, type OverrideColumn } from './AssetRow';

// The rule parameters worth overriding under each kind of rule set, as the file names them.
const EXCHANGE_OVERRIDES: readonly OverrideColumn[] = [
  { field: 'initialRate', label: 'Initial rate' },
  { field: 'haircut', label: 'Haircut' },
];
const LENDING_OVERRIDES: readonly OverrideColumn[] = [
  { field: 'liquidationThreshold', label: 'Liq. threshold' },
  { field: 'maxLtv', label: 'Max LTV' },
  { field: 'liquidationBonus', label: 'Liq. bonus' },
];

export function AssetsTable() {
  // useShallow: the list re-renders when assets come or go, not on a price edit.
  const list = useApp(useShallow((s) => Object.keys(s.draft.assets)));
  const lending = useApp(selectIsLending);
  const quote = useApp((s) => s.draft.quote);
  const overrideColumns = lending ? LENDING_OVERRIDES : EXCHANGE_OVERRIDES;
  return (
    <Section title="Assets" testId="assets">
      <EditableTable
        head={
          <>
            <th scope="col">Asset</th>
            <th scope="col">Price ({quote})</th>
            <th scope="col">Volatility</th>
            <th scope="col">Stable</th>
            {overrideColumns.map((c) => (
              <th scope="col" key={c.field}>
                {c.label}
              </th>
            ))}
            <th scope="col" className="number">
              Net delta
            </th>
            <th scope="col" className="number">
              Collateral ({quote})
            </th>
          </>
        }
      >
        {list.map((symbol) => (
          <AssetRow key={symbol} symbol={symbol} overrideColumns={overrideColumns} />
        ))}
      </EditableTable>
      <p className="muted small">Rates are fractions: 0.05 is 5 %. A blank override uses the rule set’s value.</p>
      <AddAssetForm />
    </Section>
  );
}
