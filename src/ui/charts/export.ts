// Saving a chart: its data as CSV and its picture as PNG, downloaded through an <a download>.
import { buildCsv, type CsvTable } from './csv';
import { cssVariableOf } from './palette';
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

/** Colours and font for the picture, read from the chart's own CSS so the PNG matches the theme. */
function pngOptions(element: Element, title: string, legend: LegendItem[] = []): PngOptions {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const resolve = (color: string) => {
    const variable = cssVariableOf(color);
    return variable ? read(variable, '#6b7280') : color;
  };
  return {
    title,
    legend: legend.map((item) => ({ ...item, color: resolve(item.color) })),
    background: read('--ml-chart-surface', '#ffffff'),
    textColor: read('--ml-chart-text', '#111827'),
    fontFamily: style.fontFamily || 'sans-serif',
  };
}

/** The chart's root SVGs (one per small chart), not the icons inside legends or buttons. */
export function chartSvgs(container: Element): SVGSVGElement[] {
  return Array.from(container.querySelectorAll<SVGSVGElement>('.recharts-wrapper > svg'));
}

export async function downloadChartPng(container: Element, title: string, legend: LegendItem[], fileName: string): Promise<void> {
  const svgs = chartSvgs(container);
  if (svgs.length === 0) throw new Error('the chart has not been drawn yet');
  downloadBlob(await svgsToPng(svgs, pngOptions(container, title, legend)), fileName);
}

export async function downloadRowsPng(container: Element, title: string, rows: TextRow[], fileName: string): Promise<void> {
  downloadBlob(await rowsToPng(rows, pngOptions(container, title)), fileName);
}
