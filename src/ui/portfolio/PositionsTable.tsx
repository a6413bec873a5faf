import { useDeferredValue, useMemo, useState } from 'react';
import { useTable, type SortingState } from '@tanstack/react-table';
import { appStore, useApp } from '../../state/app-store';
import { newPosition } from '../../state/defaults';
import type { PositionType } from '../../state/draft';
import { resultFor } from '../../state/selectors';
import { Section } from '../common/Section';
import { useSettledValue } from '../common/useSettledValue';
import { positionColumns, positionFeatures } from './position-columns';
import type { PositionRow } from './position-row';

const ADDABLE: readonly { type: PositionType; label: string }[] = [
  { type: 'perpetual', label: 'Add perpetual' },
  { type: 'future', label: 'Add future' },
  { type: 'option', label: 'Add option' },
];

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export function PositionsTable() {
  const positions = useApp((s) => s.draft.positions);
  // A new report re-renders the table in the background (deferred), and not at all while a what-if
  // slider is held: forty rows of figures repainted at every step of a drag would make it stutter.
  const held = useApp((s) => s.sliderHeld);
  const report = useDeferredValue(useSettledValue(useApp((s) => s.main.report), 0, held));
  const addPosition = useApp((s) => s.addPosition);
  const [sorting, setSorting] = useState<SortingState>([]);

  const data = useMemo<PositionRow[]>(
    () =>
      positions.map((position, index) => ({
        index,
        position,
        result: resultFor(report?.account.positions, position, index),
        accountLiquidation: report?.account.liquidationPrices[position.asset] ?? null,
      })),
    [positions, report],
  );

  const table = useTable(
    { features: positionFeatures, columns: positionColumns, data, getRowId: (row) => String(row.index), state: { sorting }, onSortingChange: setSorting },
    (state) => ({ sorting: state.sorting }),
  );

  const add = (type: PositionType) => addPosition(newPosition(appStore.getState().draft, type));

  return (
    <Section title="Positions" testId="positions">
      <div className="table-scroll">
        <table className="grid grid--positions">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  return (
                    <th key={header.id} scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : undefined}>
                      {header.isPlaceholder ? null : canSort ? (
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} data-testid="position-row" data-position-id={row.original.position.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} data-column={cell.column.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {positions.length === 0 ? <p className="muted">No positions yet: add one below.</p> : null}
      <div className="inline-form">
        {ADDABLE.map((a) => (
          <button key={a.type} type="button" className="button" onClick={() => add(a.type)}>
            {a.label}
          </button>
        ))}
      </div>
    </Section>
  );
}
