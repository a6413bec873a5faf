// The engine's one seeded generator core: xoshiro128** (Blackman & Vigna, 2018), its 128-bit state
// filled from a 32-bit seed by splitmix32. Only 32-bit integer arithmetic (Math.imul, >>>), so a
// seed gives the same stream on every JavaScript engine; never Math.random. The Monte Carlo and
// the cascade crowd build their distributions on it.

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

/**
 * xoshiro128** as a class: its `next` is one function for every generator, so a hot loop that
 * calls it keeps it inlined from one run to the next (a closure made per run is a new call target,
 * and V8 throws away the optimised loop the first time it sees another).
 */
export class Xoshiro128 {
  // State in a typed array: V8 keeps it unboxed, which closures over `let` numbers are not (2× faster in the sweep).
  private readonly s: Uint32Array;

  constructor(a: number, b: number, c: number, d: number) {
    this.s = new Uint32Array(4);
    this.set(a, b, c, d);
  }

  /**
   * Starts again from a seed, as `seeded` would, in the same state array: the cascade's crowd
   * reseeds one generator per trader, and a new generator each time was a typed array made and
   * dropped 100,000 times a run.
   */
  reseed(seed: number): void {
    const init = splitmix32(seed);
    this.set(init(), init(), init(), init());
  }

  private set(a: number, b: number, c: number, d: number): void {
    const s = this.s;
    s[0] = a;
    s[1] = b;
    s[2] = c;
    s[3] = d;
    // An all-zero state would emit zeros for ever.
    if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1;
  }

  /** The next unsigned 32-bit output. */
  next(): number {
    const s = this.s;
    const s1 = s[1]!;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s[2]! ^= s[0]!;
    s[3]! ^= s1;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11);
    return result;
  }

  /** A generator seeded the way every part of the engine seeds it. */
  static seeded(seed: number): Xoshiro128 {
    const generator = new Xoshiro128(0, 0, 0, 1);
    generator.reseed(seed);
    return generator;
  }
}

/** xoshiro128** from an explicit state: a function giving the next unsigned 32-bit output. */
export function xoshiro128StarStar(a: number, b: number, c: number, d: number): () => number {
  const generator = new Xoshiro128(a, b, c, d);
  return () => generator.next();
}
