import type { Report } from '../../engine';

/** Every chart draws one report; a baseline (the book before a what-if or trade preview) shows the change. */
export interface ChartProps {
  report: Report;
  baseline?: Report;
}

export interface LegendItem {
  label: string;
  /** A CSS colour, usually var(--ml-chart-…). */
  color: string;
  shape: 'line' | 'dashed' | 'dot' | 'square';
}
