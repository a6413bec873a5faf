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
 * Standard errors by batch means: the sample is cut into `batches` equal parts (in draw order),
 * VaR and ES found in each, and the spread of those estimates ÷ √batches is the error of the whole.
 */
export function batchStandardErrors(losses: Float64Array, confidence: number, batches = 20): { var: number; es: number } {
  const size = Math.floor(losses.length / batches);
  if (size < 10) return { var: 0, es: 0 };
  const vars: number[] = [], ess: number[] = [];
  for (let b = 0; b < batches; b++) {
    const part = sortedCopy(losses.subarray(b * size, (b + 1) * size));
    const t = tailStatistics(part, confidence);
    vars.push(t.var);
    ess.push(t.es);
  }
  const sd = (xs: number[]) => {
    const mean = xs.reduce((a, x) => a + x, 0) / xs.length;
    return Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
  };
  return { var: sd(vars) / Math.sqrt(batches), es: sd(ess) / Math.sqrt(batches) };
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
