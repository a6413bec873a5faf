// The Monte Carlo's distributions on the engine's one seeded generator core (random/xoshiro.ts),
// hand-written rather than a library because it sits in the innermost loop (millions of draws per
// run) and must stay allocation-free. A class, not closures: its methods are the same functions in
// every run, so the Monte Carlo's optimised loop keeps them inlined from one run to the next.
import { Xoshiro128 } from '../random/xoshiro';

export interface Random {
  /** Uniform on the open interval (0, 1), 32 random bits. */
  uniform(): number;
  /** Standard normal (Marsaglia's polar method, second value cached). */
  normal(): number;
  /** Fills `into` with standard normals: the same stream as calling normal() once per entry. */
  fillNormal(into: Float64Array): void;
  /** Chi-square with ν degrees of freedom (ν > 0), via Gamma(ν/2, 2) by Marsaglia & Tsang. */
  chiSquare(dof: number): number;
}

class SeededRandom implements Random {
  private readonly bits: Xoshiro128;
  // The polar method's second value, in a typed array: in the closure this was, a double variable
  // was a heap object allocated afresh at every write (a million a run, 16 collections); a typed
  // array keeps it unboxed whatever V8 makes of the field.
  private readonly spare = new Float64Array(1);
  private hasSpare = false;

  constructor(seed: number) {
    this.bits = Xoshiro128.seeded(seed);
  }

  // 32 bits are enough resolution for the polar method's (−1, 1) square; +0.5 keeps it off 0 and 1.
  uniform(): number {
    return (this.bits.next() + 0.5) / 4294967296;
  }

  normal(): number {
    if (!this.hasSpare) return this.pair();
    this.hasSpare = false;
    return this.spare[0]!;
  }

  // Writes straight into the array: a double returned from a call that is not inlined is boxed too.
  fillNormal(into: Float64Array): void {
    for (let i = 0; i < into.length; i++) {
      if (this.hasSpare) {
        this.hasSpare = false;
        into[i] = this.spare[0]!;
      } else into[i] = this.pair();
    }
  }

  chiSquare(dof: number): number {
    return 2 * this.gamma(dof / 2);
  }

  /** Draws a pair of normals, returns the first and keeps the second. */
  private pair(): number {
    let u: number, v: number, s: number;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare[0] = v * m;
    this.hasSpare = true;
    return u * m;
  }

  private gamma(shape: number): number {
    if (shape < 1) return this.gamma(shape + 1) * Math.pow(this.uniform(), 1 / shape);
    const dd = shape - 1 / 3, cc = 1 / Math.sqrt(9 * dd);
    for (;;) {
      let x: number, v: number;
      do {
        x = this.normal();
        v = 1 + cc * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.uniform();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + dd * (1 - v + Math.log(v))) return dd * v;
    }
  }
}

export function createRandom(seed: number): Random {
  return new SeededRandom(seed);
}
