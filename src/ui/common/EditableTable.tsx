import type { ReactNode, RefObject } from 'react';

interface EditableTableProps {
  head: ReactNode;
  children: ReactNode;
  /** The scrolling box, for a table whose rows are windowed inside it. */
  scrollRef?: RefObject<HTMLDivElement | null>;
  /** Classes beside `table-scroll` on the box (a long table's height limit). */
  scrollClassName?: string;
  /** All rows with the header, when only some are in the page (aria-rowcount). */
  rowCount?: number;
}

/**
 * A table of editable rows, one a symbol or a position: it scrolls sideways on a narrow screen, and
 * its last column, named for screen readers only, holds each row's buttons.
 */
export function EditableTable({ head, children, scrollRef, scrollClassName, rowCount }: EditableTableProps) {
  return (
    <div className={scrollClassName ? `table-scroll ${scrollClassName}` : 'table-scroll'} ref={scrollRef}>
      <table className="grid" aria-rowcount={rowCount}>
        <thead>
          <tr aria-rowindex={rowCount === undefined ? undefined : 1}>
            {head}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
