import { black76Price } from '../pricing/black76';
import type { BookVectors } from './book-vectors';
import { horizonVolatility } from './horizon';
import { normalCdfTable } from './normal-table';
import { createRandom, type Random } from './rng';
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
 * volatility), which the exact black76Price handles. A class for the reason rng.ts gives.
 */
class OptionRepricer {
  private readonly logStrike: Float64Array;
  private readonly totalVolatility: Float64Array;
  private readonly discount: Float64Array;
  private readonly certain: Uint8Array;
  private readonly forward: Float64Array;
  private readonly logForward: Float64Array;

  constructor(private readonly v: BookVectors) {
    const o = v.option;
    const optionCount = o.quantity.length;
    this.logStrike = new Float64Array(optionCount);
    this.totalVolatility = new Float64Array(optionCount);
    this.discount = new Float64Array(optionCount);
    this.certain = new Uint8Array(optionCount);
    this.forward = new Float64Array(v.assets.length);
    this.logForward = new Float64Array(v.assets.length);
    for (let k = 0; k < optionCount; k++) {
      const years = o.years[k]!;
      this.totalVolatility[k] = o.volatility[k]! * Math.sqrt(Math.max(years, 0));
      this.certain[k] = years <= 0 || this.totalVolatility[k]! < 1e-12 || o.strike[k]! === 0 ? 1 : 0;
      this.logStrike[k] = this.certain[k] ? 0 : Math.log(o.strike[k]!);
      this.discount[k] = Math.exp(-v.rate * Math.max(years, 0));
    }
  }

  change(returns: Float64Array): number {
    const v = this.v, o = v.option;
    const optionCount = o.quantity.length;
    if (optionCount === 0) return 0;
    // Every array in a local: the loop calls black76Price on a rare branch, and V8 reloads an
    // object's fields after any call it cannot see through.
    const prices = v.prices, forwards = this.forward, logForward = this.logForward;
    const asset = o.asset, strikes = o.strike, isCall = o.isCall, quantity = o.quantity, value0 = o.value;
    const logStrike = this.logStrike, totalVolatility = this.totalVolatility, discount = this.discount, certain = this.certain;
    for (let i = 0; i < logForward.length; i++) {
      const forward = prices[i]! * (1 + returns[i]!);
      forwards[i] = forward;
      logForward[i] = Math.log(forward);
    }
    let change = 0;
    for (let k = 0; k < optionCount; k++) {
      const i = asset[k]!;
      const forward = forwards[i]!;
      const strike = strikes[k]!;
      let value: number;
      if (certain[k] || forward <= 0) value = black76Price(forward, strike, o.years[k]!, o.volatility[k]!, v.rate, isCall[k] === 1);
      else {
        const sd = totalVolatility[k]!;
        const d1 = (logForward[i]! - logStrike[k]!) / sd + 0.5 * sd;
        const d2 = d1 - sd;
        const undiscounted = isCall[k] ? forward * normalCdfTable(d1) - strike * normalCdfTable(d2) : strike * normalCdfTable(-d2) - forward * normalCdfTable(-d1);
        value = Math.max(discount[k]! * undiscounted, 0);
      }
      change += quantity[k]! * (value - value0[k]!);
    }
    return change;
  }
}

export function createOptionRepricer(v: BookVectors): (returns: Float64Array) => number {
  const repricer = new OptionRepricer(v);
  return (returns) => repricer.change(returns);
}

class Simulation implements MonteCarloRun {
  readonly total: number;
  private readonly n: number;
  private readonly random: Random;
  private readonly sigma: Float64Array;
  private readonly flatLower: Float64Array;
  private readonly dollarLinear: Float64Array;
  private readonly options: OptionRepricer;
  /** 1 for normal draws; for Student-t, √(ν − 2), divided per scenario by √χ²ν. */
  private readonly tScale: number;
  private readonly z: Float64Array;
  private readonly returns: Float64Array;
  private readonly losses: Float64Array;
  private done = 0;

  constructor(v: BookVectors, lower: number[][], private readonly s: MonteCarloSettings) {
    const n = v.assets.length;
    this.n = n;
    this.total = s.scenarios;
    this.random = createRandom(s.seed);
    this.sigma = Float64Array.from(v.volatilities, (x) => horizonVolatility(x, s.horizonDays));
    this.flatLower = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) this.flatLower[i * n + j] = lower[i]![j]!;
    this.dollarLinear = Float64Array.from(v.linearQuantity, (q, i) => q * v.prices[i]!);
    this.options = new OptionRepricer(v);
    this.tScale = s.distribution === 't' ? Math.sqrt(s.dof - 2) : 1;
    this.z = new Float64Array(n);
    this.returns = new Float64Array(n);
    this.losses = new Float64Array(s.scenarios);
  }

  advance(count: number): number {
    const end = Math.min(this.s.scenarios, this.done + count);
    for (; this.done < end; this.done++) this.simulate(this.done);
    return this.done;
  }

  result(): MonteCarloResult {
    const s = this.s, done = this.done;
    const sorted = sortedCopy(this.losses.subarray(0, done));
    const tail = tailStatistics(sorted, s.confidence);
    const errors = sampleStandardErrors(sorted, s.confidence);
    return { var: tail.var, es: tail.es, standardError: errors.var, esStandardError: errors.es, scenarios: done, histogram: histogram(sorted) };
  }

  /** Writes scenario `index`'s loss in place: a double returned from a call V8 does not inline is boxed. */
  private simulate(index: number): void {
    const n = this.n, z = this.z, returns = this.returns, flatLower = this.flatLower, sigma = this.sigma, dollarLinear = this.dollarLinear;
    this.random.fillNormal(z);
    const scale = this.s.distribution === 't' ? this.tScale / Math.sqrt(this.random.chiSquare(this.s.dof)) : 1;
    let change = 0;
    for (let i = 0; i < n; i++) {
      let x = 0;
      const row = i * n;
      for (let j = 0; j <= i; j++) x += flatLower[row + j]! * z[j]!;
      const r = Math.max(sigma[i]! * x * scale, -1);
      returns[i] = r;
      change += dollarLinear[i]! * r;
    }
    this.losses[index] = -(change + this.options.change(returns));
  }
}

/**
 * Correlated draws by the Cholesky factor L of the correlation matrix: x = L z. For Student-t, one
 * shared χ²ν draw per scenario scales every asset (a multivariate t), times √((ν − 2)/ν) so each
 * margin has unit variance and σ keeps its meaning. Prices move by simple returns P' = P(1 + σ_h x),
 * floored at zero; options are repriced in full.
 */
export function createMonteCarlo(v: BookVectors, lower: number[][], s: MonteCarloSettings): MonteCarloRun {
  return new Simulation(v, lower, s);
}
