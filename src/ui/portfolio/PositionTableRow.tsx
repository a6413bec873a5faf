import { memo } from 'react';
import { FlexRender, type Row } from '@tanstack/react-table';
import type { PositionType } from '../../state/draft';
import type { positionFeatures } from './position-columns';
import { PositionDetails } from './PositionDetails';
import type { PositionRow } from './position-row';

// One position's row of the table, and its details row when open. Memoised on the row's data: a
// keystroke in one row, or the table re-rendering for a report it does not show yet, re-renders
// that row alone. Each pass over the 40 rows of the largest example re-ran 900 cell renderers.

interface PositionTableRowProps {
  row: Row<typeof positionFeatures, PositionRow>;
  /** The row's place for screen readers, with the header row as 1. */
  ariaRowIndex: number;
  isOpen: boolean;
  /** The details row's id, for the disclosure button's aria-controls. */
  detailsId: string;
  columnCount: number;
  measure: (element: HTMLElement | null) => (() => void) | undefined;
  onTypeChange: (index: number, type: PositionType) => void;
}

/** The table rebuilds its Row objects whenever its data changes; what a row shows is its original and its id. */
function sameRow(a: PositionTableRowProps, b: PositionTableRowProps): boolean {
  return (
    a.row.original === b.row.original &&
    a.row.id === b.row.id &&
    a.ariaRowIndex === b.ariaRowIndex &&
    a.isOpen === b.isOpen &&
    a.detailsId === b.detailsId &&
    a.columnCount === b.columnCount &&
    a.measure === b.measure &&
    a.onTypeChange === b.onTypeChange
  );
}

export const PositionTableRow = memo(function PositionTableRow({ row, ariaRowIndex, isOpen, detailsId, columnCount, measure, onTypeChange }: PositionTableRowProps) {
  const id = row.original.position.id;
  return (
    <>
      <tr
        data-testid="position-row"
        data-position-id={id}
        data-window-part={`${row.id}:row`}
        ref={measure}
        aria-rowindex={ariaRowIndex}
        className={isOpen ? 'position-row position-row--open' : 'position-row'}
      >
        {row.getAllCells().map((cell) => (
          <td key={cell.id} data-column={cell.column.id}>
            <FlexRender cell={cell} />
          </td>
        ))}
      </tr>
      {isOpen ? (
        <tr className="position-details-row" data-window-part={`${row.id}:details`} ref={measure} id={detailsId}>
          <td colSpan={columnCount}>
            <PositionDetails row={row.original} onTypeChange={onTypeChange} />
          </td>
        </tr>
      ) : null}
    </>
  );
}, sameRow);
