// The key of a chart, in HTML beside the SVG (Save PNG draws the same items onto the picture).
import type { CSSProperties } from 'react';
import type { LegendItem } from './types';

function swatchStyle(item: LegendItem): CSSProperties {
  switch (item.shape) {
    case 'line':
      return { height: 0, borderTop: `3px solid ${item.color}`, borderRadius: 0 };
    case 'dashed':
      return { height: 0, borderTop: `3px dashed ${item.color}`, borderRadius: 0 };
    case 'dot':
      return { background: item.color, borderRadius: '50%' };
    case 'square':
      return { background: item.color };
  }
}

export function ChartLegend({ items }: { items: LegendItem[] }) {
  if (items.length === 0) return null;
  // Hidden from screen readers: the data table names every series already.
  return (
    <ul className="chart-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.label}>
          <span className="chart-swatch" style={swatchStyle(item)} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
