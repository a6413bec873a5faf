// The one table shape of the side panels: a figure per row, its value in one column and, when
// there is one, its value after (a what-if, a previewed trade, a top-up) in the next.

export interface FigureRow {
  key: string;
  label: string;
  first: string;
  /** Omitted (or the table's `second` heading null): one column only. */
  second?: string;
  /** data-testid of the row; its cells get `${testId}-${cellSuffix}` when the table names suffixes. */
  testId?: string;
  /** Words rather than one figure ("ETH −7.87%, 2.3 daily σ"): may wrap, so a narrow panel keeps both columns. */
  words?: boolean;
}

interface FiguresTableProps {
  /** For screen readers: what the table compares. */
  caption: string;
  /** Column headings: "Before" / "After", "Now" / "What-if"; a null second heading hides that column. */
  headings: readonly [string, string | null];
  rows: readonly FigureRow[];
  /** Cell test ids, as `${row.testId}-${suffix}` ("whatif-health-now"). */
  cellSuffixes?: readonly [string, string];
  /** "→ " before the second value: the change reads as one (visual only). */
  arrow?: boolean;
  testId?: string;
}

export function FiguresTable({ caption, headings, rows, cellSuffixes, arrow = false, testId }: FiguresTableProps) {
  const [firstHeading, secondHeading] = headings;
  const cellId = (row: FigureRow, i: 0 | 1) => (cellSuffixes && row.testId ? `${row.testId}-${cellSuffixes[i]}` : undefined);
  return (
    <table className="grid grid--compact" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col" className="number">
            {firstHeading}
          </th>
          {secondHeading !== null ? (
            <th scope="col" className="number">
              {secondHeading}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-testid={cellSuffixes ? undefined : row.testId}>
            <th scope="row">{row.label}</th>
            <td className={row.words ? 'number figures__words' : 'number'} data-testid={cellId(row, 0)}>
              {row.first}
            </td>
            {secondHeading !== null ? (
              <td className={row.words ? 'number figures__words' : 'number'} data-testid={cellId(row, 1)}>
                {arrow && row.second !== undefined ? <span aria-hidden="true">→ </span> : null}
                {row.second ?? ''}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
