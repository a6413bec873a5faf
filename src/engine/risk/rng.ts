// A seeded generator for the Monte Carlo sweep: xoshiro128** (Blackman & Vigna), seeded through
// splitmix32 so that nearby seeds give unrelated streams. Hand-written rather than a library
// because it sits in the innermost loop (millions of draws per run) and must stay allocation-free.

export interface Random {
  /** Uniform on the open interval (0, 1), 32 random bits. */
  uniform(): number;
  /** Standard normal (Marsaglia's polar method, second value cached). */
  normal(): number;
  /** Chi-square with ν degrees of freedom (ν > 0), via Gamma(ν/2, 2) by Marsaglia & Tsang. */
  chiSquare(dof: number): number;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRandom(seed: number): Random {
  const init = splitmix32(seed);
  // State in a typed array: V8 keeps it unboxed, which closures over `let` numbers are not.
  const state = new Uint32Array([init(), init(), init(), init()]);
  if ((state[0]! | state[1]! | state[2]! | state[3]!) === 0) state[0] = 1;
  const next32 = (): number => {
    const s1 = state[1]!;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    state[2]! ^= state[0]!;
    state[3]! ^= s1;
    state[1]! ^= state[2]!;
    state[0]! ^= state[3]!;
    state[2]! ^= t;
    state[3] = rotl(state[3]!, 11);
    return result;
  };
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

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
