// The tooltip box every chart uses: a title and label/value rows with exact values.

export interface TooltipRow {
  label: string;
  value: string;
  color?: string;
}

export function ChartTooltip({ title, rows }: { title: string; rows: TooltipRow[] }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{title}</p>
      <dl className="chart-tooltip__rows">
        {rows.map((row) => (
          <div key={row.label} style={{ display: 'contents' }}>
            <dt>
              {row.color ? <span className="chart-swatch" style={{ background: row.color }} /> : null}
              {row.label}
            </dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
