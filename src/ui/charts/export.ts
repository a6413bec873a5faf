// Saving a chart: its data as CSV and its picture as PNG, downloaded through an <a download>.
import { buildCsv, type CsvTable } from './csv';
import { svgsToPng, rowsToPng, type PngOptions, type TextRow } from './png';
import type { LegendItem } from './types';

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(table: CsvTable, fileName: string): void {
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (names, "—").
  downloadBlob(new Blob(['\uFEFF', buildCsv(table)], { type: 'text/csv;charset=utf-8' }), fileName);
}

/**
 * A CSS colour as a canvas can draw it, resolved against `element`'s theme: the tokens are written
 * as light-dark(…), whose text getPropertyValue() would return unresolved, so a hidden probe takes
 * the colour and the computed style gives it back as rgb().
 */
function resolvedColor(element: Element, color: string): string {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  probe.style.color = color;
  element.appendChild(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved;
}

/** Colours and font for the picture, read from the chart's own CSS so the PNG matches the theme. */
export function pngOptions(element: Element, title: string, legend: LegendItem[] = []): PngOptions {
  return {
    title,
    legend: legend.map((item) => ({ ...item, color: resolvedColor(element, item.color) })),
    background: resolvedColor(element, 'var(--ml-chart-surface, #ffffff)'),
    textColor: resolvedColor(element, 'var(--ml-chart-text, #111827)'),
    fontFamily: getComputedStyle(element).fontFamily || 'sans-serif',
  };
}

/** The chart's root SVGs (one per small chart), not the icons inside legends or buttons. */
function chartSvgs(container: Element): SVGSVGElement[] {
  // Recharts' surfaces, and the charts drawn as plain SVG (the liquidation ladder).
  return Array.from(container.querySelectorAll<SVGSVGElement>('.recharts-wrapper > svg, svg.chart__plain-svg'));
}

export async function downloadChartPng(container: Element, title: string, legend: LegendItem[], fileName: string): Promise<void> {
  const svgs = chartSvgs(container);
  if (svgs.length === 0) throw new Error('the chart has not been drawn yet');
  downloadBlob(await svgsToPng(svgs, pngOptions(container, title, legend)), fileName);
}

export async function downloadRowsPng(container: Element, title: string, rows: TextRow[], fileName: string): Promise<void> {
  downloadBlob(await rowsToPng(rows, pngOptions(container, title)), fileName);
}
