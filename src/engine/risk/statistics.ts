// Tail statistics of a sample of losses (positive = money lost).

export interface TailStatistics {
  var: number;
  es: number;
}

/**
 * VaR = the loss at rank ⌊α·N⌋ of the sorted sample (the α-quantile), ES = the mean of the losses
 * from that rank up: the average of the worst (1 − α) share, VaR included.
 */
export function tailStatistics(sorted: Float64Array, confidence: number): TailStatistics {
  const n = sorted.length;
  if (n === 0) return { var: 0, es: 0 };
  const k = Math.min(n - 1, Math.floor(confidence * n));
  let tail = 0;
  for (let i = k; i < n; i++) tail += sorted[i]!;
  return { var: sorted[k]!, es: tail / (n - k) };
}

export function sortedCopy(losses: Float64Array): Float64Array {
  return Float64Array.from(losses).sort();
}

/**
 * Standard errors from the sorted sample itself. VaR: the α-quantile's rank is binomial with
 * standard deviation √(N·α·(1 − α)), so the losses one such deviation either side of it span
 * about two standard errors — distribution-free, no density to estimate. ES: the tail mean's
 * error with the quantile's own uncertainty added (Manistre & Hancock 2005):
 *   SE² = [Var(L | L ≥ VaR) + α · (ES − VaR)²] ÷ (N · (1 − α)).
 */
export function sampleStandardErrors(sorted: Float64Array, confidence: number): { var: number; es: number } {
  const n = sorted.length;
  if (n < 100) return { var: 0, es: 0 };
  const spread = Math.sqrt(n * confidence * (1 - confidence));
  const k = Math.floor(confidence * n);
  const lo = sorted[Math.max(0, Math.floor(k - spread))]!;
  const hi = sorted[Math.min(n - 1, Math.ceil(k + spread))]!;
  const { var: valueAtRisk, es } = tailStatistics(sorted, confidence);
  let squares = 0;
  for (let i = k; i < n; i++) squares += (sorted[i]! - es) ** 2;
  const tailCount = n - k;
  const tailVariance = squares / Math.max(1, tailCount - 1);
  return {
    var: (hi - lo) / 2,
    es: Math.sqrt((tailVariance + confidence * (es - valueAtRisk) ** 2) / (n * (1 - confidence))),
  };
}

export interface Histogram {
  /** bins + 1 edges, in money. */
  edges: number[];
  counts: number[];
}

/** Losses binned between the 0.05 % and 99.95 % points, so one outlier does not squash the chart. */
export function histogram(sorted: Float64Array, bins = 60): Histogram {
  const n = sorted.length;
  if (n === 0) return { edges: [], counts: [] };
  const lo = sorted[Math.floor(0.0005 * (n - 1))]!;
  const hi = sorted[Math.ceil(0.9995 * (n - 1))]!;
  const width = hi > lo ? (hi - lo) / bins : 1;
  const edges = Array.from({ length: bins + 1 }, (_, i) => lo + i * width);
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    const x = sorted[i]!;
    if (x < lo || x > hi) continue;
    counts[Math.min(bins - 1, Math.floor((x - lo) / width))]! += 1;
  }
  return { edges, counts };
}
