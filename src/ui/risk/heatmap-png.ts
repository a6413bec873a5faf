// "Save PNG" for the heatmaps, which are plain SVG (not Recharts): the same picture as every other
// chart (title, legend, the theme's colours read from CSS) through the shared png.ts.
import { downloadBlob, pngOptions } from '../charts/export';
import { svgsToPng } from '../charts/png';
import type { LegendItem } from '../charts/types';

/** The heatmap SVGs inside a chart frame, in page order. */
function heatmapSvgs(container: Element): SVGSVGElement[] {
  return Array.from(container.querySelectorAll<SVGSVGElement>('svg.heatmap__svg'));
}

export async function downloadHeatmapPng(container: Element, title: string, legend: LegendItem[], fileName: string): Promise<void> {
  const svgs = heatmapSvgs(container);
  if (svgs.length === 0) throw new Error('the heatmap has not been drawn yet');
  const blob = await svgsToPng(svgs, pngOptions(container, title, legend));
  downloadBlob(blob, fileName);
}
