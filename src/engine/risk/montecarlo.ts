import { black76Price } from '../pricing/black76';
import type { BookVectors } from './book-vectors';
import { horizonVolatility } from './horizon';
import { normalCdfTable } from './normal-table';
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
 * The change in value of the book's options when prices move by `returns`: Black-76 with the
 * tabulated Φ (normal-table.ts) and, per option, what does not change between scenarios worked out
 * once — ln K, σ√T, the discount, and whether the outcome is already certain (expired, no
 * volatility), which the exact black76Price handles.
 */
export function createOptionRepricer(v: BookVectors): (returns: Float64Array) => number {
  const o = v.option;
  const n = v.assets.length;
  const optionCount = o.quantity.length;
  const logStrike = new Float64Array(optionCount), totalVolatility = new Float64Array(optionCount), discount = new Float64Array(optionCount);
  const certain = new Uint8Array(optionCount);
  for (let k = 0; k < optionCount; k++) {
    const years = o.years[k]!;
    totalVolatility[k] = o.volatility[k]! * Math.sqrt(Math.max(years, 0));
    certain[k] = years <= 0 || totalVolatility[k]! < 1e-12 || o.strike[k]! === 0 ? 1 : 0;
    logStrike[k] = certain[k] ? 0 : Math.log(o.strike[k]!);
    discount[k] = Math.exp(-v.rate * Math.max(years, 0));
  }
  const logForward = new Float64Array(n);
  return (returns) => {
    if (optionCount === 0) return 0;
    for (let i = 0; i < n; i++) logForward[i] = Math.log(v.prices[i]! * (1 + returns[i]!));
    let change = 0;
    for (let k = 0; k < optionCount; k++) {
      const i = o.asset[k]!;
      const forward = v.prices[i]! * (1 + returns[i]!);
      let value: number;
      if (certain[k] || forward <= 0) value = black76Price(forward, o.strike[k]!, o.years[k]!, o.volatility[k]!, v.rate, o.isCall[k] === 1);
      else {
        const sd = totalVolatility[k]!;
        const d1 = (logForward[i]! - logStrike[k]!) / sd + 0.5 * sd;
        const d2 = d1 - sd;
        const strike = o.strike[k]!;
        const undiscounted = o.isCall[k] ? forward * normalCdfTable(d1) - strike * normalCdfTable(d2) : strike * normalCdfTable(-d2) - forward * normalCdfTable(-d1);
        value = Math.max(discount[k]! * undiscounted, 0);
      }
      change += o.quantity[k]! * (value - o.value[k]!);
    }
    return change;
  };
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
  const repriceOptions = createOptionRepricer(v);
  const tScale = s.distribution === 't' ? Math.sqrt(s.dof - 2) : 1;
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
    change += repriceOptions(returns);
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
