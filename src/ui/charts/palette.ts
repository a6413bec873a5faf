// Chart colours are CSS custom properties (tokens.css), so the theme switch needs no re-render.
// SVG presentation attributes accept var() in every current browser.

const SERIES_COUNT = 8;

/** The colour of the i-th asset series; the joint move has its own. */
export function seriesColor(index: number): string {
  return `var(--ml-chart-series-${(index % SERIES_COUNT) + 1})`;
}

export const COLOR = {
  joint: 'var(--ml-chart-joint)',
  liquidation: 'var(--ml-chart-liquidation)',
  danger: 'var(--ml-chart-danger)',
  caution: 'var(--ml-chart-caution)',
  healthy: 'var(--ml-chart-healthy)',
  today: 'var(--ml-chart-today)',
  position: 'var(--ml-chart-position)',
  baseline: 'var(--ml-chart-baseline)',
  surface: 'var(--ml-chart-surface)',
  text: 'var(--ml-chart-text)',
  muted: 'var(--ml-chart-muted)',
  grid: 'var(--ml-chart-grid)',
  bar: 'var(--ml-chart-bar)',
} as const;
