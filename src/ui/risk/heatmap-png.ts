// "Save PNG" for the heatmaps, which are plain SVG (not Recharts): the same picture as every other
// chart (title, legend, the theme's colours read from CSS) through the shared png.ts.
import { downloadBlob } from '../charts/export';
import { cssVariableOf } from '../charts/palette';
import { svgsToPng } from '../charts/png';
import type { LegendItem } from '../charts/types';

/** The heatmap SVGs inside a chart frame, in page order. */
export function heatmapSvgs(container: Element): SVGSVGElement[] {
  return Array.from(container.querySelectorAll<SVGSVGElement>('svg.ml-heatmap-svg'));
}

export async function downloadHeatmapPng(container: Element, title: string, legend: LegendItem[], fileName: string): Promise<void> {
  const svgs = heatmapSvgs(container);
  if (svgs.length === 0) throw new Error('the heatmap has not been drawn yet');
  const style = getComputedStyle(container);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const resolve = (color: string) => {
    const variable = cssVariableOf(color);
    return variable ? read(variable, '#6b7280') : color;
  };
  const blob = await svgsToPng(svgs, {
    title,
    legend: legend.map((item) => ({ ...item, color: resolve(item.color) })),
    background: read('--ml-chart-surface', '#ffffff'),
    textColor: read('--ml-chart-text', '#111827'),
    fontFamily: style.fontFamily || 'sans-serif',
  });
  downloadBlob(blob, fileName);
}
