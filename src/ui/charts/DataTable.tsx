// The numbers of a chart as a table that only screen readers see.
import type { TextTable } from './text-table';

export function DataTable({ table, id }: { table: TextTable; id: string }) {
  return (
    <table className="visually-hidden" id={id}>
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
  );
}
