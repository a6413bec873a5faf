// The Monte Carlo's distributions on the engine's one seeded generator core (random/xoshiro.ts),
// hand-written rather than a library because it sits in the innermost loop (millions of draws per
// run) and must stay allocation-free.
import { seededXoshiro } from '../random/xoshiro';

export interface Random {
  /** Uniform on the open interval (0, 1), 32 random bits. */
  uniform(): number;
  /** Standard normal (Marsaglia's polar method, second value cached). */
  normal(): number;
  /** Chi-square with ν degrees of freedom (ν > 0), via Gamma(ν/2, 2) by Marsaglia & Tsang. */
  chiSquare(dof: number): number;
}

export function createRandom(seed: number): Random {
  const next32 = seededXoshiro(seed);
  // 32 bits are enough resolution for the polar method's (−1, 1) square; +0.5 keeps it off 0 and 1.
  const uniform = (): number => (next32() + 0.5) / 4294967296;
  let spare = 0, hasSpare = false;
  const normal = (): number => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let u: number, v: number, s: number;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * m;
    hasSpare = true;
    return u * m;
  };
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * Math.pow(uniform(), 1 / shape);
    const dd = shape - 1 / 3, cc = 1 / Math.sqrt(9 * dd);
    for (;;) {
      let x: number, v: number;
      do {
        x = normal();
        v = 1 + cc * x;
      } while (v <= 0);
      v = v * v * v;
      const u = uniform();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + dd * (1 - v + Math.log(v))) return dd * v;
    }
  };
  return { uniform, normal, chiSquare: (dof) => 2 * gamma(dof / 2) };
}

