import { normalPdf, inverseNormalCdf } from '../pricing/normal';
import { black76 } from '../pricing/black76';
import type { BookVectors } from './book-vectors';
import { horizonVolatility } from './horizon';
import { studentTRiskMultiples } from './student-t';

export interface ParametricResult {
  /** Delta-normal (or delta-t) VaR and ES. */
  var: number;
  es: number;
  /** σ of the book's value change over the horizon, in money. */
  sigma: number;
  /** Delta-gamma: the options' curvature added to the mean and the variance, still a normal (or t) shape. */
  deltaGamma: { var: number; es: number; mean: number; sigma: number };
}

/** VaR and ES per unit σ of a zero-mean loss, normal or unit-variance Student-t. */
function riskMultiples(confidence: number, distribution: 'normal' | 't', dof: number): { var: number; es: number } {
  if (distribution === 't') return studentTRiskMultiples(confidence, dof);
  const z = inverseNormalCdf(confidence);
  return { var: z, es: normalPdf(z) / (1 - confidence) };
}

/**
 * Delta-normal: ΔV ≈ Σ Dᵢ rᵢ with dollar deltas Dᵢ = deltaᵢ · Pᵢ, so σ² = Dᵀ C D (C the covariance of
 * horizon returns). Delta-gamma adds ½ Σ Gᵢ rᵢ² with dollar gammas Gᵢ = gammaᵢ · Pᵢ²: mean ½ Σ Gᵢ σᵢ²
 * and variance Dᵀ C D + ½ Σᵢⱼ Gᵢ Gⱼ Cᵢⱼ² (the normal-moments result for a quadratic form).
 */
export function parametricRisk(v: BookVectors, correlation: number[][], confidence: number, horizonDays: number, distribution: 'normal' | 't', dof: number): ParametricResult {
  const n = v.assets.length;
  const dollarDelta = new Float64Array(n), dollarGamma = new Float64Array(n), sigma = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    dollarDelta[i] = v.linearQuantity[i]! * v.prices[i]!;
    sigma[i] = horizonVolatility(v.volatilities[i]!, horizonDays);
  }
  const o = v.option;
  for (let k = 0; k < o.quantity.length; k++) {
    const i = o.asset[k]!;
    const g = black76({ forward: v.prices[i]!, strike: o.strike[k]!, years: o.years[k]!, volatility: o.volatility[k]!, rate: v.rate, right: o.isCall[k] ? 'call' : 'put' });
    dollarDelta[i] = dollarDelta[i]! + o.quantity[k]! * g.delta * v.prices[i]!;
    dollarGamma[i] = dollarGamma[i]! + o.quantity[k]! * g.gamma * v.prices[i]! * v.prices[i]!;
  }
  let variance = 0, gammaVariance = 0, mean = 0;
  for (let i = 0; i < n; i++) {
    mean += 0.5 * dollarGamma[i]! * sigma[i]! * sigma[i]!;
    for (let j = 0; j < n; j++) {
      const c = correlation[i]![j]! * sigma[i]! * sigma[j]!;
      variance += dollarDelta[i]! * dollarDelta[j]! * c;
      gammaVariance += 0.5 * dollarGamma[i]! * dollarGamma[j]! * c * c;
    }
  }
  const m = riskMultiples(confidence, distribution, dof);
  const s = Math.sqrt(Math.max(variance, 0));
  const sg = Math.sqrt(Math.max(variance + gammaVariance, 0));
  // A loss is −ΔV, so the gamma mean (a gain for long options) lowers the loss.
  return {
    var: m.var * s, es: m.es * s, sigma: s,
    deltaGamma: { var: -mean + m.var * sg, es: -mean + m.es * sg, mean, sigma: sg },
  };
}
