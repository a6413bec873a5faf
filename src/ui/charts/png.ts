// Rasterising a chart for "Save PNG". The chart's colours live in CSS custom properties and class
// rules, which a serialised SVG loses once it is an image outside the document, so the resolved
// (computed) values are copied onto each cloned element first.

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface PngLegendItem {
  label: string;
  /** A resolved colour (no var()). */
  color: string;
  shape: 'line' | 'dashed' | 'dot' | 'square';
}

export interface PngOptions {
  /** Drawn above the chart. */
  title: string;
  /** Drawn under the title. */
  legend?: PngLegendItem[];
  background: string;
  textColor: string;
  fontFamily: string;
  /** Device pixels per CSS pixel; 2 gives a sharp image on most screens. */
  scale?: number;
}

export interface TextRow {
  label: string;
  value: string;
}

const PADDING = 16;
const TITLE_HEIGHT = 28;
/** Each further line of a title that wraps. */
const TITLE_LINE = 20;
const GAP = 12;

function inlineComputedStyles(original: SVGSVGElement, clone: SVGSVGElement): void {
  const sources = [original, ...Array.from(original.querySelectorAll('*'))];
  const targets = [clone, ...Array.from(clone.querySelectorAll('*'))];
  sources.forEach((source, i) => {
    const target = targets[i];
    if (!(target instanceof SVGElement)) return;
    const computed = getComputedStyle(source);
    // Through the CSSOM, not setAttribute('style', …): the page's Content-Security-Policy
    // (style-src 'self') blocks style attributes but not CSSOM writes.
    for (const property of STYLE_PROPERTIES) target.style.setProperty(property, computed.getPropertyValue(property));
  });
}

// The load event rather than HTMLImageElement.decode(), which Chromium has been seen to reject
// now and then for an SVG image that is not in the document.
function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the browser could not draw the chart as an image'));
    image.src = url;
  });
}

async function svgToImage(svg: SVGSVGElement): Promise<{ image: HTMLImageElement; width: number; height: number }> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(svg, clone);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const text = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    return { image: await loadImage(url), width, height };
  } finally {
    URL.revokeObjectURL(url);
  }
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png');
  });
}

const LEGEND_ROW = 20;
const LEGEND_SWATCH = 14;

interface PlacedLegendItem extends PngLegendItem {
  x: number;
  y: number;
}

function layoutLegend(items: PngLegendItem[], width: number, font: string): { placed: PlacedLegendItem[]; height: number } {
  if (items.length === 0) return { placed: [], height: 0 };
  const measure = document.createElement('canvas').getContext('2d');
  if (measure) measure.font = font;
  const textWidth = (text: string) => (measure ? measure.measureText(text).width : text.length * 7);
  const placed: PlacedLegendItem[] = [];
  let x = PADDING;
  let y = 0;
  for (const item of items) {
    const w = LEGEND_SWATCH + 6 + textWidth(item.label) + 16;
    if (x + w > width - PADDING && x > PADDING) {
      x = PADDING;
      y += LEGEND_ROW;
    }
    placed.push({ ...item, x, y });
    x += w;
  }
  return { placed, height: y + LEGEND_ROW + GAP };
}

function drawLegend(context: CanvasRenderingContext2D, placed: PlacedLegendItem[], top: number, textColor: string): void {
  for (const item of placed) {
    const cy = top + item.y + LEGEND_ROW / 2;
    context.fillStyle = item.color;
    context.strokeStyle = item.color;
    if (item.shape === 'dot') {
      context.beginPath();
      context.arc(item.x + LEGEND_SWATCH / 2, cy, 5, 0, 2 * Math.PI);
      context.fill();
    } else if (item.shape === 'square') {
      context.fillRect(item.x, cy - 5, LEGEND_SWATCH - 4, 10);
    } else {
      context.lineWidth = 3;
      context.setLineDash(item.shape === 'dashed' ? [4, 3] : []);
      context.beginPath();
      context.moveTo(item.x, cy);
      context.lineTo(item.x + LEGEND_SWATCH, cy);
      context.stroke();
      context.setLineDash([]);
    }
    context.fillStyle = textColor;
    context.textAlign = 'left';
    context.fillText(item.label, item.x + LEGEND_SWATCH + 6, cy);
  }
}

/**
 * The title broken into lines no wider than `width` (a word longer than that keeps a line of its
 * own): a long book name before the chart's title ran past the picture's edge.
 */
export function titleLines(title: string, width: number, textWidth: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  return line ? [...lines, line] : lines.length > 0 ? lines : [''];
}

/** A canvas with the background, the title and the legend drawn; returns where the content starts. */
function startCanvas(width: number, contentHeight: number, options: PngOptions): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D; top: number } {
  const legendFont = `12px ${options.fontFamily}`;
  const titleFont = `600 15px ${options.fontFamily}`;
  const legend = layoutLegend(options.legend ?? [], width, legendFont);
  const measure = document.createElement('canvas').getContext('2d');
  if (measure) measure.font = titleFont;
  const title = titleLines(options.title, width - 2 * PADDING, (text) => (measure ? measure.measureText(text).width : text.length * 8));
  const titleHeight = TITLE_HEIGHT + (title.length - 1) * TITLE_LINE;
  const height = PADDING * 2 + titleHeight + GAP + legend.height + contentHeight;
  const scale = options.scale ?? 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas in this browser');
  context.scale(scale, scale);
  context.fillStyle = options.background;
  context.fillRect(0, 0, width, height);
  context.fillStyle = options.textColor;
  context.font = titleFont;
  context.textBaseline = 'middle';
  title.forEach((line, i) => context.fillText(line, PADDING, PADDING + TITLE_HEIGHT / 2 + i * TITLE_LINE));
  const legendTop = PADDING + titleHeight + GAP;
  context.font = legendFont;
  drawLegend(context, legend.placed, legendTop, options.textColor);
  return { canvas, context, top: legendTop + legend.height };
}

/** The given SVGs stacked top to bottom under a title and legend, as a PNG. */
export async function svgsToPng(svgs: SVGSVGElement[], options: PngOptions): Promise<Blob> {
  const images = await Promise.all(svgs.map(svgToImage));
  const width = Math.max(320, ...images.map((i) => i.width)) + 2 * PADDING;
  const contentHeight = images.reduce((h, i) => h + i.height + GAP, 0);
  const { canvas, context, top } = startCanvas(width, contentHeight, options);
  let y = top;
  for (const { image, width: w, height: h } of images) {
    context.drawImage(image, PADDING, y, w, h);
    y += h + GAP;
  }
  return canvasToBlob(canvas);
}

/** Label/value rows drawn as text, for the headline strip (HTML, not SVG). */
export async function rowsToPng(rows: TextRow[], options: PngOptions): Promise<Blob> {
  const rowHeight = 24;
  const width = 480;
  const { canvas, context, top } = startCanvas(width, rows.length * rowHeight, options);
  context.font = `14px ${options.fontFamily}`;
  context.fillStyle = options.textColor;
  rows.forEach((row, i) => {
    const y = top + i * rowHeight + rowHeight / 2;
    context.textAlign = 'left';
    context.fillText(row.label, PADDING, y);
    context.textAlign = 'right';
    context.fillText(row.value, width - PADDING, y);
  });
  return canvasToBlob(canvas);
}
