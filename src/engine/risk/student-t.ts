import { normalCdf } from '../pricing/normal';

// Student-t for the parametric and closed-form checks: density, CDF through the regularised
// incomplete beta function (Numerical Recipes' continued fraction), quantile by bisection + Newton.

function logGamma(x: number): number {
  // Lanczos, g = 7, n = 9: relative error ~1e-15 for x > 0.
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const xm = x - 1;
  let a = c[0]!;
  const t = xm + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (xm + i);
  return 0.5 * Math.log(2 * Math.PI) + (xm + 0.5) * Math.log(t) - t + Math.log(a);
}

function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1, d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d; if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c; if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d; h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d; if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c; if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}

function regularisedBeta(a: number, b: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Density of the standard Student-t with ν degrees of freedom. */
function studentTPdf(x: number, dof: number): number {
  return Math.exp(logGamma((dof + 1) / 2) - logGamma(dof / 2) - 0.5 * Math.log(dof * Math.PI) - ((dof + 1) / 2) * Math.log(1 + (x * x) / dof));
}

function studentTCdf(x: number, dof: number): number {
  if (!Number.isFinite(dof) || dof > 1e7) return normalCdf(x);
  const tail = 0.5 * regularisedBeta(dof / 2, 0.5, dof / (dof + x * x));
  return x >= 0 ? 1 - tail : tail;
}

/** The α-quantile of the standard Student-t. */
function studentTQuantile(p: number, dof: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError('a quantile needs 0 < p < 1');
  let lo = -1e3, hi = 1e3;
  for (let i = 0; i < 200 && hi - lo > 1e-13 * Math.max(1, Math.abs(hi)); i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, dof) < p) lo = mid;
    else hi = mid;
  }
  let x = (lo + hi) / 2;
  for (let i = 0; i < 3; i++) x -= (studentTCdf(x, dof) - p) / studentTPdf(x, dof);
  return x;
}

/**
 * VaR and ES of a unit-variance Student-t loss (ν > 2), as multiples of σ:
 * q = t⁻¹(α), ES = f(q) / (1 − α) · (ν + q²) / (ν − 1) (McNeil, Frey & Embrechts), both scaled by √((ν − 2) / ν).
 */
export function studentTRiskMultiples(confidence: number, dof: number): { var: number; es: number } {
  const q = studentTQuantile(confidence, dof);
  const scale = Math.sqrt((dof - 2) / dof);
  const es = (studentTPdf(q, dof) / (1 - confidence)) * ((dof + q * q) / (dof - 1));
  return { var: q * scale, es: es * scale };
}
