// The tooltip box every chart uses: a title and label/value rows with exact values.

export interface TooltipRow {
  label: string;
  value: string;
  color?: string;
}

export function ChartTooltip({ title, rows }: { title: string; rows: TooltipRow[] }) {
  return (
    <div className="ml-chart-tooltip">
      <p className="ml-chart-tooltip-title">{title}</p>
      <dl className="ml-chart-tooltip-rows">
        {rows.map((row) => (
          <div key={row.label} style={{ display: 'contents' }}>
            <dt>
              {row.color ? <span className="ml-chart-swatch" style={{ background: row.color }} /> : null}
              {row.label}
            </dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
