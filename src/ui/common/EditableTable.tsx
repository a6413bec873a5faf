import type { ReactNode } from 'react';

/**
 * A table of editable rows, one a symbol or a position: it scrolls sideways on a narrow screen, and
 * its last column, named for screen readers only, holds each row's buttons.
 */
export function EditableTable({ head, children }: { head: ReactNode; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table className="grid">
        <thead>
          <tr>
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
