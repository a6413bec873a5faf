import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTable, type SortingState } from '@tanstack/react-table';
import { appStore, useApp } from '../../state/app-store';
import type { PositionType } from '../../state/draft';
import { Section } from '../common/Section';
import { useShownValue } from '../common/useShownValue';
import { AddPositionForm } from './AddPositionForm';
import { NUMERIC_COLUMNS, positionColumns, positionFeatures } from './position-columns';
import { DetailsContext, type DetailsState } from './details-context';
import { modelPremium, positionRows, type RowCache } from './position-row';
import { PositionTableRow } from './PositionTableRow';
import { useRowWindow } from './useRowWindow';
import './positions.css';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
/** A row's height before it is measured (one line of figures and an input). */
const ROW_ESTIMATE = 45;

export function PositionsTable() {
  const positions = useApp((s) => s.draft.positions);
  const report = useShownValue(useApp((s) => s.main.report));
  const setPositionText = useApp((s) => s.setPositionText);
  const setPositionType = useApp((s) => s.setPositionType);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [open, setOpen] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const detailsId = useId();

  // One cache per report: rows of positions an edit did not touch are reused as they are.
  const cache = useMemo<RowCache>(() => (void report, new WeakMap()), [report]);
  const data = useMemo(() => positionRows({ positions }, report, cache), [positions, report, cache]);

  // A new option's premium starts at its model value, once the engine has valued it: a trade at
  // fair value has no PnL, where a premium of 0 would show the whole value as profit.
  const awaitingPremium = useRef(new Set<string>());
  const onAdded = useCallback((id: string, type: PositionType) => {
    if (type === 'option') awaitingPremium.current.add(id);
  }, []);
  // Reads the book when called, not from this render: one function for every edit, so rows stay memoised.
  const onTypeChange = useCallback(
    (index: number, type: PositionType) => {
      const position = appStore.getState().draft.positions[index];
      if (position && type === 'option' && position.type !== 'option') awaitingPremium.current.add(position.id);
      setPositionType(index, type);
    },
    [setPositionType],
  );
  useEffect(() => {
    for (const id of awaitingPremium.current) {
      const row = data.find((r) => r.position.id === id);
      if (!row || row.position.type !== 'option') {
        awaitingPremium.current.delete(id);
        continue;
      }
      if (row.result?.type !== 'option') continue;
      awaitingPremium.current.delete(id);
      const premium = modelPremium(row.result);
      // Only a premium the user has not typed yet.
      if (premium !== null && row.position.premium === '0') setPositionText(row.index, 'premium', premium);
    }
  }, [data, setPositionText]);

  const table = useTable(
    { features: positionFeatures, columns: positionColumns, data, getRowId: (row) => String(row.index), state: { sorting }, onSortingChange: setSorting },
    (state) => ({ sorting: state.sorting }),
  );
  const rows = table.getRowModel().rows;
  const visible = useRowWindow(rows.map((r) => r.id).join('\n'), ROW_ESTIMATE, box);
  const columnCount = positionColumns.length;
  const toggle = useCallback((rowId: string) => setOpen((current) => (current === rowId ? null : rowId)), []);
  const details = useMemo<DetailsState>(() => ({ open, toggle, detailsId }), [open, toggle, detailsId]);
  const shown = rows.slice(visible.start, visible.end);

  return (
    <Section title="Positions" testId="positions">
      <DetailsContext value={details}>
        <div className="table-scroll positions-scroll" ref={box} data-testid="positions-scroll">
          <table className="grid grid--positions" aria-rowcount={rows.length + 1}>
            <colgroup>
              {positionColumns.map((c) => (
                <col key={c.id} className={`col-${c.id}`} />
              ))}
            </colgroup>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id} aria-rowindex={1}>
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    return (
                      <th key={header.id} scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : undefined} className={NUMERIC_COLUMNS.has(header.column.id) ? 'number' : undefined}>
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                        </button>
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {visible.before > 0 ? <tr aria-hidden="true" className="window-space" style={{ height: visible.before }} /> : null}
              {shown.map((row, i) => (
                <PositionTableRow
                  key={row.id}
                  row={row}
                  ariaRowIndex={visible.start + i + 2}
                  isOpen={open === row.id}
                  detailsId={detailsId}
                  columnCount={columnCount}
                  measure={visible.measure}
                  onTypeChange={onTypeChange}
                />
              ))}
              {visible.after > 0 ? <tr aria-hidden="true" className="window-space" style={{ height: visible.after }} /> : null}
            </tbody>
          </table>
        </div>
      </DetailsContext>
      {positions.length === 0 ? <p className="muted">No positions yet: add one below.</p> : null}
      <AddPositionForm onAdded={onAdded} />
    </Section>
  );
}
