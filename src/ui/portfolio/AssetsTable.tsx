import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/app-store';
import { selectIsLending } from '../../state/selectors';
import { EditableTable } from '../common/EditableTable';
import { Section } from '../common/Section';
import { AddAssetForm } from './AddAssetForm';
import { AssetRow, type OverrideColumn } from './AssetRow';
import { useRowWindow, WHOLE_LIST } from './useRowWindow';
import { WindowSpace } from './WindowSpace';
import './assets.css';

/** A row's height before it is measured (one line of inputs). */
const ROW_ESTIMATE = 41;

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
  // A book on 100 assets put 2,300 elements here and re-rendered every row at each report: long
  // lists scroll in a box and render the rows in view (as the positions table does).
  const box = useRef<HTMLDivElement>(null);
  const visible = useRowWindow(list.join('\n'), ROW_ESTIMATE, box, WHOLE_LIST);
  const windowed = visible.end - visible.start < list.length;
  const columnCount = 7 + overrideColumns.length;
  return (
    <Section title="Assets" testId="assets">
      <EditableTable
        scrollRef={box}
        scrollClassName="assets-scroll"
        rowCount={windowed ? list.length + 1 : undefined}
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
        {visible.before > 0 ? <WindowSpace height={visible.before} columns={columnCount} /> : null}
        {list.slice(visible.start, visible.end).map((symbol, i) => (
          <AssetRow
            key={symbol}
            symbol={symbol}
            overrideColumns={overrideColumns}
            measure={visible.measure}
            rowIndex={windowed ? visible.start + i + 2 : undefined}
          />
        ))}
        {visible.after > 0 ? <WindowSpace height={visible.after} columns={columnCount} /> : null}
      </EditableTable>
      <p className="muted small">Rates are fractions: 0.05 is 5 %. A blank override uses the rule set’s value.</p>
      <AddAssetForm />
    </Section>
  );
}
