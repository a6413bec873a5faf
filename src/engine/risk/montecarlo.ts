import { black76Price } from '../pricing/black76';
import type { BookVectors } from './book-vectors';
import { horizonVolatility } from './horizon';
import { createRandom } from './rng';
import { histogram, sampleStandardErrors, sortedCopy, tailStatistics, type Histogram } from './statistics';

export interface MonteCarloSettings {
  scenarios: number;
  seed: number;
  confidence: number;
  horizonDays: number;
  distribution: 'normal' | 't';
  /** Degrees of freedom of the Student-t (> 2). */
  dof: number;
}

export interface MonteCarloResult {
  var: number;
  es: number;
  /** Standard errors of VaR and ES from the sorted sample (order statistics). */
  standardError: number;
  esStandardError: number;
  scenarios: number;
  histogram: Histogram;
}

/** A run that can be advanced in slices, so a worker can report progress and honour a cancel between them. */
export interface MonteCarloRun {
  readonly total: number;
  /** Simulates up to `count` more scenarios; returns how many are done in all. */
  advance(count: number): number;
  result(): MonteCarloResult;
}

/**
 * Correlated draws by the Cholesky factor L of the correlation matrix: x = L z. For Student-t, one
 * shared χ²ν draw per scenario scales every asset (a multivariate t), times √((ν − 2)/ν) so each
 * margin has unit variance and σ keeps its meaning. Prices move by simple returns P' = P(1 + σ_h x),
 * floored at zero; options are repriced in full.
 */
export function createMonteCarlo(v: BookVectors, lower: number[][], s: MonteCarloSettings): MonteCarloRun {
  const n = v.assets.length;
  const random = createRandom(s.seed);
  const sigma = Float64Array.from(v.volatilities, (x) => horizonVolatility(x, s.horizonDays));
  const flatLower = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) flatLower[i * n + j] = lower[i]![j]!;
  const dollarLinear = Float64Array.from(v.linearQuantity, (q, i) => q * v.prices[i]!);
  const o = v.option;
  const optionCount = o.quantity.length;
  const tScale = s.distribution === 't' ? Math.sqrt((s.dof - 2)) : 1;
  const z = new Float64Array(n), returns = new Float64Array(n);
  const losses = new Float64Array(s.scenarios);
  let done = 0;
  const simulateOne = (): number => {
    for (let i = 0; i < n; i++) z[i] = random.normal();
    const scale = s.distribution === 't' ? tScale / Math.sqrt(random.chiSquare(s.dof)) : 1;
    let change = 0;
    for (let i = 0; i < n; i++) {
      let x = 0;
      const row = i * n;
      for (let j = 0; j <= i; j++) x += flatLower[row + j]! * z[j]!;
      const r = Math.max(sigma[i]! * x * scale, -1);
      returns[i] = r;
      change += dollarLinear[i]! * r;
    }
    for (let k = 0; k < optionCount; k++) {
      const i = o.asset[k]!;
      const value = black76Price(v.prices[i]! * (1 + returns[i]!), o.strike[k]!, o.years[k]!, o.volatility[k]!, v.rate, o.isCall[k] === 1);
      change += o.quantity[k]! * (value - o.value[k]!);
    }
    return -change;
  };
  return {
    total: s.scenarios,
    advance(count) {
      const end = Math.min(s.scenarios, done + count);
      for (; done < end; done++) losses[done] = simulateOne();
      return done;
    },
    result() {
      const sample = losses.subarray(0, done);
      const sorted = sortedCopy(sample);
      const tail = tailStatistics(sorted, s.confidence);
      const errors = sampleStandardErrors(sorted, s.confidence);
      return { var: tail.var, es: tail.es, standardError: errors.var, esStandardError: errors.es, scenarios: done, histogram: histogram(sorted) };
    },
  };
}

export function runMonteCarlo(v: BookVectors, lower: number[][], s: MonteCarloSettings): MonteCarloResult {
  const run = createMonteCarlo(v, lower, s);
  run.advance(run.total);
  return run.result();
}
