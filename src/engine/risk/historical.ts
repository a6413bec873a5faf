import { ownValue } from '../records';
import type { FieldError } from '../report-types';
import { bookLoss, type BookVectors } from './book-vectors';
import { histogram, sortedCopy, tailStatistics, type Histogram } from './statistics';

/** Price history per asset, as imported: one date per row, one price column per asset. */
export interface PriceHistory {
  dates: string[];
  prices: Record<string, number[]>;
}

/**
 * Reads "date,BTC,ETH,…" with one row of prices per date (oldest first or newest first: it is
 * sorted by date). Every bad cell is named by row and column; nothing is guessed.
 */
export function parsePriceHistoryCsv(text: string): { ok: true; value: PriceHistory } | { ok: false; errors: FieldError[] } {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  const errors: FieldError[] = [];
  if (lines.length < 3) return { ok: false, errors: [{ path: 'history', message: 'needs a header and at least two rows of prices' }] };
  const header = lines[0]!.split(',').map((h) => h.trim());
  if (header[0]?.toLowerCase() !== 'date') errors.push({ path: 'history row 1, column 1', message: 'must be "date"' });
  const assets = header.slice(1);
  if (assets.length === 0) errors.push({ path: 'history row 1', message: 'must name at least one asset column after "date"' });
  const rows: { date: string; time: number; prices: number[] }[] = [];
  lines.slice(1).forEach((line, r) => {
    const cells = line.split(',').map((c) => c.trim());
    const where = `history row ${r + 2}`;
    if (cells.length !== header.length) {
      errors.push({ path: where, message: `has ${cells.length} cells, the header has ${header.length}` });
      return;
    }
    const time = Date.parse(cells[0]!);
    if (Number.isNaN(time)) errors.push({ path: `${where}, column date`, message: `"${cells[0]}" is not a date` });
    const prices = cells.slice(1).map((c, i) => {
      const x = /^\d+(\.\d+)?$/.test(c) ? Number(c) : NaN;
      if (!(x > 0)) errors.push({ path: `${where}, column ${assets[i]}`, message: `"${c}" is not a positive price` });
      return x;
    });
    rows.push({ date: cells[0]!, time, prices });
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 50) };
  rows.sort((a, b) => a.time - b.time);
  return { ok: true, value: { dates: rows.map((r) => r.date), prices: Object.fromEntries(assets.map((a, i) => [a, rows.map((r) => r.prices[i]!)])) } };
}

export interface HistoricalResult {
  var: number;
  es: number;
  observations: number;
  from: string;
  to: string;
  /** Assets of the book with no history: held at today's price in every scenario. */
  missing: string[];
  histogram: Histogram;
}

/** Each past h-day return (overlapping windows) applied to today's book, options repriced in full. */
export function historicalRisk(v: BookVectors, history: PriceHistory, confidence: number, horizonDays: number): HistoricalResult | null {
  const h = Math.max(1, Math.round(horizonDays));
  const count = history.dates.length - h;
  if (count < 2) return null;
  // Read by own key: the prices may have crossed a worker (no null prototype then), and a book may
  // name an asset "constructor", which "in" and a plain read would find on Object.prototype.
  const seriesOf = (asset: string) => ownValue(history.prices, asset);
  const missing = v.assets.filter((a, i) => seriesOf(a) === undefined && (v.linearQuantity[i] !== 0 || v.option.asset.includes(i)));
  const losses = new Float64Array(count);
  const returns = new Float64Array(v.assets.length);
  for (let t = 0; t < count; t++) {
    v.assets.forEach((a, i) => {
      const series = seriesOf(a);
      returns[i] = series ? series[t + h]! / series[t]! - 1 : 0;
    });
    losses[t] = bookLoss(v, returns);
  }
  const sorted = sortedCopy(losses);
  const tail = tailStatistics(sorted, confidence);
  return { ...tail, observations: count, from: history.dates[0]!, to: history.dates[history.dates.length - 1]!, missing, histogram: histogram(sorted, 40) };
}
