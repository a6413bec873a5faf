// The numbers of a chart as a table that only screen readers see.
import type { TextTable } from './text-table';

export function DataTable({ table, id }: { table: TextTable; id: string }) {
  // Hidden by a block around it, not on the table: a table keeps the height of its rows whatever
  // height it is given, and a tall one (a 1,000-position book's liquidation ladder) ran 1,000 px
  // past the page's footer as blank space to scroll through.
  return (
    <div className="visually-hidden">
      <table id={id}>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={`${r}-${row[0] ?? ''}`}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={c}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
