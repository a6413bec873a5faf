// A small seeded generator for the crowd: xoshiro128** (Blackman & Vigna, 2018), its 128-bit
// state filled from the seed by splitmix32. Deterministic per seed on every JavaScript engine,
// because it uses only 32-bit integer arithmetic (Math.imul, >>>), never Math.random.

/** A stream of random numbers; the same seed always yields the same stream. */
export interface Rng {
  /** Uniform on [0, 1), 53 bits. */
  uniform(): number;
  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number;
}

/** splitmix32: spreads one 32-bit seed over the generator's four state words. */
export function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** xoshiro128** from an explicit state (exported for the reference-vector test). */
export function xoshiro128StarStar(a: number, b: number, c: number, d: number): () => number {
  let s0 = a | 0, s1 = b | 0, s2 = c | 0, s3 = d | 0;
  // An all-zero state would emit zeros for ever.
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  return () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
}

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;

export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  const next = xoshiro128StarStar(init(), init(), init(), init());
  // 27 + 26 bits: every double in [0, 1) on the 2^-53 grid is equally likely.
  const uniform = () => ((next() >>> 5) * TWO_POW_26 + (next() >>> 6)) / TWO_POW_53;
  // Box–Muller makes normals in pairs; the second is kept for the next call.
  let spare: number | null = null;
  return {
    uniform,
    normal() {
      if (spare !== null) {
        const z = spare;
        spare = null;
        return z;
      }
      // 1 − u lies in (0, 1]: the logarithm never sees 0.
      const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
      const angle = 2 * Math.PI * uniform();
      spare = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
  };
}
